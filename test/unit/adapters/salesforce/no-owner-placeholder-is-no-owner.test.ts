/**
 * Salesforce shows an owner nobody holds as "--" (or a blank, or "(No value)" in some views). Read
 * as a name, "--" became a rep of the team view with every ownerless touch under it. The
 * placeholder is no owner: the field is left out. A real name is still the owner, whole.
 */
import { describe, expect, it } from 'vitest';
import { contactPage, read } from './contact-page';
import { dealPage, field, readDeal } from './opportunity-page';

const history = (assignedTo: string) =>
  `<lst-related-list-single-container><article class="slds-card"><div class="slds-card__header"><h2 class="slds-card__header-title"><span title="Activity History">Activity History</span> (1)</h2></div>
<div class="slds-card__body"><table class="slds-table"><thead><tr><th aria-label="Subject">Subject</th><th aria-label="Name">Name</th><th aria-label="Task">Task</th><th aria-label="Due Date">Due Date</th><th aria-label="Assigned To">Assigned To</th></tr></thead><tbody>
<tr><th><a href="/lightning/r/Task/00T5g00000DpQM1EAN/view">Call</a></th><td><a href="/lightning/r/Contact/0035g00000DpQ9xAAF/view">Maria Jensen</a></td><td><input type="checkbox" checked disabled></td><td>11/18/2026</td><td>${assignedTo}</td></tr>
</tbody></table></div></article></lst-related-list-single-container>`;

const opportunity = (owner: string) =>
  readDeal(dealPage({ fields: field('Stage', 'Prospecting') + field('Opportunity Owner', owner) }));

describe('Salesforce owner placeholders', () => {
  it('a contact whose "Contact Owner" shows "--" has no owner', () => {
    expect(read(contactPage('', { owner: '--' })).record.owner).toBeUndefined();
  });

  it('an opportunity whose "Opportunity Owner" shows "(No value)" or "--" has no owner', () => {
    expect(opportunity('(No value)').record.owner).toBeUndefined();
    expect(opportunity(' -- ').record.owner).toBeUndefined();
  });

  it('an "Activity History" call whose "Assigned To" shows "--" has no owner', () => {
    const call = read(contactPage(history('--'))).activities.find((a) => a.title === 'Call');
    expect(call).toMatchObject({ type: 'call' });
    expect(call?.owner).toBeUndefined();
  });

  it('a real name holding a placeholder word stays the owner: "Noah Ownerby"', () => {
    expect(opportunity('Noah Ownerby').record.owner).toBe('Noah Ownerby');
    const call = read(contactPage(history('Nonez Unassignedo'))).activities.find((a) => a.title === 'Call');
    expect(call?.owner).toBe('Nonez Unassignedo');
  });
});
