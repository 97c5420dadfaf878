// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { item, timeline } from './contact-page';
import { dealPage, field, readDeal, relatedCard } from './opportunity-page';

/**
 * crm-evidence-2.md (summary sentences): "'with' names a contact or lead, 'about' a related
 * record". On an opportunity, an email on it says "about <the opportunity>". The team view makes
 * one row per owner (contracts.md `data-rep="<owner as the CRM shows it>"`), and decisions.md: 'A
 * setting "your name in this CRM" stands in for "You" in Salesforce sentences, so owners resolve.'
 * Oracle, by hand: a received email's rep is the person it was sent to, never the record it is
 * about. (Moved from zz-review-salesforce.)
 */
const MARIA = '<a href="/lightning/r/Contact/0035g00000DpQ9xAAF/view">Maria Jensen</a>';
const DEAL = '<a href="/lightning/r/Opportunity/0065g00000DpQ00AAF/view">Globex Renewal</a>';

function email(summary: string, lang = 'en-US') {
  const html = dealPage({
    lang,
    name: 'Globex Renewal',
    fields: field('Stage', 'Proposal') + field('Opportunity Owner', 'Alex Morgan'),
    related: relatedCard(
      'Contact Roles',
      '(1)',
      ['Name', 'Role'],
      [[MARIA, 'Decision Maker']],
      'OpportunityContactRoles',
    ),
    timeline: timeline('', [
      {
        heading: 'This Month',
        items: item({
          token: 'EmailMessage',
          icon: 'email',
          iconTitle: 'Email',
          subject: 'Re: Renewal quote',
          id: '02s5g00000QpRsTAAV',
          date: '9:05 AM | Nov 17',
          summary,
        }),
      },
    ]),
  });
  return readDeal(html).activities.find((a) => a.title === 'Re: Renewal quote');
}

describe('an email "about" the opportunity', () => {
  it('"… sent you an email about Globex Renewal" is inbound and has no rep called "Globex Renewal"', () => {
    const read = email(`${MARIA} sent you an email about ${DEAL}`);
    expect(read?.direction).toBe('inbound');
    expect(read?.owner).toBeUndefined();
  });

  it('"… sent an email to You about Globex Renewal" is the viewer’s, with no rep "You about Globex Renewal"', () => {
    const read = email(`${MARIA} sent an email to You about ${DEAL}`);
    expect(read).toMatchObject({ direction: 'inbound', byViewer: true });
    expect(read?.owner).toBeUndefined();
  });

  it('"… sent an email to Sam Rivera about Globex Renewal" is owned by Sam Rivera', () => {
    const sam = '<a href="/lightning/r/User/0055g00000SmRvAAAQ/view">Sam Rivera</a>';
    expect(email(`${MARIA} sent an email to ${sam} about ${DEAL}`)).toMatchObject({
      direction: 'inbound',
      owner: 'Sam Rivera',
    });
  });

  it('Spanish "… envió un correo electrónico a Sam Rivera sobre Globex Renewal" is owned by Sam Rivera', () => {
    expect(email(`${MARIA} envió un correo electrónico a Sam Rivera sobre ${DEAL}`, 'es-ES')).toMatchObject({
      direction: 'inbound',
      owner: 'Sam Rivera',
    });
  });

  it('German "… hat eine E-Mail an Sam Rivera zu Globex Renewal gesendet" (the verb after the record) is owned by Sam Rivera', () => {
    expect(email(`${MARIA} hat eine E-Mail an Sam Rivera zu ${DEAL} gesendet`, 'de-DE')).toMatchObject({
      direction: 'inbound',
      owner: 'Sam Rivera',
    });
  });

  it('"Alex Morgan sent an email to Maria Jensen about Globex Renewal" is outbound and Alex Morgan’s', () => {
    expect(email(`Alex Morgan sent an email to ${MARIA} about ${DEAL}`)).toMatchObject({
      direction: 'outbound',
      owner: 'Alex Morgan',
    });
  });
});
