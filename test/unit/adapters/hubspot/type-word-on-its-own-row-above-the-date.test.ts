// @vitest-environment happy-dom
/**
 * HubSpot's older contact record (review gen53): a timeline card
 * (`[data-selenium-test="timeline-card"]`, crm-pages.md) shows its type word ("Logged call",
 * "Email", "Meeting") in a plain row of its own beside its action buttons, the date on the row
 * below, and no header element. No public source shows that inner markup (crm-pages.md: "read
 * them from the item's header text"), so the type is read from the card's first row whatever its
 * classes, and never from words in its body.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, readHubSpot, timeline } from './contact-record';

interface Card {
  id: string;
  type: string;
  date: string;
  title: string;
  body: string;
  /** Where the type word sits: its own row above the date (the older record) or, unread, below it. */
  typeRow?: 'above' | 'below';
}

function card({ id, type, date, title, body, typeRow = 'above' }: Card): string {
  const actions = `<div data-selenium-test="timeline-header-actions" data-selenium-id="${id}"><button>Actions</button><button data-selenium-test="timeline-pin-engagement-button" data-selenium-id="${id}">Pin</button></div>`;
  const typeWord = type ? `<div><span>${type}</span></div>` : '';
  const top =
    typeRow === 'above'
      ? `<div>${typeWord}${actions}</div><div><small>${date}</small></div>`
      : `<div><small>${date}</small>${actions}</div><div>${typeWord}</div>`;
  return `<div data-selenium-test="timeline-card">${top}<div data-selenium-test="timeline-editable-title">${title}</div><div>${body}</div></div>`;
}

const call = {
  id: '7002',
  type: 'Logged call',
  date: 'Nov 18, 2026 at 10:02 AM EST',
  title: 'Pricing call',
  body: 'Outcome: Connected. Walked Lena through pricing',
};
const reply = {
  id: '7003',
  type: 'Email',
  date: 'Nov 17, 2026 at 9:12 AM EST',
  title: 'Re: Pilot proposal',
  body: 'from Lena Vogt to Sam Ortiz',
};
const meeting = {
  id: '7004',
  type: 'Meeting',
  date: 'Nov 10, 2026 at 11:00 AM EST',
  title: 'Demo',
  body: 'Attendees: Lena Vogt, Sam Ortiz',
};

function read(...cards: Card[]) {
  return readStripped(false, ...cards);
}

/** `strip`: the same page without classes, ids or test ids (the second path). */
function readStripped(strip: boolean, ...cards: Card[]) {
  const middle = timeline(`<h4>November 2026</h4>${cards.map(card).join('')}`);
  const reading = readHubSpot(contactRecord({ name: 'Lena Vogt', middle }), { strip });
  const byTitle = Object.fromEntries(reading.activities.map((a, at) => [a.title, { ...a, at }]));
  const typeReported = (title: string) =>
    reading.notRead.some((n) => n.field === `activities[${byTitle[title]?.at}].type`);
  return { byTitle, typeReported };
}

describe('a timeline card whose type word sits on its own row above the date', () => {
  it('reads the call, the reply email and the meeting by their type words', () => {
    const { byTitle } = read(call, reply, meeting);
    expect(byTitle['Pricing call']).toMatchObject({ type: 'call', direction: 'outbound', outcome: 'connected' });
    expect(byTitle['Re: Pilot proposal']).toMatchObject({ type: 'email', direction: 'inbound', sourceId: '7003' });
    expect(byTitle.Demo).toMatchObject({ type: 'meeting' });
  });

  it('reads them alike on the page stripped of its test ids and classes', () => {
    const { byTitle } = readStripped(true, call, reply, meeting);
    expect(byTitle['Pricing call']).toMatchObject({ type: 'call', outcome: 'connected' });
    expect(byTitle['Re: Pilot proposal']).toMatchObject({ type: 'email', direction: 'inbound' });
    expect(byTitle.Demo).toMatchObject({ type: 'meeting' });
  });

  it('keeps the type of its first row whatever its body says', () => {
    const { byTitle } = read({
      ...reply,
      body: "from Lena Vogt to Sam Ortiz I'll call you Thursday to set up a meeting",
    });
    expect(byTitle['Re: Pilot proposal']).toMatchObject({ type: 'email', direction: 'inbound' });
  });

  it('never takes the type from the body when the first row names none', () => {
    const { byTitle, typeReported } = read({ ...call, type: '', body: 'Called Lena about the meeting' });
    expect(byTitle['Pricing call']?.type).not.toBe('call');
    expect(typeReported('Pricing call')).toBe(true);
  });
});

describe('a type word the reader does not find where it looks', () => {
  it('leaves the reply reported as not read, never a silent non-touch', () => {
    const { byTitle, typeReported } = read({ ...reply, typeRow: 'below' });
    const { type } = byTitle['Re: Pilot proposal'] ?? {};
    expect(type === 'email' || typeReported('Re: Pilot proposal')).toBe(true);
  });
});
