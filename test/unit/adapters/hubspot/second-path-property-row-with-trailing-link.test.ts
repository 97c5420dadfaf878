// @vitest-environment happy-dom
/**
 * HubSpot second path (no test ids): a property row whose value is a date
 * and whose label opens with a type word ("Meeting booked", "Email sent") is a label and a value,
 * not a touch. Commit f349b87 reads a one-line item when a type word opens it and some text follows
 * its date; a property row followed by a link (an "Edit"/"Details" link drawn as <a>, not a
 * <button>) now has text after its date, so it is read as a meeting and an email that never
 * happened. Before f349b87 such rows were left out (saysMoreThanItsDateLine). A row whose label
 * names no type ("Create date") is no item of unknown wording either: nothing is reported.
 */
import { describe, expect, it } from 'vitest';
import { readContact } from './contact-page';

const twoBlocks = (header: string, time: string, subject: string, sentence: string) =>
  `<li><div><span>${header}</span><span>${time}</span></div><div><span>${subject}</span><p>${sentence}</p></div></li>`;

const linkRow = (label: string, value: string) =>
  `<div><span>${label}</span><span>${value}</span><a href="#details">Details</a></div>`;

const page = (feed: string) => `<!DOCTYPE html>
<html lang="en-US"><head><title>Lena Vogt | HubSpot</title></head><body>
<div><div><h1>Lena Vogt</h1><div>
${linkRow('Create date', 'Sep 2, 2026 8:00 AM')}${linkRow('Meeting booked', 'Nov 12, 2026 5:00 PM')}
${linkRow('Email sent', 'Nov 10, 2026 9:00 AM')}${linkRow('Last Contacted', 'Nov 10, 2026 9:00 AM')}
</div></div>
<div><h2>Activity</h2><section><h3>November 2026</h3><ul>
${feed}</ul></section></div></div></body></html>`;

describe('HubSpot without test ids: property rows with a trailing link', () => {
  it('are no touches: only the feed items are read', () => {
    const reading = readContact(
      page(
        twoBlocks('Logged call', 'Nov 18, 2026 at 10:00 AM', 'call about the fleet', 'Alex Morgan logged a call') +
          twoBlocks('Meeting', 'Nov 2, 2026 at 9:00 AM', 'Fleet review', 'Alex Morgan had a meeting with Lena Vogt'),
      ),
    );
    expect(reading.activities.map((a) => [a.type, a.title])).toEqual([
      ['call', 'call about the fleet'],
      ['meeting', 'Fleet review'],
    ]);
    expect(reading.notRead.filter((n) => n.field.startsWith('activities'))).toEqual([]);
  });

  it('with a note after the value instead: a label opening with a type word is no item, a known label no report', () => {
    const noted = (label: string, value: string) =>
      `<div><span>${label}</span><span>${value}</span><span>GMT+1</span></div>`;
    const html = page(
      twoBlocks('Logged call', 'Nov 18, 2026 at 10:00 AM', 'call about the fleet', 'Alex Morgan logged a call') +
        twoBlocks('Meeting', 'Nov 2, 2026 at 9:00 AM', 'Fleet review', 'Alex Morgan had a meeting with Lena Vogt'),
    ).replace(
      /<div><span>([^<]+)<\/span><span>([^<]+)<\/span><a href="#details">Details<\/a><\/div>/g,
      (_, label, value) => noted(label, value),
    );
    const reading = readContact(html);
    expect(reading.activities.map((a) => a.title)).toEqual(['call about the fleet', 'Fleet review']);
    const notes = reading.notRead.filter((n) => n.field.startsWith('activities'));
    expect(notes.map((n) => n.reason)).toEqual([
      '2 lines such as "Meeting booked Nov 12, 2026 5:00 PM GMT+1" have a date but show no type Touchline knows: not read as timeline items',
    ]);
  });
});
