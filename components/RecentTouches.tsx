import type { Origin } from '../lib/schema/activity';
import { channelOf } from '../lib/schema/touch-types';
import type { RecordView } from '../lib/schema/view-model';
import { zonedDay } from '../lib/zoned-day';
import { CHANNEL_ICON } from './channels';
import { formatShortDate } from './format';

const ORIGIN_LABEL: Record<Origin, string> = {
  page: 'page',
  import: 'import',
  'logged-in-touchline': 'logged',
};

const ORIGIN_TITLE: Record<Origin, string> = {
  page: 'read from the CRM page',
  import: 'imported',
  'logged-in-touchline': 'logged in Touchline',
};

const SHOWN = 5;

interface RecentTouchesProps {
  recent: RecordView['recent'];
  /** The user's zone: the day of each touch is the day there, and its year is given when not this one's. */
  timeZone: string;
}

export function RecentTouches({ recent, timeZone }: RecentTouchesProps) {
  if (recent.length === 0) return null;
  // The latest five whatever the period, and a year is kept: a touch of last year is not last week's.
  const today = zonedDay(new Date(), timeZone);
  return (
    <section class="tl-card" aria-label="Recent touches">
      <h3 class="tl-card-title">Recent</h3>
      <ol class="tl-recent">
        {recent.slice(0, SHOWN).map((touch) => {
          const channel = channelOf(touch.type);
          return (
            <li key={touch.key} class="tl-recent-row">
              <span class="tl-recent-icon" aria-hidden="true">
                {channel ? CHANNEL_ICON[channel] : '•'}
              </span>
              <span class="tl-recent-title">
                <span class="tl-sr-only">{touch.type}: </span>
                {touch.title || touch.type}
                {touch.direction === 'inbound' && <span class="tl-tag">inbound</span>}
                {touch.automated && <span class="tl-tag">auto</span>}
              </span>
              <span class="tl-recent-date">
                {touch.timestamp ? formatShortDate(touch.timestamp, timeZone, today) : 'date unknown'}
              </span>
              <span class="tl-tag" title={ORIGIN_TITLE[touch.origin]}>
                {ORIGIN_LABEL[touch.origin]}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
