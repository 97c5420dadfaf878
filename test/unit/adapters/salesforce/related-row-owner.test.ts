import { describe, expect, it } from 'vitest';
import { contactPage, read } from './contact-page';

/**
 * The older markup generation: activities only in the "Activity History" related list, whose
 * standard columns are Subject, Name, Task, Due Date, Assigned To (the columns the suite's own
 * related-list-copies.test.ts uses). "Assigned To" names the rep who owns the activity. The team page
 * lists a touch under its owner as the CRM shows it (contracts.md: `[data-rep="<owner as the CRM
 * shows it>"]`); a touch without owner stays off every rep's row.
 *
 * Oracle, by hand: the logged call "Call" of 11/18/2026 is Sam Lee's (the row says so).
 */
const card = `<lst-related-list-single-container><article class="slds-card"><div class="slds-card__header"><h2 class="slds-card__header-title"><span title="Activity History">Activity History</span> (1)</h2></div>
<div class="slds-card__body"><table class="slds-table"><thead><tr><th aria-label="Subject">Subject</th><th aria-label="Name">Name</th><th aria-label="Task">Task</th><th aria-label="Due Date">Due Date</th><th aria-label="Assigned To">Assigned To</th></tr></thead><tbody>
<tr><th><a href="/lightning/r/Task/00T5g00000DpQM1EAN/view">Call</a></th><td><a href="/lightning/r/Contact/0035g00000DpQ9xAAF/view">Maria Jensen</a></td><td><input type="checkbox" checked disabled></td><td>11/18/2026</td><td><a href="/lightning/r/User/0055g00000DpQ1zAAF/view">Sam Lee</a></td></tr>
</tbody></table></div></article></lst-related-list-single-container>`;

describe('a call listed only in "Activity History"', () => {
  it.each(['none', 'stripped'] as const)('is owned by the rep its "Assigned To" column names (%s)', (t) => {
    const call = read(contactPage(card), t).activities.find((a) => a.title === 'Call');
    expect(call).toMatchObject({ type: 'call', timestamp: '2026-11-18T00:00:00.000Z', owner: 'Sam Lee' });
  });
});

describe('a call listed only in "Aktivitätsverlauf", its owner column in no language Touchline has', () => {
  it('is owned by the user its row links to', () => {
    const german = card
      .replace('Activity History', 'Aktivitätsverlauf')
      .replace('aria-label="Assigned To">Assigned To', 'aria-label="Zugewiesen an">Zugewiesen an');
    const call = read(contactPage(german, { lang: 'de-DE' }), 'stripped').activities.find((a) => a.title === 'Call');
    expect(call?.owner).toBe('Sam Lee');
  });
});
