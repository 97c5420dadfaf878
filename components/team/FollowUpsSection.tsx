import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { countOf, countText } from '../../lib/team/counts';
import type { FollowUp } from '../../lib/team/follow-ups';
import { weeksRead } from '../../lib/team/periods';
import type { TeamView } from '../../lib/team/team-view';
import { unnamedContactLabel } from './labels';
import { teamDay } from './team-dates';

/** Items listed per owner and kind before "more": an owner's card stays about a third of a screen tall. */
const FIRST_ITEMS = 5;
/** Owners' cards drawn before "show the other owners": two rows of cards, a laptop screen. */
const FIRST_OWNERS = 6;

/**
 * Contacts gone cold and overdue next steps, per owner (contacts touched in the weeks read).
 * Every count shows at once; the first screen of cards and items is drawn, the rest when asked for.
 */
export function FollowUpsSection({ view }: { view: TeamView }) {
  const [everyOwner, setEveryOwner] = useState(false);
  const owners = [...new Set(view.followUps.map((f) => f.owner))];
  const shown = everyOwner ? owners : owners.slice(0, FIRST_OWNERS);
  // The button that reveals the other owners goes with them: focus moves to the first one revealed,
  // where reading goes on, and would otherwise fall to the page's top.
  const firstRevealed = useRef<HTMLHeadingElement>(null);
  const revealing = useRef(false);
  useLayoutEffect(() => {
    if (!revealing.current) return;
    revealing.current = false;
    firstRevealed.current?.focus();
  });
  return (
    <section class="tl-team-section" aria-labelledby="tl-follow-title">
      <h2 id="tl-follow-title">Contacts gone cold and overdue next steps</h2>
      <p class="tl-basis">
        Contacts touched in the {weeksRead(view.periods)} weeks read, by any rep: gone cold after the follow-up limit
        with no touch either way (or a lone touch whose next step is late); overdue when the cadence's next step was due
        before today.
      </p>
      {owners.length === 0 ? (
        <p class="tl-hint">Nobody has gone cold and no next step is overdue.</p>
      ) : (
        <div class="tl-follow-grid">
          {shown.map((owner, i) => {
            const mine = view.followUps.filter((f) => f.owner === owner);
            return (
              <article key={owner} class="tl-follow-owner" data-owner={owner}>
                <h3 ref={i === FIRST_OWNERS ? firstRevealed : undefined} tabIndex={i === FIRST_OWNERS ? -1 : undefined}>
                  {owner}
                </h3>
                <FollowList title="Gone cold" items={mine.filter((f) => f.kind === 'gone-cold')} />
                <FollowList title="Overdue next steps" items={mine.filter((f) => f.kind === 'overdue')} />
              </article>
            );
          })}
        </div>
      )}
      {owners.length > shown.length && (
        <button
          type="button"
          class="tl-more"
          onClick={() => {
            revealing.current = true;
            setEveryOwner(true);
          }}
        >
          Show the other {countOf(owners.length - shown.length, 'owner', 'owners')} (
          {countOf(otherItems(view.followUps, shown), 'contact', 'contacts')})
        </button>
      )}
    </section>
  );
}

/** Items of the owners not drawn yet. */
function otherItems(followUps: readonly FollowUp[], shown: readonly string[]): number {
  const drawn = new Set(shown);
  return followUps.filter((f) => !drawn.has(f.owner)).length;
}

function FollowList({ title, items }: { title: string; items: FollowUp[] }) {
  // The rest of a long list is drawn when opened: thousands of hidden items would slow the page's first render.
  const [open, setOpen] = useState(false);
  if (items.length === 0) return null;
  const item = (f: FollowUp) => (
    <li key={f.contactKey} data-contact={f.contactKey} data-kind={f.kind}>
      {f.url ? (
        <a href={f.url} target="_blank" rel="noreferrer">
          {shownName(f)}
        </a>
      ) : (
        shownName(f)
      )}
      <span class="tl-small">{shownReason(f)}</span>
    </li>
  );
  return (
    <div>
      <h4>
        {title} ({countText(items.length)})
      </h4>
      <ul class="tl-follow-list">{items.slice(0, FIRST_ITEMS).map(item)}</ul>
      {items.length > FIRST_ITEMS && (
        <details onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{countText(items.length - FIRST_ITEMS)} more</summary>
          {open && <ul class="tl-follow-list">{items.slice(FIRST_ITEMS).map(item)}</ul>}
        </details>
      )}
    </div>
  );
}

/** The reason with an overdue step's due day (lib/team/follow-ups.ts writes it `YYYY-MM-DD`) as the page prints days. */
function shownReason(f: FollowUp): string {
  return f.due ? f.reason.replace(f.due, teamDay(f.due)) : f.reason;
}

/** The key's last part is the contact's CRM id (`crm:tenant:kind:id`, lib/keys.ts). */
function shownName(f: FollowUp): string {
  return f.name ?? unnamedContactLabel(f.contactKey.split(':').at(-1) ?? f.contactKey);
}
