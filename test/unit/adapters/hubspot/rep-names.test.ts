import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * Who did an item, as pt-BR, es and nl portals print reps' names: four or five parts, lowercase
 * particles. A name cut short would be a second rep in the team view: unread is acceptable, wrong is not.
 */
const feed = fixturePage('hubspot', 'contact-preview-feed');
const ownerOf = (html: string, title: string) =>
  readPage(html, feed.url).activities.find((a) => a.title === title)?.owner;

describe('HubSpot rep names', () => {
  it('keeps a four-part name whole', () => {
    const html = edited(feed.html, [
      /Call - Connected made by Alex Morgan/g,
      'Call - Connected made by Maria Fernanda Souza Lima',
    ]);
    expect(ownerOf(html, 'Quarterly check-in')).toBe('Maria Fernanda Souza Lima');
  });

  it('keeps a name with lowercase particles whole', () => {
    expect(
      ownerOf(
        edited(feed.html, [/Email sent by Alex Morgan/g, 'Email sent by Ana Maria da Silva']),
        'Pricing for 2027',
      ),
    ).toBe('Ana Maria da Silva');
    expect(
      ownerOf(edited(feed.html, [/Email sent by Alex Morgan/g, 'Email sent by Jan van der Berg']), 'Pricing for 2027'),
    ).toBe('Jan van der Berg');
  });

  it('leaves a name longer than five parts unread rather than cut short', () => {
    const long = 'Maria Fernanda Souza Lima Pereira Costa';
    const html = edited(feed.html, [/Call - Connected made by Alex Morgan/g, `Call - Connected made by ${long}`]);
    expect(ownerOf(html, 'Quarterly check-in')).toBeUndefined();
  });

  it('reads any name the page shows as the record owner whole', () => {
    const long = 'Maria Fernanda Souza Lima Pereira Costa';
    const html = edited(
      feed.html,
      [/Call - Connected made by Alex Morgan/g, `Call - Connected made by ${long}`],
      ['Contact owner</span><div>Alex Morgan', `Contact owner</span><div>${long}`],
    );
    expect(ownerOf(html, 'Quarterly check-in')).toBe(long);
  });
});

describe('HubSpot rep names in an item body that runs on into its text', () => {
  // "from <contact> to Casey Nguyen", then the email's first line "Thanks — can we talk next week?".
  const page = fixturePage('hubspot', 'demo-deal-stage-history');
  const reply = (html: string) => readPage(html, page.url).activities.find((a) => a.sourceId === '40000070076');

  it('takes the name other items name in their headers, not "Casey Nguyen Thanks"', () => {
    expect(reply(page.html)?.owner).toBe('Casey Nguyen');
  });

  it('leaves a name the page shows nowhere else unread', () => {
    const html = edited(page.html, ['</a> to Casey Nguyen</p>', '</a> to Maria Fernanda Souza</p>']);
    expect(reply(html)?.owner).toBeUndefined();
  });
});
