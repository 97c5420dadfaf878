// @vitest-environment happy-dom
/**
 * contracts.md: "Deal timelines rarely say which contact a touch was with: deal touches are stored
 * against the deal, with a contact only where the page names one." metrics.md "Multi-threading":
 * the number of the deal's contacts with a touch in the period; contracts.md: where a value cannot
 * be computed, data-value="" and data-reason says why; decisions.md: a range has data-value the
 * lower bound and data-upper the upper bound where known.
 * By hand: a deal with two contacts whose page timeline shows 3 emails in the last 30 days, none
 * naming a contact (neither contact page opened). Whether either contact was touched is not known,
 * yet the card said "Contacts worked 0 of 2" and, for each contact, "no touches in period", next
 * to "3 touches" on the same deal.
 */
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDealView } from '../../../lib/metrics/deal-view';
import type { Activity } from '../../../lib/schema/activity';
import type { Settings } from '../../../lib/schema/settings';
import { metric, renderPanel } from '../components/render-panel';
import { at, deal, email, history, JORDAN, NOW, SAM, settings } from './builders';

afterEach(cleanup);

const d = deal({
  stage: 'Proposal',
  stageHistory: history(['Proposal', at('2026-11-01 10:00')]),
  contacts: [
    { id: '901', name: 'Jordan Lee' },
    { id: '902', name: 'Sam Okoye' },
  ],
});
const onDealOnly = { contactKeys: [], dealKeys: [d.key] };
const unnamed = [
  email(at('2026-11-03 09:00'), 'Proposal attached', onDealOnly),
  email(at('2026-11-10 09:00'), 'Pricing follow-up', onDealOnly),
  email(at('2026-11-18 09:00'), 'Next steps', onDealOnly),
];
const named = (contactKey: string, day: string) =>
  email(at(`${day} 09:00`), 'Re: proposal', { contactKeys: [contactKey], dealKeys: [d.key] });

function view(activities: Activity[], overrides: Partial<Settings> = {}) {
  return buildDealView({ deal: d, activities, contacts: [], summaries: [], settings: settings(overrides), now: NOW });
}

/** The rendered card; `contactsNotRead` as when the page showed the deal's contact list in part. */
function card(activities: Activity[], contactsNotRead?: string) {
  const notRead = contactsNotRead === undefined ? [] : [{ field: 'contacts', reason: contactsNotRead }];
  const { container } = renderPanel(
    { status: 'ready', view: view(activities) },
    { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead } },
  );
  const worked = metric(container, 'contacts-touched');
  const region = screen.getByRole('region', { name: 'Contacts on the deal' });
  const rows = [...region.querySelectorAll('.tl-contact-row')].map((row) => row.textContent);
  return { worked, region, rows };
}

describe('contacts worked when the deal’s touches name no contact', () => {
  it('gives no confident 0 when no touch names a contact: no value, a reason, and the touches that name nobody', () => {
    expect(view(unnamed)).toMatchObject({ touches: { total: 3 }, contactsTouched: 0, touchesNamingNoContact: 3 });
    const { worked, region, rows } = card(unnamed);
    expect([worked.dataset.value, worked.dataset.reason, worked.dataset.of]).toEqual([
      '',
      'touches-name-no-contact',
      '2',
    ]);
    expect(worked.textContent).toContain('3 touches in period name no contact');
    expect(region.textContent).not.toContain('no touches in period');
    expect(rows).toEqual(['Jordan Leeno touch in period names them', 'Sam Okoyeno touch in period names them']);
  });

  it('says "at least 1 of 2" with the range attributes when one contact is named and the other may be', () => {
    const { worked, region, rows } = card([named(JORDAN, '2026-11-12'), ...unnamed]);
    expect(worked.textContent).toBe('at least 1 of 2');
    expect({ ...worked.dataset }).toMatchObject({
      value: '1',
      lowerBound: 'true',
      upper: '2',
      reason: 'touches-name-no-contact',
      of: '2',
    });
    expect(region.querySelector('[data-notice="touches-name-no-contact"]')?.textContent).toContain(
      '3 touches in period name no contact',
    );
    expect(rows[1]).toBe('Sam Okoyeno touch in period names them');
  });

  it('knows no upper bound when the page showed the contact list in part', () => {
    const { worked } = card([named(JORDAN, '2026-11-12'), ...unnamed], 'list shows 2 of 4');
    expect(worked.textContent).toBe('at least 1 of at least 2');
    expect([worked.dataset.value, worked.dataset.lowerBound, worked.dataset.upper]).toEqual(['1', 'true', undefined]);
  });

  it('stays exact when every contact is named by a touch, whatever names nobody', () => {
    const all = view([named(JORDAN, '2026-11-12'), named(SAM, '2026-11-13'), ...unnamed]);
    expect(all.touchesNamingNoContact).toBeUndefined();
    const { worked, region } = card([named(JORDAN, '2026-11-12'), named(SAM, '2026-11-13'), ...unnamed]);
    expect([worked.textContent, worked.dataset.value, worked.dataset.lowerBound]).toEqual(['2 of 2', '2', undefined]);
    expect(region.querySelector('[data-notice="touches-name-no-contact"]')).toBeNull();
  });

  it('still says a confident 0 and "no touches in period" when nothing in the period names nobody', () => {
    const old = email(at('2026-09-01 09:00'), 'Intro', onDealOnly);
    const { worked, rows } = card([old]);
    expect([worked.textContent, worked.dataset.value, worked.dataset.reason]).toEqual(['0 of 2', '0', undefined]);
    expect(rows).toEqual(['Jordan Leeno touches in period', 'Sam Okoyeno touches in period']);
  });

  it('leaves out the automated touches the setting leaves out, as the touch count does', () => {
    const sequenced = unnamed.map((a) => ({ ...a, automated: true }));
    expect(view(sequenced).touchesNamingNoContact).toBe(3);
    const without = view(sequenced, { countAutomated: false });
    expect([without.touches.total, without.contactsTouched, without.touchesNamingNoContact]).toEqual([0, 0, undefined]);
  });
});
