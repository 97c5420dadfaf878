/**
 * metrics.md: calls, emails, meetings, social and sms are touches; social is LinkedIn and similar; a
 * meeting listed in the CRM's past section was held. crm-evidence-2.md: a Pipedrive History entry
 * may carry its type "only in an icon's aria-label/title". Integrations file their messages there
 * with no done toggle and no activity link, their type in the icon alone: a WhatsApp message, a
 * LinkedIn message, a video call. The type the icon's name says (classify-activity.ts typeOfName)
 * makes the entry an activity of that type ("Video call" holds the default type "call", as a
 * company's "Demo call" does: a call). An icon no word names, and an image in a note's text, leave a
 * note a note (metrics.md: notes are never touches).
 */
import { describe, expect, it } from 'vitest';
import { classless, doneCall, entry, personPage } from './integration-history-page';
import { readOk } from './read-written-page';

const whatsapp = entry({
  icon: 'WhatsApp',
  head: 'Tomás Herrera',
  date: 'Nov 17 at 4:20 PM',
  body: 'Can we move to Thursday?',
});
const linkedin = entry({
  icon: 'LinkedIn',
  head: 'LinkedIn message sent',
  date: 'Nov 16 at 10:05 AM',
  owner: 'Casey Nguyen',
});
const videoCall = entry({
  icon: 'Video call',
  head: '<a href="https://zoom.us/j/8812345">Zoom: pricing walkthrough</a>',
  date: 'Nov 12 at 2:00 PM',
  owner: 'Casey Nguyen',
});

const byTitle = (html: string) => {
  const result = readOk('/person/3107', html, { title: 'Tomás Herrera' });
  return { result, find: (title: string) => result.activities.find((a) => a.title.includes(title)) };
};

describe('Pipedrive: History entries an integration types by their icon alone', () => {
  it.each([
    ['newer view', (html: string) => html],
    ['without classes', classless],
  ])('%s: a WhatsApp message is sms, a LinkedIn message social, a video call a call', (_, look) => {
    const { find } = byTitle(look(personPage([whatsapp, linkedin, videoCall, doneCall])));
    expect(find('Tomás Herrera')).toMatchObject({ type: 'sms', channel: 'sms' });
    expect(find('LinkedIn message sent')).toMatchObject({ type: 'social', channel: 'social' });
    expect(find('Zoom: pricing walkthrough')).toMatchObject({ type: 'call', channel: 'call' });
    expect(find('Intro call')).toMatchObject({ type: 'call' });
  });

  it.each([
    [
      'a telephone emoji drawn as an image in its text',
      '<span role="img" aria-label="telephone receiver">📞</span> back next week',
    ],
    [
      'a LinkedIn logo in a profile link',
      '<a href="https://linkedin.com/in/tomas"><img role="img" alt="LinkedIn" aria-label="LinkedIn"></a> his profile',
    ],
  ])('a note with %s stays a note, no touch', (_, body) => {
    const note = entry({
      head: 'Left the brochure at reception',
      date: 'Nov 10 at 8:00 AM',
      owner: 'Casey Nguyen',
      body,
    });
    const { result } = byTitle(personPage([note, doneCall]));
    expect(result.activities.map((a) => a.type).sort()).toEqual(['call', 'note']);
  });

  it.each([
    ['Demo follow-up email', 'email'],
    ['Record demo video task', 'task'],
  ])('an activity typed "%s" keeps the default type its name holds (%s)', (type, expected) => {
    const activity = entry({
      icon: type,
      head: `<button class="cui5-checkbox" role="checkbox" aria-checked="true"></button><a href="/activities/5177">Spring follow-up</a>`,
      date: 'Nov 13 at 9:00 AM',
      owner: 'Casey Nguyen',
    });
    expect(byTitle(personPage([activity, doneCall])).find('Spring follow-up')?.type).toBe(expected);
  });

  it('a note with no type icon stays a note, an emoji drawn as an image in its text with it', () => {
    const note = entry({
      head: 'Tomás prefers mornings',
      date: 'Nov 10 at 8:00 AM',
      owner: 'Casey Nguyen',
      body: 'Great chat <span role="img" aria-label="party popper">🎉</span>',
    });
    const { result, find } = byTitle(personPage([note, doneCall]));
    expect(find('Tomás prefers mornings')).toMatchObject({ type: 'note' });
    expect(result.notRead.filter((n) => n.field === 'activities.type')).toEqual([]);
  });
});

describe('Pipedrive: a note headed by its author’s avatar', () => {
  it.each([
    ['initials', '<span class="cui5-avatar" role="img" aria-label="Casey Nguyen">CN</span>'],
    ['a name alone', '<span class="cui5-avatar" role="img" aria-label="Casey Nguyen"></span>'],
  ])('avatar showing %s: still a note, no type reported', (_, avatar) => {
    const note = `<li class="HistoryEntry_entry__w9Pz">${avatar}<div class="HistoryEntry_body__w9Pz">
 <div class="HistoryEntry_head__w9Pz">Budget approved in Q1</div>
 <div class="HistoryEntry_meta__w9Pz"><span>Nov 10 at 8:00 AM</span> · <span>Casey Nguyen</span></div></div></li>`;
    const result = readOk('/person/3107', personPage([note, doneCall]), { title: 'Tomás Herrera' });
    expect(result.activities.filter((a) => a.type !== 'call').map((a) => a.type)).toEqual(['note']);
    expect(result.notRead.filter((n) => n.field === 'activities.type')).toEqual([]);
  });
});
