import { describe, expect, it } from 'vitest';
import { callOutcome, meetingOutcome } from '../../../../lib/adapters/pipedrive/outcomes';
import { wordingFor } from '../../../../lib/adapters/pipedrive/wording';
import { readPage } from '../page-variation';
import { box, DEAL_URL, dealPage, li } from './deal-with-participants-page';

/**
 * A done call or meeting whose outcome is a badge beside its subject, a tag of the word alone
 * ("Connected", "No answer", "Canceled"), the way the reader already takes a tag of the word
 * alone as an automation mark (classify-activity.ts isAutomated) and the way cui5 badges mark
 * state elsewhere on the page (the Won/Lost badge). crm-evidence-2.md: type and state may live
 * only in a small label; read them from every carrier.
 *
 * Spec: contracts.md `outcome`; metrics.md Connect rate ("calls with a connected outcome / call
 * attempts") and Meetings held ("meetings … that were not cancelled or marked no-show").
 */
const meta = '<span>Nov 16, 2026 4:15 PM</span> · <span>Casey Nguyen</span> · <a href="/person/2231">Jonas Berg</a>';
const done = (id: number, subject: string, badge: string) =>
  `${box(true)}<a href="/activities/${id}">${subject}</a> <span class="cui5-badge">${badge}</span>`;
const page = dealPage([
  li('Call', done(8101, 'Intro call', 'Connected'), meta),
  li('Call', done(8102, 'Follow-up call', 'No answer'), meta),
  li('Meeting', done(8103, 'Product demo', 'Canceled'), meta),
]);

describe('Pipedrive deal: outcome shown as a badge beside the subject', () => {
  const r = readPage(page, DEAL_URL);
  const outcome = (id: string) => r.activities.find((a) => a.sourceId === `activity:${id}`)?.outcome;
  it('counts the call badged "Connected" as a connect', () => {
    expect(outcome('8101')).toBe('connected');
  });
  it('counts the call badged "No answer" as not answered', () => {
    expect(outcome('8102')).toBe('no-answer');
  });
  it('does not count the meeting badged "Canceled" as held', () => {
    expect(outcome('8103')).toBe('cancelled');
  });
});

describe('Pipedrive outcome badges in the page language', () => {
  const de = wordingFor('de');
  it('reads a German call badged "Nicht erreicht" as not answered', () => {
    expect(
      callOutcome(
        '',
        'Erstgespräch Nicht erreicht',
        de,
        ['Erstgespräch Nicht erreicht'],
        ['Erstgespräch', 'Nicht erreicht'],
      ),
    ).toBe('no-answer');
  });
  it('reads a German done meeting badged "Abgesagt" as cancelled, not held', () => {
    expect(
      meetingOutcome('Produktdemo Abgesagt', true, de, ['Produktdemo Abgesagt'], ['Produktdemo', 'Abgesagt']),
    ).toBe('cancelled');
  });
});
