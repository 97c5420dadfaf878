// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NotRead } from '../../../lib/schema/read-result';
import type { ContactView, DealView } from '../../../lib/schema/view-model';
import { metric, renderPanel } from './render-panel';
import { fleetPilot, jordanLee } from './view-fixtures';

afterEach(cleanup);

function withNotRead(view: ContactView | DealView, notRead: NotRead[]) {
  return renderPanel(
    { status: 'ready', view },
    { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead } },
  );
}

/** Salesforce, a "(3+)" Contact Roles card (lib/adapters/salesforce/read-deal.ts). */
const CONTACTS_PARTLY: NotRead = {
  field: 'contacts',
  reason: 'the "Contact Roles" card shows its first rows only ("(n+)")',
};

/** Salesforce, moves sharing a minute whose order the page does not show (stage-history.ts). */
const HISTORY_CUT: NotRead = {
  field: 'stageHistory',
  reason:
    'moves to Qualified, Demo share the time 2026-10-01T15:00:00.000Z and the page does not show their order: the history before them is left out',
};

/** The views' text without the generic folded "N items were not read" list (TestPageOffer.tsx). */
function viewText(root: Element): string {
  const clone = root.cloneNode(true) as Element;
  for (const notice of clone.querySelectorAll('.tl-not-read-notice')) notice.remove();
  return clone.textContent ?? '';
}

describe('a deal whose contacts were only partly read ("(3+)" Contact Roles)', () => {
  it('does not show "Contacts worked 2 of 3" as a confident count: it says the list was partly read and why', () => {
    // 3 contacts read from a card that has more: the deal has at least 3 contacts, 2 of them worked.
    const { container } = withNotRead(fleetPilot(), [CONTACTS_PARTLY]);
    const card = screen.getByRole('region', { name: 'Contacts on the deal' });
    expect(card.textContent).toContain('first rows only');
    expect(metric(container, 'contacts-touched').textContent).not.toBe('2 of 3');
  });

  it('does not flag "no touch on any of the deal\'s contacts" without saying not all contacts were read', () => {
    const deal = { ...fleetPilot(), noRecentActivity: true, contactsTouched: 0, daysSinceLastTouch: 20 };
    withNotRead(deal, [CONTACTS_PARTLY]);
    const card = screen.getByRole('region', { name: 'Contacts on the deal' });
    const flag = [...card.querySelectorAll('[role="note"]')].find((n) => /No touch on any/.test(n.textContent ?? ''));
    // The flag may stay, but it must not claim all contacts: contacts not read may have been touched.
    expect(flag?.textContent ?? '').toMatch(/not (all )?read|first rows only|partly/i);
  });
});

describe('a deal whose stage history was cut short', () => {
  it('says on the stage card that the history before the shown stays was left out, with the reason', () => {
    withNotRead(fleetPilot(), [HISTORY_CUT]);
    const stage = screen.getByRole('region', { name: 'Stage' });
    expect(stage.textContent).toMatch(/left out|not read|not all/i);
  });
});

describe('a page in a language without a word table', () => {
  const untabled: NotRead[] = [
    {
      field: 'activities[2].type',
      reason:
        'the page is in "it", a language Touchline has no words for: only its wording says what it was (a touch or not)',
    },
    {
      field: 'activities[4].direction',
      reason: 'the page is in "it", a language Touchline has no words for: only its wording says who reached whom',
    },
  ];

  it('does not show the touch figures as confident: a visible note says some items were not fully read', () => {
    // An item whose type was not read is counted as a task (no touch): it may be a call or meeting,
    // so "9 touches" may be too few. The guide: say so plainly beside the figures, not only in the
    // folded "2 items on this page were not read" list at the foot of the panel.
    const { container } = withNotRead(jordanLee(), untabled);
    expect(metric(container, 'touches-total').dataset.value).toBe('9');
    const shown = viewText(container);
    expect(shown).toMatch(/language Touchline has no words for|not read|may miss/i);
  });

  it('lists what was not read in words a rep understands, not as field paths', () => {
    const { container } = withNotRead(fleetPilot(), [...untabled, CONTACTS_PARTLY, HISTORY_CUT]);
    const list = container.querySelector('.tl-not-read');
    expect(list).not.toBeNull();
    const text = list?.textContent ?? '';
    // "activities[2].type", "stageHistory" are the adapter's field paths, not words.
    expect(text).not.toMatch(/activities\[\d+\]\.\w+/);
    expect(text).not.toContain('stageHistory');
  });

  it("does not flag a deal as untouched for longer than the follow-up limit without saying some items' type was not read", () => {
    // An item whose type was not read is taken as a task (no touch): it may be the call that
    // touched the deal last week, so "No touch on any of the deal's contacts" is not known.
    const deal = { ...fleetPilot(), noRecentActivity: true, daysSinceLastTouch: 20 };
    withNotRead(deal, [untabled[0] as NotRead]);
    const card = screen.getByRole('region', { name: 'Contacts on the deal' });
    const flag = [...card.querySelectorAll('[role="note"]')].find((n) => /No touch on any/.test(n.textContent ?? ''));
    expect(flag).toBeDefined();
    expect(flag?.textContent ?? '').toMatch(/not read|language|wording|may be/i);
  });

  it('gives the stage history reason with a date a rep reads, not an ISO timestamp', () => {
    const { container } = withNotRead(fleetPilot(), [HISTORY_CUT]);
    const text = container.querySelector('.tl-not-read')?.textContent ?? '';
    expect(text).toContain('left out');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  });
});
