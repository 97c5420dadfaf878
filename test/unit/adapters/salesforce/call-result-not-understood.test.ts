import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * A logged call's "Call Result" is Task.CallDisposition, free text or the org's own call result
 * values (Salesforce's object reference documents no fixed list in any language), so a German org
 * may write "Mailbox" where an English one writes "Left voicemail". A result the reader cannot map
 * is data on the page it did not read: the outcome is `unknown` and notRead says so, and the rep's
 * comments, which name outcomes in passing, do not stand in for it.
 * contact-activity-groups-de's call is "Nachfassanruf" with "Anrufergebnis  No answer".
 */
const de = fixturePage('salesforce', 'contact-activity-groups-de');
const withResult = (result: string, comments = '') =>
  edited(de.html, [
    '<dd class="slds-item--detail">No answer</dd>',
    `<dd class="slds-item--detail">${result}</dd>${comments}`,
  ]);
const read = (html: string) => {
  const reading = readPage(html, de.url);
  return {
    outcome: reading.activities.find((a) => a.title === 'Nachfassanruf')?.outcome,
    notRead: reading.notRead.filter((n) => n.field === 'outcome of "Nachfassanruf"'),
  };
};

describe('a Call Result the reader has no words for', () => {
  it('gives outcome unknown and says which result it could not read ("Mailbox")', () => {
    expect(read(withResult('Mailbox'))).toEqual({
      outcome: 'unknown',
      notRead: [
        {
          field: 'outcome of "Nachfassanruf"',
          reason: 'its Call Result "Mailbox" is wording Touchline has no outcome for',
        },
      ],
    });
  });

  it('is not replaced by an outcome the comments mention ("Verbunden", comments about a voicemail)', () => {
    const comments =
      '<dt class="slds-item_label">Kommentare</dt><dd class="slds-item--detail">Hatte meine Voicemail gehört.</dd>';
    const { outcome, notRead } = read(withResult('Verbunden', comments));
    expect(outcome).toBe('unknown');
    expect(notRead.map((n) => n.reason)).toEqual([
      'its Call Result "Verbunden" is wording Touchline has no outcome for',
    ]);
  });

  it('leaves nothing unread when the result is one it knows (the page as saved: "No answer")', () => {
    expect(read(de.html)).toEqual({ outcome: 'no-answer', notRead: [] });
  });
});

/**
 * contact-activity-groups' call ("Follow-up call", "Call Result  No answer") as a Swedish user would
 * see it, wording written by hand in the style of Salesforce's Swedish UI (a guess, trust C), with
 * the org's result in Swedish too. Touchline has no Swedish table: the result's label is not found
 * and only wording would say how the call went.
 */
describe('a call on a page in a language without a word table (Swedish)', () => {
  const en = fixturePage('salesforce', 'contact-activity-groups');
  const swedish = edited(
    en.html,
    ['<html lang="en-US">', '<html lang="sv-SE">'],
    [
      'title="Call"><span class="slds-assistive-text">Call<',
      'title="Samtal"><span class="slds-assistive-text">Samtal<',
    ],
    [/You logged a call with Maria Jensen/g, 'Du loggade ett samtal med Maria Jensen'],
    ['>Call Result<', '>Samtalsresultat<'],
  );
  const call = (html: string) => {
    const reading = readPage(html, en.url);
    return {
      outcome: reading.activities.find((a) => a.title === 'Follow-up call')?.outcome,
      notRead: reading.notRead.filter((n) => n.field === 'outcome of "Follow-up call"'),
    };
  };

  it('says it did not read the outcome ("Inget svar")', () => {
    const result = edited(swedish, ['>No answer<', '>Inget svar<']);
    expect(call(result)).toEqual({
      outcome: 'unknown',
      notRead: [
        {
          field: 'outcome of "Follow-up call"',
          reason: 'the page is in "sv", a language Touchline has no words for: only its wording says how the call went',
        },
      ],
    });
  });

  it('still reads a result the org kept in English ("No answer")', () => {
    expect(call(swedish)).toEqual({ outcome: 'no-answer', notRead: [] });
  });
});
