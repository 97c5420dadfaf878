// @vitest-environment happy-dom
/**
 * The second path (no class, id or test id) finds items by their date lines (find-items.ts). A
 * sidebar property row is a label and its value on one line, often with a "Details" button:
 * counted as three text parts, the date-valued rows ("Recent Sales Email Replied Date", "Last
 * Meeting Booked") became timeline items (an inbound email, a held meeting) and the other rows of
 * their shape ("Email") joined them as undated touches. A timeline item says more than its date
 * line: a subject or a sentence in a block beside it (item-text.ts).
 */
import { describe, expect, it } from 'vitest';
import { readContact } from './contact-page';

const item = (header: string, time: string, subject: string, sentence: string) =>
  `<div><div><span>${header}</span><span>${time}</span></div><div><span>${subject}</span><p>${sentence}</p></div></div>`;

const page = (row: (label: string, value: string) => string, feedEnd = '') => `<!DOCTYPE html>
<html lang="en-US"><head><title>Lena Vogt | HubSpot</title></head><body>
<div><div><h1>Lena Vogt</h1><div>
${row('Email', 'lena.vogt@northwind.example')}${row('Contact owner', 'Alex Morgan')}${row('Create date', 'Sep 2, 2026 8:00 AM')}
${row('Recent Sales Email Replied Date', 'Nov 19, 2026 11:00 AM')}${row('Last Meeting Booked', 'Nov 12, 2026 5:00 PM')}
${row('Last contacted', 'Nov 19, 2026 11:00 AM')}
</div></div>
<div><h2>Activity</h2><section><h3>November 2026</h3>
${item('Logged call', 'Nov 18, 2026 at 10:00 AM', 'call about the fleet', 'Alex Morgan logged a call with Lena Vogt')}
${item('Email', 'Nov 17, 2026 at 9:00 AM', 'Pricing', 'from Alex Morgan to Lena Vogt')}
${feedEnd}</section></div></div></body></html>`;

const rows = {
  'label, value and a "Details" button': (label: string, value: string) =>
    `<div><span>${label}</span><span>${value}</span><button type="button">Details</button></div>`,
  'the "Details" button beside the value, in its own block': (label: string, value: string) =>
    `<div><span>${label}</span><div><span>${value}</span><button type="button">Details</button></div></div>`,
  'a label with its help text, and the value': (label: string, value: string) =>
    `<div><label><span>${label}</span><span>What HubSpot keeps in ${label}</span></label><span>${value}</span></div>`,
};

describe('HubSpot without test ids: sidebar property rows are no timeline items', () => {
  it.each(Object.entries(rows))('rows of %s: only the timeline’s two touches are read', (_, row) => {
    const reading = readContact(page(row));
    expect(reading.activities.map((a) => a.title)).toEqual(['call about the fleet', 'Pricing']);
    expect(reading.activities.map((a) => a.type)).toEqual(['call', 'email']);
    expect(reading.notRead.filter((n) => n.field.startsWith('activities'))).toEqual([]);
  });

  it('a block of the items’ shape saying one thing beside a button is no undated item', () => {
    const footer =
      '<div><div><span>Showing 2 of 2 activities</span></div><div><button type="button">Collapse all</button></div></div>';
    const reading = readContact(page(rows['label, value and a "Details" button'], footer));
    expect(reading.activities.map((a) => a.title)).toEqual(['call about the fleet', 'Pricing']);
    expect(reading.notRead.filter((n) => n.field.startsWith('activities'))).toEqual([]);
  });
});
