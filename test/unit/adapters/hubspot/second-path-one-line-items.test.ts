// @vitest-environment happy-dom
/**
 * The second path (no class, id or test id) finds items by their date lines (find-items.ts). An
 * item laid out on one line ("Email | Nov 3, 2026 | Re: pricing": type, date and subject as sibling
 * texts, no header and body blocks) says no more than its date line the way a property row does
 * ("Last Meeting Booked | Nov 12, 2026 5:00 PM"), and was dropped without a word. It is read when a
 * type word opens it (or its icon names one) and a text follows its date, which a property row's
 * value never has beside it; a line of that shape showing no type is reported as not read.
 */
import { describe, expect, it } from 'vitest';
import { readContact } from './contact-page';

const twoBlocks = (header: string, time: string, subject: string, sentence: string) =>
  `<li><div><span>${header}</span><span>${time}</span></div><div><span>${subject}</span><p>${sentence}</p></div></li>`;
const oneLine = (header: string, time: string, subject: string) =>
  `<li><span>${header}</span><span>${time}</span><span>${subject}</span></li>`;

const rows = {
  'label, value and a "Details" button': (label: string, value: string) =>
    `<div><span>${label}</span><span>${value}</span><button type="button">Details</button></div>`,
  'the "Details" button beside the value, in its own block': (label: string, value: string) =>
    `<div><span>${label}</span><div><span>${value}</span><button type="button">Details</button></div></div>`,
  'a label with its help text, and the value': (label: string, value: string) =>
    `<div><label><span>${label}</span><span>What HubSpot keeps in ${label}</span></label><span>${value}</span></div>`,
};
type Row = (label: string, value: string) => string;

const page = (feed: string, row: Row = rows['label, value and a "Details" button']) => `<!DOCTYPE html>
<html lang="en-US"><head><title>Lena Vogt | HubSpot</title></head><body>
<div><div><h1>Lena Vogt</h1><div>
${row('Email', 'lena.vogt@northwind.example')}${row('Contact owner', 'Alex Morgan')}${row('Create date', 'Sep 2, 2026 8:00 AM')}
${row('Recent Sales Email Replied Date', 'Nov 19, 2026 11:00 AM')}${row('Last Meeting Booked', 'Nov 12, 2026 5:00 PM')}
${row('Meeting booked', 'Nov 12, 2026 5:00 PM')}${row('Email sent', 'Nov 10, 2026 9:00 AM')}
</div></div>
<div><h2>Activity</h2><section><h3>November 2026</h3><ul>
${feed}</ul></section></div></div></body></html>`;

const activityNotes = (reading: ReturnType<typeof readContact>) =>
  reading.notRead.filter((n) => n.field.startsWith('activities'));

describe('HubSpot without test ids: a timeline item on one line', () => {
  it('among items with a header and a body, is read with its type, date and subject', () => {
    const reading = readContact(
      page(
        twoBlocks('Logged call', 'Nov 18, 2026 at 10:00 AM', 'call about the fleet', 'Alex Morgan logged a call') +
          oneLine('Email', 'Nov 3, 2026', 'Re: pricing') +
          twoBlocks('Meeting', 'Nov 2, 2026 at 9:00 AM', 'Fleet review', 'Alex Morgan had a meeting with Lena Vogt'),
      ),
    );
    expect(reading.activities.map((a) => [a.type, a.title, a.timestamp?.slice(0, 10)])).toEqual([
      ['call', 'call about the fleet', '2026-11-18'],
      ['email', 'Re: pricing', '2026-11-03'],
      ['meeting', 'Fleet review', '2026-11-02'],
    ]);
    expect(activityNotes(reading)).toEqual([]);
  });

  it.each(Object.entries(rows))('every item on one line, beside property rows of %s', (_, row) => {
    const reading = readContact(
      page(
        oneLine('Logged call', 'Nov 18, 2026 at 10:00 AM', 'call about the fleet') +
          oneLine('Email', 'Nov 3, 2026', 'Re: pricing') +
          oneLine('Meeting', 'Oct 28, 2026 at 2:00 PM', 'Fleet review'),
        row,
      ),
    );
    expect(reading.activities.map((a) => [a.type, a.title])).toEqual([
      ['call', 'call about the fleet'],
      ['email', 'Re: pricing'],
      ['meeting', 'Fleet review'],
    ]);
    expect(activityNotes(reading)).toEqual([]);
  });

  it('with its type shown by an icon instead of a word, is read', () => {
    const icon = (label: string) => `<span role="img" aria-label="${label}"></span>`;
    const reading = readContact(
      page(
        oneLine(icon('Logged call'), 'Nov 18, 2026 at 10:00 AM', 'Fleet numbers') +
          oneLine(icon('Email'), 'Nov 3, 2026', 'Re: pricing'),
      ),
    );
    expect(reading.activities.map((a) => [a.type, a.title])).toEqual([
      ['call', 'Fleet numbers'],
      ['email', 'Re: pricing'],
    ]);
    expect(activityNotes(reading)).toEqual([]);
  });

  it('with nothing before its date, is reported as not read', () => {
    const reading = readContact(
      page(
        twoBlocks('Logged call', 'Nov 18, 2026 at 10:00 AM', 'call about the fleet', 'Alex Morgan logged a call') +
          oneLine('', 'Nov 3, 2026', 'Re: pricing'),
      ),
    );
    expect(reading.activities.map((a) => a.title)).toEqual(['call about the fleet']);
    expect(activityNotes(reading).map((n) => n.field)).toEqual(['activities']);
    expect(activityNotes(reading)[0]?.reason).toContain('Nov 3, 2026 Re: pricing');
  });

  it('without a type word Touchline knows, is reported as not read, never silently left out', () => {
    const reading = readContact(
      page(
        twoBlocks('Logged call', 'Nov 18, 2026 at 10:00 AM', 'call about the fleet', 'Alex Morgan logged a call') +
          oneLine('Besuch', 'Nov 3, 2026', 'Werkstatt in Köln') +
          twoBlocks('Email', 'Nov 2, 2026 at 9:00 AM', 'Pricing', 'from Alex Morgan to Lena Vogt'),
      ),
    );
    expect(reading.activities.map((a) => a.title)).toEqual(['call about the fleet', 'Pricing']);
    const notes = activityNotes(reading);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.field).toBe('activities');
    expect(notes[0]?.reason).toContain('Besuch');
  });

  it('a timeline of such lines only is reported as not read, not as a page without a timeline', () => {
    const reading = readContact(
      page(oneLine('Besuch', 'Nov 3, 2026', 'Werkstatt in Köln') + oneLine('Rückruf', 'Nov 2, 2026', 'Angebot')),
    );
    expect(reading.activities).toEqual([]);
    expect(activityNotes(reading)).toEqual([
      {
        field: 'activities',
        reason:
          '2 lines such as "Besuch Nov 3, 2026 Werkstatt in Köln" have a date but show no type Touchline knows: not read as timeline items',
      },
    ]);
  });
});
