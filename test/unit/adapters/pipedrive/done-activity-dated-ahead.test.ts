/**
 * An activity ticked done in the History though its due day is still ahead: a call due next Monday,
 * made today and marked done. Pipedrive keeps the activity's due date, so the feed dates it ahead,
 * and without saying the CRM shows it done the metrics would not count it until Monday (as for
 * Salesforce's closed Tasks, metrics/touch.ts shownDone). Only the done toggle says so: a planned
 * activity dated ahead, or a done one in the past, gets no such mark.
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

let id = 7100;
const entry = (icon: string, subject: string, date: string, done: boolean) =>
  `<div data-testid="activity-item"><span role="img" aria-label="${icon}"></span><div><button type="button" role="checkbox" aria-checked="${done}" aria-label="${done ? 'Mark as not done' : 'Mark as done'}"></button><a href="/activities/${id++}">${subject}</a></div><div><span>${date}</span> · <span>Priya Raman</span></div></div>`;

const page = `<div id="root"><main>
<header><h1>Jonas Keller</h1></header>
<section><h2>Focus</h2>${entry('Meeting', 'Onsite visit', 'Nov 30, 2026 10:00 AM', false)}</section>
<section><h2>History</h2>
${entry('Call', 'Pricing follow-up', 'Nov 23, 2026 9:00 AM', true)}
${entry('Call', 'Discovery call', 'Nov 18, 2026 10:00 AM', true)}
</section></main></div>`;

describe('Pipedrive: a done activity dated ahead', () => {
  const byTitle = new Map(readOk('/person/812', page).activities.map((a) => [a.title, a]));

  it('says the CRM shows it done, so it counts now', () => {
    expect(byTitle.get('Pricing follow-up')).toMatchObject({ type: 'call', planned: false });
  });

  it('leaves a planned activity planned and a past done one unmarked', () => {
    expect(byTitle.get('Onsite visit')?.planned).toBe(true);
    expect(byTitle.get('Discovery call')?.planned).toBeUndefined();
  });
});
