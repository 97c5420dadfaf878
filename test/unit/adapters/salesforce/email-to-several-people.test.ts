import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * crm-evidence-2.md: sentences name several people as "X and 2 others" ("You had a Task with X and 2
 * others"); decisions.md: 'A setting "your name in this CRM" stands in for "You" in Salesforce
 * sentences, so owners resolve.' The team view makes one row per owner (contracts.md data-rep).
 * Oracle, by hand: "Maria Jensen sent an email to You and 2 others" is an inbound email to the viewer
 * (byViewer), owned by no rep called "You and 2 others"; sent "to Alex Morgan and 2 others", the rep
 * it reached is Alex Morgan. (Moved from zz-review-salesforce.)
 */
const readEmail = (summary: string) =>
  read(
    contactPage(
      timeline('', [
        {
          heading: 'This Month',
          items: item({
            token: 'EmailMessage',
            icon: 'email',
            iconTitle: 'Email',
            subject: 'Re: Rollout plan',
            id: '02s5g00000RVW01AAN',
            date: '9:00 AM | Nov 16',
            summary,
          }),
        },
      ]),
    ),
  ).activities.find((a) => a.title === 'Re: Rollout plan');

describe('an email the contact sent to a rep and others', () => {
  it('"… sent an email to You and 2 others" is the viewer’s inbound email, owned by no rep "You and 2 others"', () => {
    const a = readEmail('Maria Jensen sent an email to You and 2 others');
    expect(a?.direction).toBe('inbound');
    expect(a?.owner).toBeUndefined();
    expect(a?.byViewer).toBe(true);
  });

  it('"… sent an email to Alex Morgan and 2 others" is owned by Alex Morgan', () => {
    const a = readEmail('Maria Jensen sent an email to Alex Morgan and 2 others');
    expect(a?.direction).toBe('inbound');
    expect(a?.owner).toBe('Alex Morgan');
    expect(a?.byViewer).toBeUndefined();
  });

  it('guard: "… sent an email to You" is the viewer’s', () => {
    expect(readEmail('Maria Jensen sent an email to You')?.byViewer).toBe(true);
  });
});
