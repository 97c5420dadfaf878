// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { at, contact, deal, email, history, JORDAN, SAM, undated } from '../metrics/builders';
import { dealRowShown } from './deal-row-shown';
import { cacheWith } from './team-cache';

afterEach(cleanup);

/**
 * The team page's deal row says contacts worked as the deal panel does (lib/metrics/deal-contacts.ts
 * contactsWorked): a touch whose date the page printed in a form Touchline could not read may be
 * from the period, so a contact it names, shown without a touch in the period, may have been
 * worked. By hand: Jordan's two emails are undated and Sam's one email (2 Oct) is before the last
 * 30 days (21 Oct – 20 Nov): "not known of 2", never "0 of 2"; with an email to Sam on 12 Nov
 * besides: "at least 1 of 2".
 */
describe('contacts worked on a team deal row whose contact touches have no readable date', () => {
  const d = deal({
    stage: 'Proposal',
    stageHistory: history(['Proposal', at('2026-11-01 10:00')]),
    contacts: [
      { id: '901', name: 'Jordan Lee' },
      { id: '902', name: 'Sam Ortiz' },
    ],
  });
  const onDeal = { dealKeys: [d.key] };
  const activities = [
    undated('Tuesday at 9:12 AM', { title: 'Route pricing v2', contactKeys: [JORDAN], ...onDeal }),
    undated('Friday at 2:40 PM', { title: 'Pilot timeline', contactKeys: [JORDAN], ...onDeal }),
    email(at('2026-10-02 10:00'), 'Intro: Touchline for Contoso', { contactKeys: [SAM], ...onDeal }),
  ];
  const contacts = [contact(), contact({ key: SAM, recordId: '902', name: 'Sam Ortiz' })];
  const cell = (container: Element) =>
    container.querySelector<HTMLElement>('[data-metric="contacts-touched"]') ?? document.createElement('i');

  it('is not known of 2 while a contact has touches of unknown date', async () => {
    const db = await cacheWith({ activities, deals: [d], contacts });
    const shown = cell((await dealRowShown(db, d.key)).container);
    expect([shown.dataset.value, shown.dataset.reason, shown.dataset.of, shown.textContent]).toEqual([
      '',
      'undated-touches',
      '2',
      'not known of 2',
    ]);
    expect(shown.querySelector('[title]')?.getAttribute('title')).toBe(
      '2 touches without a readable date may be in period',
    );
  });

  it('is at least 1 of 2 when Sam was emailed in the period', async () => {
    const toSam = email(at('2026-11-12 09:00'), 'Re: proposal', { contactKeys: [SAM], ...onDeal });
    const db = await cacheWith({ activities: [...activities, toSam], deals: [d], contacts });
    const shown = cell((await dealRowShown(db, d.key)).container);
    expect([shown.dataset.value, shown.dataset.lowerBound, shown.dataset.upper, shown.textContent]).toEqual([
      '1',
      'true',
      '2',
      'at least 1 of 2',
    ]);
  });

  it('stays 1 of 2 when the undated touches name the contact already worked', async () => {
    const toJordan = email(at('2026-11-12 09:00'), 'Re: proposal', { contactKeys: [JORDAN], ...onDeal });
    const db = await cacheWith({ activities: [...activities, toJordan], deals: [d], contacts });
    const shown = cell((await dealRowShown(db, d.key)).container);
    // Sam's only touch (2 Oct) is before the period, and no undated touch names Sam: exactly 1.
    expect([shown.dataset.value, shown.dataset.lowerBound, shown.textContent]).toEqual(['1', undefined, '1 of 2']);
  });
});
