import { describe, expect, it } from 'vitest';
import { classifyItem, type ItemText } from '../../../../lib/adapters/salesforce/classify-activity';
import { wordsFor } from '../../../../lib/adapters/salesforce/words';
import { contactPage, read } from './contact-page';

/**
 * A sentence whose actor is a tool that sends on its own ("Sales Engagement", "High Velocity
 * Sales", "Cadence") or Salesforce's system user a Flow acts as ("Automated Process") tells an
 * automated email (metrics.md: "sent by a sequence/cadence tool without a person writing it"), and
 * no rep's: the item has no owner, so the team page lists no tool as a rep and a contact's
 * follow-up falls to a person. Oracle, by hand.
 */
const email = (summary: string): ItemText => ({
  kind: 'email',
  assistive: 'Email',
  subject: 'Cold rooms for 2027',
  summary,
  all: `Cold rooms for 2027 ${summary}`,
});
const LENA = { names: ['Lena Vogt'], owner: 'Jonas Weber' };

/**
 * An "Activity History" row (crm-evidence-2.md: Subject, Name, Task, Due Date, Assigned To) for the
 * email a Flow sent: the row names its actor only in "Assigned To", as a user link or as text.
 */
const activityHistory = (
  assignedTo: string,
) => `<lst-related-list-single-container><article class="slds-card"><div class="slds-card__header"><h2 class="slds-card__header-title"><span title="Activity History">Activity History</span> (1)</h2></div>
<div class="slds-card__body"><table class="slds-table"><thead><tr><th aria-label="Subject">Subject</th><th aria-label="Name">Name</th><th aria-label="Task">Task</th><th aria-label="Due Date">Due Date</th><th aria-label="Assigned To">Assigned To</th></tr></thead><tbody>
<tr><th><a href="/lightning/r/Task/00T5g00000DpQD7EAN/view">Email: Cold rooms for 2027</a></th><td><a href="/lightning/r/Contact/0035g00000DpQ9xAAF/view">Maria Jensen</a></td><td><input type="checkbox" checked disabled></td><td>11/17/2026</td><td>${assignedTo}</td></tr>
</tbody></table></div></article></lst-related-list-single-container>`;
const userLink = (name: string) => `<a href="/lightning/r/User/0055g00000DpQ1zAAF/view">${name}</a>`;

describe('Salesforce: a tool named as the sentence’s actor', () => {
  it.each([
    ['en', 'Sales Engagement sent an email to Lena Vogt'],
    ['en', 'High Velocity Sales sent an email to Lena Vogt'],
    ['en', 'Cadence sent an email to Lena Vogt'],
    ['en', 'Automated Process sent an email to Lena Vogt'],
    ['fr', 'Sales Engagement a envoyé un e-mail à Lena Vogt'],
  ])('%s "%s": an automated outbound email with no owner', (lang, summary) => {
    const c = classifyItem(email(summary), LENA, wordsFor(lang));
    expect([c.type, c.direction, c.automated, c.owner]).toEqual(['email', 'outbound', true, undefined]);
  });

  it('(control) a person named as the actor owns the email, sent by hand', () => {
    const c = classifyItem(email('Jonas Weber sent an email to Lena Vogt'), LENA, wordsFor('en'));
    expect([c.type, c.direction, c.automated, c.owner]).toEqual(['email', 'outbound', false, 'Jonas Weber']);
  });
});

describe('Salesforce: a tool or system user in a related-list row’s "Assigned To"', () => {
  const rowEmail = (assignedTo: string) =>
    read(contactPage(activityHistory(assignedTo))).activities.find((a) => a.title === 'Cold rooms for 2027');

  it.each([
    ['text', 'Automated Process'],
    ['user link', userLink('Automated Process')],
    ['text', 'Sales Engagement'],
  ])('names no owner (%s "%s")', (_form, assignedTo) => {
    const mail = rowEmail(assignedTo);
    expect(mail?.type).toBe('email');
    expect(mail?.owner).toBeUndefined();
  });

  it('(control) a rep assigned owns the email', () => {
    expect(rowEmail(userLink('Jonas Weber'))?.owner).toBe('Jonas Weber');
  });
});
