import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ActivityType, Origin } from '../lib/schema/activity';
import { channelOf } from '../lib/schema/touch-types';
import type { RecentTouch } from '../lib/schema/view-model';
import { CHANNEL_ICON } from './channels';
import { formatShortDate } from './format';
import { RemoveLoggedAsk } from './RemoveLoggedAsk';

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

/** A touch's type as the removal question says it: "Remove this logged SMS?". */
const TOUCH_WORD: Partial<Record<ActivityType, string>> = { social: 'social touch', sms: 'SMS' };

/** The Remove offer of a touch logged in Touchline: the CRM holds the others, so they have none. */
export interface RemoveOffer {
  /** This row asks whether to remove its touch (one row at a time). */
  asking: boolean;
  /** Its removal was confirmed and is not answered yet. */
  removing: boolean;
  /** Another row's removal is not answered yet: one removal at a time. */
  waiting: boolean;
  onAsk(): void;
  onConfirm(): void;
  onCancel(): void;
}

interface RecentTouchRowProps {
  touch: RecentTouch;
  timeZone: string;
  /** Today in `timeZone`: a date of another year gives its year. */
  today: string;
  /** Whether automated touches count (settings): listed among the latest, an uncounted one says so. */
  automatedCounted: boolean;
  remove?: RemoveOffer;
}

export function RecentTouchRow({ touch, timeZone, today, automatedCounted, remove }: RecentTouchRowProps) {
  const channel = channelOf(touch.type);
  const removeButton = useRef<HTMLButtonElement>(null);
  /** The question was cancelled: focus goes back to the Remove button that asked it. */
  const cancelled = useRef(false);
  useLayoutEffect(() => {
    if (remove?.asking || !cancelled.current) return;
    cancelled.current = false;
    removeButton.current?.focus();
  }, [remove?.asking]);
  return (
    <li class={remove ? 'tl-recent-row tl-recent-row--removable' : 'tl-recent-row'}>
      <span class="tl-recent-icon" aria-hidden="true">
        {channel ? CHANNEL_ICON[channel] : '•'}
      </span>
      <span class="tl-recent-title">
        <span class="tl-sr-only">{touch.type}: </span>
        {touch.title || touch.type}
        {touch.direction === 'inbound' && <span class="tl-tag">inbound</span>}
        {touch.automated && <span class="tl-tag">{automatedCounted ? 'auto' : 'auto, not counted'}</span>}
      </span>
      <span class="tl-recent-date">
        {touch.timestamp ? formatShortDate(touch.timestamp, timeZone, today) : 'date unknown'}
      </span>
      <span class="tl-tag" title={ORIGIN_TITLE[touch.origin]}>
        {ORIGIN_LABEL[touch.origin]}
      </span>
      {remove && !remove.asking && (
        <button
          ref={removeButton}
          type="button"
          class="tl-link-button tl-recent-remove"
          data-action="remove-logged"
          aria-label={`Remove logged ${touch.type} ${touch.title}`.trim()}
          disabled={remove.waiting}
          onClick={remove.onAsk}
        >
          Remove
        </button>
      )}
      {remove?.asking && (
        <RemoveLoggedAsk
          touchWord={TOUCH_WORD[touch.type] ?? touch.type}
          removing={remove.removing}
          onConfirm={remove.onConfirm}
          onCancel={() => {
            cancelled.current = true;
            remove.onCancel();
          }}
        />
      )}
    </li>
  );
}
