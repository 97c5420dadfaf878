// @vitest-environment happy-dom
/**
 * Review s42 (the second path). Without a title hook an item's body starts with its subject, then
 * the sentence naming the rep ("Quarterly Review" + "Alex Morgan logged a call with Lena Vogt"). A
 * subject of capitalised words (any German noun, "Demo", "Quarterly Review") ran into the name: the
 * owner came out as "Quarterly Review Alex Morgan", a rep that does not exist (a row of its own in
 * the team view, one more rep in "activity per rep").
 */
import { describe, expect, it } from 'vitest';
import { bodyOwner, type OwnerWording } from '../../../../lib/adapters/hubspot/item-owner';
import { de } from '../../../../lib/adapters/hubspot/words/de';
import { en } from '../../../../lib/adapters/hubspot/words/en';
import type { ReadResult } from '../../../../lib/schema/read-result';
import { stripPage } from '../../../robustness/page-transforms';
import { CONTACT_URL } from './contact-page';
import { readFixture, readPage } from './read-page';

/** An item without classes, ids or data attributes: header line, subject, then the sentence. */
const item = (header: string, time: string, subject: string, sentence: string) =>
  `<div><div><span>${header}</span><span>${time}</span></div><div><span>${subject}</span><p>${sentence}</p></div></div>`;

const page = (lang: string, owner: [string, string], items: string) =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>Lena Vogt | HubSpot</title></head><body>
<div><div><h1>Lena Vogt</h1><div><div><span>${owner[0]}</span><span>${owner[1]}</span></div></div></div>
<div><h2>Activity</h2><section><h3>November 2026</h3>${items}</section></div></div></body></html>`;

function callOwner(result: ReadResult): string | undefined {
  if (result.status !== 'read') throw new Error(`not read: ${result.status}`);
  const call = result.activities.find((a) => a.type === 'call');
  if (!call) throw new Error('no call read');
  return call.owner;
}

const english = (subject: string, sentence: string) =>
  readPage(
    page(
      'en-US',
      ['Contact owner', 'Alex Morgan'],
      item('Logged call', 'Nov 18, 2026 at 10:00 AM', subject, sentence) +
        item('Email', 'Nov 17, 2026 at 9:00 AM', 'Pricing', 'from Alex Morgan to Lena Vogt'),
    ),
    CONTACT_URL,
  );

const german = (subject: string, sentence: string) =>
  readPage(
    page(
      'de-DE',
      ['Kontaktinhaber', 'Alex Morgan'],
      item('Anruf', '18. Nov. 2026 um 10:00', subject, sentence) +
        item('E-Mail', '17. Nov. 2026 um 09:00', 'Angebot', 'von Alex Morgan an Lena Vogt'),
    ),
    CONTACT_URL,
  );

describe('HubSpot item owner from the body sentence after a subject, without test ids', () => {
  it('English: "Quarterly Review" + "Alex Morgan logged a call" is Alex Morgan\'s call', () => {
    expect(callOwner(english('Quarterly Review', 'Alex Morgan logged a call with Lena Vogt'))).toBe('Alex Morgan');
  });

  it('German: "Erstgespräch" + "Alex Morgan hat einen Anruf protokolliert" is Alex Morgan\'s call', () => {
    expect(callOwner(german('Erstgespräch', 'Alex Morgan hat einen Anruf mit Lena Vogt protokolliert'))).toBe(
      'Alex Morgan',
    );
  });

  it('a rep the page names nowhere else is read without the subject ("Chris Lee", not "Erstgespräch Chris Lee")', () => {
    expect(callOwner(german('Erstgespräch', 'Chris Lee hat einen Anruf mit Lena Vogt protokolliert'))).toBe(
      'Chris Lee',
    );
    expect(callOwner(english('Quarterly Review', 'Chris Lee logged a call with Lena Vogt'))).toBe('Chris Lee');
  });

  it('the record\'s contact after a subject is no owner ("Erstgespräch Lena Vogt" is no rep)', () => {
    expect(callOwner(german('Erstgespräch', 'Lena Vogt hat angerufen'))).toBeUndefined();
  });

  it('(control) a subject that is the sentence itself still names the rep', () => {
    expect(callOwner(english('Alex Morgan logged a call with Lena Vogt', 'Chris Lee called back about pricing'))).toBe(
      'Alex Morgan',
    );
  });
});

describe('HubSpot item owner in one run of text', () => {
  const wording: OwnerWording = { words: [de, en], contactNames: ['Lena Vogt'], shown: ['Alex Morgan'] };
  const outbound = { direction: 'outbound' } as const;

  it('takes the name the page knows where capitalised words run into it', () => {
    expect(bodyOwner('Erstgespräch Alex Morgan hat einen Anruf protokolliert', outbound, wording)).toBe('Alex Morgan');
    expect(bodyOwner('Quarterly Review Alex Morgan logged a call', outbound, wording)).toBe('Alex Morgan');
  });

  it("guesses no name longer than a known one it holds, and never the record's contact", () => {
    expect(bodyOwner('Review Alex Morgan Team logged a call', outbound, wording)).toBeUndefined();
    expect(bodyOwner('Erstgespräch Lena Vogt hat angerufen', outbound, wording)).toBeUndefined();
  });
});

describe('HubSpot saved pages stripped of classes, ids and data attributes', () => {
  const owners = (result: ReadResult) =>
    result.status === 'read' ? result.activities.map((a) => `${a.type} ${a.title}: ${a.owner ?? '-'}`) : [];

  it.each(['demo-contact-busiest', 'demo-contact-other', 'contact-no-attributes', 'contact-preview-feed-de'])(
    '%s gives each item the owner the whole page gives it ("LinkedIn InMail" is a subject, not part of a name)',
    (name) => {
      const whole = owners(readFixture(name));
      expect(whole.length).toBeGreaterThan(2);
      expect(owners(readFixture(name, stripPage))).toEqual(whole);
    },
  );
});
