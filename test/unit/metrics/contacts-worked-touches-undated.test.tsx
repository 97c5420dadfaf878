// @vitest-environment happy-dom
/**
 * metrics.md: "Multi-threading: the number of the deal's contacts with a touch in the period";
 * contracts.md: contacts-touched is that integer, and "where a value cannot be computed,
 * data-value="" and data-reason says why"; decisions.md: a range has data-value the lower bound and
 * data-upper the upper bound where known.
 *
 * The Fleet pilot deal has two contacts, Jordan Lee and Sam Ortiz. Its timeline (read on the deal
 * page) shows two emails to Jordan whose dates the page printed in a way Touchline could not read,
 * and one email to Sam on 2 Oct, outside the default last 30 days (21 Oct – 20 Nov).
 * By hand: Sam has no touch in the period (2 Oct < 21 Oct 08:00 PDT); Jordan's two emails may be from
 * this week or from last spring: he may or may not have been worked. So the count is 0 or 1, not
 * known, where the panel said "0 of 2" beside "2 touches without a readable date".
 */
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDealView } from '../../../lib/metrics/deal-view';
import type { Activity } from '../../../lib/schema/activity';
import { metric, renderPanel } from '../components/render-panel';
import { at, contact, deal, email, JORDAN, NOW, SAM, settings, undated } from './builders';

afterEach(cleanup);

const d = deal({
  contacts: [
    { id: '901', name: 'Jordan Lee' },
    { id: '902', name: 'Sam Ortiz' },
  ],
});
const onDeal = { dealKeys: [d.key] };
const jordanUndated = [
  undated('Tuesday at 9:12 AM', { title: 'Route pricing v2', contactKeys: [JORDAN], ...onDeal }),
  undated('Friday at 2:40 PM', { title: 'Pilot timeline', contactKeys: [JORDAN], ...onDeal }),
];
const samIntro = email(at('2026-10-02 10:00'), 'Intro: Touchline for Contoso', { contactKeys: [SAM], ...onDeal });

function panelOf(activities: Activity[]) {
  const view = buildDealView({
    deal: d,
    activities,
    contacts: [contact(), contact({ key: SAM, recordId: '902', name: 'Sam Ortiz' })],
    summaries: [],
    settings: settings(),
    now: NOW,
  });
  return renderPanel({ status: 'ready', view }).container;
}

describe('contacts worked on a deal whose contact touches the page did not date', () => {
  it('is not known of 2, never 0 of 2, while a contact has touches of unknown date', () => {
    const container = panelOf([...jordanUndated, samIntro]);
    expect(metric(container, 'touches-undated').dataset.value).toBe('2');
    const worked = metric(container, 'contacts-touched');
    expect([worked.dataset.value, worked.dataset.reason, worked.dataset.of]).toEqual(['', 'undated-touches', '2']);
    expect(worked.textContent).toBe('not known of 2: 2 touches without a readable date may be in period');
    // Jordan's row says why, rather than "no touches in period".
    const jordan = [...container.querySelectorAll('.tl-contact-row')].find((row) =>
      row.textContent?.includes('Jordan'),
    );
    expect(jordan?.textContent).toBe('Jordan Lee2 touches without a readable date, none dated in period');
  });

  it('is at least 1 of 2 once Sam was emailed in the period', () => {
    const toSam = email(at('2026-11-12 09:00'), 'Re: proposal', { contactKeys: [SAM], ...onDeal });
    const container = panelOf([...jordanUndated, samIntro, toSam]);
    const worked = metric(container, 'contacts-touched');
    expect([worked.dataset.value, worked.dataset.lowerBound, worked.dataset.upper, worked.dataset.reason]).toEqual([
      '1',
      'true',
      '2',
      'undated-touches',
    ]);
    expect(worked.textContent).toBe('at least 1 of 2');
    expect(container.querySelector('[data-notice="undated-touches"]')?.textContent).toBe(
      '2 touches without a readable date may be in period: a contact shown without touches in period may have been worked.',
    );
  });
});
