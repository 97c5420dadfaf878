import { describe, expect, it } from 'vitest';
import { contactPage, previewItem, readContact } from './contact-page';

/**
 * crm-evidence-2.md: "class names and even test ids churn"; readers should "find items by what they
 * are (a list of repeated siblings with a date and a subject), not only by one attribute". Notes
 * carry their own test id (`timeline-note-event`): were HubSpot to rename the previews' id
 * (`timeline-preview-event`) alone, the notes still match, and a reader that looks by shape only
 * when no test id matches reads the notes and nothing else, telling no one it left the rest.
 *
 * By hand, at the fixtures' clock (2026-11-20T15:00Z, UTC): the feed shows a note and four
 * touches (two logged calls, an email sent, a meeting); all five are read, the note once.
 */
const ITEMS = [
  {
    header: 'Logged call - Connected',
    date: 'Nov 18, 2026 at 11:20 AM',
    icon: 'Call',
    body: 'Went over the renewal terms',
  },
  { header: 'Note by Jonas Park', date: 'Nov 17, 2026 at 4:00 PM', note: true, body: 'Prefers calls after lunch.' },
  {
    header: 'Email - Renewal quote',
    date: 'Nov 16, 2026 at 9:05 AM',
    icon: 'Email',
    body: 'Hi Lena, the quote is attached.',
  },
  { header: 'Meeting - Renewal review', date: 'Nov 12, 2026 at 2:00 PM', icon: 'Meeting', body: 'Outcome: Completed' },
  { header: 'Logged call - No answer', date: 'Nov 10, 2026 at 10:30 AM', icon: 'Call', body: 'Rang her mobile' },
];

const feed = (previewId: string) =>
  `<div><h3>November 2026</h3>${ITEMS.map((item) => previewItem(item).replace('"timeline-preview-event"', `"${previewId}"`)).join('')}</div>`;

/** Each item as type and day, and what the reading says it left out of the timeline. */
function read(previewId: string) {
  const r = readContact(contactPage({ feed: feed(previewId) }));
  return {
    items: r.activities.map((a) => `${a.type} ${a.timestamp?.slice(0, 10)}`),
    leftOut: r.notRead.filter((n) => n.field === 'activities'),
  };
}

const ALL = {
  items: ['call 2026-11-18', 'note 2026-11-17', 'email 2026-11-16', 'meeting 2026-11-12', 'call 2026-11-10'],
  leftOut: [],
};

describe('HubSpot: previews whose test id was renamed, beside notes that keep theirs', () => {
  it('with the known test id (control): the note and the four touches are read', () => {
    expect(read('timeline-preview-event')).toEqual(ALL);
  });

  it('under a renamed test id: the four touches are found by their shape beside the note, the note read once', () => {
    expect(read('timeline-event-preview')).toEqual(ALL);
  });

  it('a feed of notes only is read as its notes, each once, nothing else found beside them', () => {
    const notes = ITEMS.filter((item) => item.note).concat({
      header: 'Note by Jonas Park',
      date: 'Nov 3, 2026 at 8:15 AM',
      note: true,
      body: 'Asked for the renewal date in writing.',
    });
    const r = readContact(contactPage({ feed: `<div><h3>November 2026</h3>${notes.map(previewItem).join('')}</div>` }));
    expect(r.activities.map((a) => `${a.type} ${a.timestamp?.slice(0, 10)}`)).toEqual([
      'note 2026-11-17',
      'note 2026-11-03',
    ]);
    expect(r.notRead.filter((n) => n.field === 'activities')).toEqual([]);
  });
});
