import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';
import { dealPage, field, readDeal } from './opportunity-page';

/**
 * crm-evidence-2.md: summary sentences: "'with' names a contact or lead, 'about' a related record".
 * metrics.md: a call whose outcome the page does not show is an attempt with outcome 'unknown'.
 * Oracle, by hand: these calls show no Call Result and no comments; only a name in their sentence
 * holds an outcome word, which says nothing of how the call went. (Moved from zz-review-salesforce.)
 */
const call = (subject: string, i: number, summary: string, comments = '') =>
  item({
    token: 'Task',
    icon: 'log-a-call',
    iconTitle: 'Call',
    subject,
    id: `00T5g00000RVW${String(i).padStart(2, '0')}EAN`,
    date: 'Nov 17',
    summary,
    body: comments
      ? `<div class="showMore"><dl class="slds-list_horizontal"><dt class="slds-item_label">Comments</dt><dd class="slds-item--detail">${comments}</dd></dl></div>`
      : '',
  });

const outcomeOn = (li: string, title: string) =>
  read(contactPage(timeline('', [{ heading: 'This Month', items: li }]))).activities.find((a) => a.title === title)
    ?.outcome;

describe('a logged call whose sentence names a record holding an outcome word', () => {
  // A telecom vendor's opportunity; every call logged on it says "… about Cloud Voicemail rollout".
  const name = 'Cloud Voicemail rollout';
  const onDeal = (summary: string, comments = '') =>
    readDeal(
      dealPage({
        name,
        fields: field('Stage', 'Proposal') + field('Opportunity Owner', 'Alex Morgan'),
        timeline: timeline('', [{ heading: 'This Month', items: call('Pricing call', 5, summary, comments) }]),
      }),
    ).activities.find((a) => a.title === 'Pricing call');

  it('"… about Cloud Voicemail rollout" on the deal: no Call Result, so unknown, not voicemail', () => {
    expect(onDeal(`You logged a call with Maria Jensen about ${name}`)?.outcome).toBe('unknown');
  });

  it('"… about Busy Bee Bakery renewal" on a contact page: unknown, not busy', () => {
    expect(
      outcomeOn(call('Call', 6, 'You logged a call with Maria Jensen about Busy Bee Bakery renewal'), 'Call'),
    ).toBe('unknown');
  });

  it('guard: the comments still say the outcome ("Spoke with Maria") beside such a name', () => {
    expect(onDeal(`You logged a call with Maria Jensen about ${name}`, 'Spoke with Maria')?.outcome).toBe('connected');
  });
});
