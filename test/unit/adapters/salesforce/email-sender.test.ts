import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * deal-activity-groups' Opportunity Owner is Alex Morgan; its Contact Roles are Maria Jensen and
 * Tom Becker. Its received email ("Re: Revised quote") comes from Maria Jensen. Here it comes from
 * Priya Shah, a contact of the account who has no role on the deal, worded as the Salesforce demo
 * words a received email ("<contact> sent an email to <rep>"), with From/To rows (SLDS blueprint).
 */
const page = fixturePage('salesforce', 'deal-activity-groups');
const SENTENCE =
  '<div class="slds-text-body_small summary"><a href="/lightning/r/Contact/0035g00000DpQ9xAAF/view">Maria Jensen</a> sent you an email</div>';
const FROM =
  'Maria Jensen &lt;maria.jensen@northwind.example&gt;</dd>\n                                  <dt class="slds-item_label">To:</dt><dd class="slds-item--detail">Alex Morgan';
/** The received email sent by Priya Shah, with this sentence (none: no sentence shown). */
const fromPriya = (sentence?: string) =>
  edited(
    page.html,
    [SENTENCE, sentence === undefined ? '' : `<div class="slds-text-body_small summary">${sentence}</div>`],
    [FROM, FROM.replace('Maria Jensen &lt;maria.jensen@', 'Priya Shah &lt;priya.shah@')],
  );
const email = (html: string, title: string) => readPage(html, page.url).activities.find((a) => a.title === title);

describe('Salesforce emails from a contact who is not in Contact Roles', () => {
  it('is inbound when the sentence names the Opportunity Owner as recipient, and the owner is the rep', () => {
    const html = fromPriya('Priya Shah sent an email to Alex Morgan');
    expect(email(html, 'Re: Revised quote')).toMatchObject({ direction: 'inbound', owner: 'Alex Morgan' });
  });

  it('is inbound when the sentence links the sender to a Contact record', () => {
    const html = fromPriya(
      '<a href="/lightning/r/Contact/0035g00000DpQBzAAN/view">Priya Shah</a> sent an email to Jamie Patel',
    );
    expect(email(html, 'Re: Revised quote')).toMatchObject({ direction: 'inbound', owner: 'Jamie Patel' });
  });

  it('is inbound by its To row naming the Opportunity Owner when there is no sentence', () => {
    const html = fromPriya();
    const read = email(html, 'Re: Revised quote');
    expect(read?.direction).toBe('inbound');
    expect(read?.owner).toBeUndefined();
  });

  it('is unknown, and said so, when nothing on the item tells who sent it', () => {
    const html = edited(fromPriya('Priya Shah sent an email to Jamie Patel'), [
      /<dl class="slds-list_horizontal">\s*<dt class="slds-item_label">From:<\/dt><dd[\s\S]*?<\/dl>/,
      '',
    ]);
    const reading = readPage(html, page.url);
    const read = reading.activities.find((a) => a.title === 'Re: Revised quote');
    expect(read?.direction).toBe('unknown');
    expect(read?.owner).toBeUndefined();
    expect(reading.notRead).toContainEqual({
      field: 'direction of "Re: Revised quote"',
      reason: 'neither its sentence nor its From/To rows name the record, its owner or You',
    });
  });

  it('an email the owner sent to a contact without a role stays outbound', () => {
    const html = edited(page.html, [
      'You sent an email to <a href="/lightning/r/Contact/0035g00000DpQ9xAAF/view">Maria Jensen</a>',
      'Alex Morgan sent an email to Priya Shah',
    ]);
    expect(email(html, 'Revised quote')).toMatchObject({ direction: 'outbound', owner: 'Alex Morgan' });
  });
});
