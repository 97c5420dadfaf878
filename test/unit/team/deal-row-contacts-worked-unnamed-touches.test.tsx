// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { at, contact, deal, email, history, JORDAN } from '../metrics/builders';
import { dealRowShown } from './deal-row-shown';
import { cacheWith } from './team-cache';

afterEach(cleanup);

/**
 * The team page's deal row says contacts worked as the deal panel does (lib/metrics/deal-contacts.ts
 * contactsWorked): touches in the period that name no contact may have been with any contact not
 * named, so the count is a lower bound, and at 0 not known. By hand: a deal with two contacts and
 * three emails on its timeline naming nobody: "not known of 2", never "0 of 2"; with one email
 * naming Jordan besides: "at least 1 of 2".
 */
describe('contacts worked on a team deal row whose touches name no contact', () => {
  const d = deal({
    stage: 'Proposal',
    stageHistory: history(['Proposal', at('2026-11-01 10:00')]),
    contacts: [
      { id: '901', name: 'Jordan Lee' },
      { id: '902', name: 'Sam Okoye' },
    ],
  });
  const onDealOnly = { contactKeys: [], dealKeys: [d.key] };
  const unnamed = ['2026-11-03', '2026-11-10', '2026-11-18'].map((day, i) =>
    email(at(`${day} 09:00`), `Follow-up ${i}`, onDealOnly),
  );
  const cell = (container: Element) =>
    container.querySelector<HTMLElement>('[data-metric="contacts-touched"]') ?? document.createElement('i');

  it('is not known of 2 when no touch names a contact', async () => {
    const db = await cacheWith({ activities: unnamed, deals: [d], contacts: [contact()] });
    const shown = cell((await dealRowShown(db, d.key)).container);
    expect([shown.dataset.value, shown.dataset.reason, shown.textContent]).toEqual([
      '',
      'touches-name-no-contact',
      'not known of 2',
    ]);
  });

  it('is at least 1 of 2 when one touch names Jordan', async () => {
    const toJordan = email(at('2026-11-12 09:00'), 'Re: proposal', { contactKeys: [JORDAN], dealKeys: [d.key] });
    const db = await cacheWith({ activities: [...unnamed, toJordan], deals: [d], contacts: [contact()] });
    const shown = cell((await dealRowShown(db, d.key)).container);
    expect([shown.dataset.value, shown.dataset.lowerBound, shown.dataset.upper, shown.textContent]).toEqual([
      '1',
      'true',
      '2',
      'at least 1 of 2',
    ]);
  });
});
