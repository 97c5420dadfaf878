/**
 * metrics.md: emails are touches; "Automated: a touch sent by a sequence/cadence tool without a
 * person writing it (bulk sequence email)". A Pipedrive Campaigns mail in a person's History shows
 * no done toggle, activity link or From line: its campaign's icon ("Campaign") and its name linking
 * to the campaign (/campaigns/campaign/{id}), with its delivery states. It is the campaign's mail to
 * the person, outbound and automated, told by either sign (decisions.md: a second path for every
 * field); a note that links a campaign in its prose stays a note.
 */
import { describe, expect, it } from 'vitest';
import { classless, doneCall, entry, personPage } from './integration-history-page';
import { readOk } from './read-written-page';

const campaign = (icon: string | undefined, name = 'Spring offer') =>
  entry({ icon, head: `<a href="/campaigns/campaign/314">${name}</a>`, date: 'Nov 14 at 7:30 AM · Sent · Opened' });

const read = (html: string, lang = 'en-US') => readOk('/person/3107', html, { lang, title: 'Tomás Herrera' });

describe('Pipedrive: a Campaigns mail in a person’s History', () => {
  it.each([
    ['icon and campaign link', campaign('Campaign'), 'en-US'],
    ['German icon, no link', entry({ icon: 'Kampagne', head: 'Frühjahrsangebot', date: '14. Nov. um 07:30' }), 'de-DE'],
  ])('%s: an outbound automated email, in the newer view and without classes', (_, html, lang) => {
    for (const page of [personPage([html, doneCall]), classless(personPage([html, doneCall]))]) {
      const mail = read(page, lang).activities.find((a) => a.type !== 'call');
      expect(mail).toMatchObject({ type: 'email', channel: 'email', direction: 'outbound', automated: true });
      // Its line's delivery states ("Sent · Opened") are no rep.
      expect(mail?.owner).toBeUndefined();
    }
  });

  it('a note linking a campaign in its prose stays a note', () => {
    const note = entry({
      head: 'Asked about pricing',
      date: 'Nov 15 at 9:00 AM',
      owner: 'Casey Nguyen',
      body: 'He read our <a href="/campaigns/campaign/314">spring offer</a> and wants a quote.',
    });
    const mail = read(personPage([note, doneCall])).activities.find((a) => a.title.includes('Asked about pricing'));
    expect(mail).toMatchObject({ type: 'note' });
  });

  it('a note whose first line is a campaign’s link, without the campaign’s icon, stays a note', () => {
    const note = entry({
      head: '<a href="/campaigns/campaign/12">November newsletter</a>',
      date: 'Nov 15 at 9:00 AM',
      owner: 'Casey Nguyen',
      body: 'He asked to stay on the list.',
    });
    const types = read(personPage([note, doneCall])).activities.map((a) => a.type);
    expect(types.sort()).toEqual(['call', 'note']);
  });
});
