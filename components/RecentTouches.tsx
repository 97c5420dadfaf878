import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RecordView } from '../lib/schema/view-model';
import { zonedDay } from '../lib/zoned-day';
import { focusLost, PANEL_STAYS } from './focus-in-panel';
import type { PanelProps } from './panel-state';
import { RecentTouchRow, type RemoveOffer } from './RecentTouchRow';

const SHOWN = 5;

interface RecentTouchesProps {
  recent: RecordView['recent'];
  /** The user's zone: the day of each touch is the day there, and its year is given when not this one's. */
  timeZone: string;
  /** Whether automated touches count (settings): when not, their rows say so. */
  automatedCounted: boolean;
  /** Offers Remove on the touches logged in Touchline. */
  onRemoveLogged?: PanelProps['onRemoveLogged'];
}

/** The row asking whether to remove its touch, and whether that removal is under way. */
type Asking = { key: string; removing: boolean };

export function RecentTouches({ recent, timeZone, automatedCounted, onRemoveLogged }: RecentTouchesProps) {
  const [asking, setAsking] = useState<Asking | null>(null);
  /** Touches the background has removed: their rows go at once, before the refreshed view is drawn. */
  const [gone, setGone] = useState<ReadonlySet<string>>(new Set());
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  /** The panel around the list, noted when a row asks: the list may be gone when focus needs a place. */
  const panel = useRef<HTMLElement | null>(null);
  // The latest five whatever the period, and a year is kept: a touch of last year is not last week's.
  const shown = recent.filter((touch) => !gone.has(touch.key)).slice(0, SHOWN);
  const askedRowGone = asking !== null && !shown.some((touch) => touch.key === asking.key);
  // The asking row went (removed, or merged into the CRM's copy of the touch) and its focus with it:
  // focus waits on the list's heading, or on the panel's collapse control once the list is empty.
  useLayoutEffect(() => {
    if (!askedRowGone) return;
    setAsking(null);
    if (!focusLost(panel.current)) return;
    if (heading.current) heading.current.focus();
    else panel.current?.querySelector<HTMLElement>(PANEL_STAYS)?.focus();
  }, [askedRowGone]);
  if (shown.length === 0) return null;
  const today = zonedDay(new Date(), timeZone);
  const removeOffer = (key: string): RemoveOffer => ({
    asking: asking?.key === key,
    removing: asking?.key === key && asking.removing,
    waiting: asking?.removing === true && asking.key !== key,
    onAsk: () => {
      panel.current = section.current?.closest('aside') ?? null;
      setAsking({ key, removing: false });
    },
    onCancel: () => setAsking(null),
    onConfirm: () => {
      if (!onRemoveLogged || asking?.removing) return;
      setAsking({ key, removing: true });
      void onRemoveLogged(key).then((removed) => {
        if (removed) setGone((before) => new Set(before).add(key));
        // Not removed: the row stays and asks again, to try again or cancel (the notice says why).
        else setAsking((now) => (now?.key === key ? { key, removing: false } : now));
      });
    },
  });
  return (
    <section ref={section} class="tl-card" aria-label="Recent touches">
      <h3 ref={heading} class="tl-card-title" tabIndex={-1}>
        Recent
      </h3>
      <ol class="tl-recent">
        {shown.map((touch) => (
          <RecentTouchRow
            key={touch.key}
            touch={touch}
            timeZone={timeZone}
            today={today}
            automatedCounted={automatedCounted}
            remove={onRemoveLogged && touch.origin === 'logged-in-touchline' ? removeOffer(touch.key) : undefined}
          />
        ))}
      </ol>
    </section>
  );
}
