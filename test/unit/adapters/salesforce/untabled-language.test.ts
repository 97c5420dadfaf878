import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * contact-activity-groups as an Italian user sees it. Touchline has no Italian word table. The
 * wording is written by hand in the style of Salesforce's Italian UI, a guess (trust C): labels,
 * tab and section names, type words on icons, summary sentences, From/To rows ("Da:", "A:"),
 * 24-hour times and Italian month names. Subjects and picklist values stay as the org wrote them.
 * The late marker ("Scaduta") is styled as in deal-activity-groups: an element of its own.
 */
const page = fixturePage('salesforce', 'contact-activity-groups');
const italian = edited(
  page.html,
  ['<html lang="en-US">', '<html lang="it-IT">'],
  [/title="Details"(.*?)>Details</, 'title="Dettagli"$1>Dettagli<'],
  [/title="Activity"(.*?)>Activity</, 'title="Attività"$1>Attività<'],
  ['>Upcoming &amp; Overdue<', '>Imminenti e scadute<'],
  [
    /title="Task"><span class="slds-assistive-text">Task</g,
    'title="Attività"><span class="slds-assistive-text">Attività<',
  ],
  [
    /title="Event"><span class="slds-assistive-text">Event</g,
    'title="Evento"><span class="slds-assistive-text">Evento<',
  ],
  [
    'title="Call"><span class="slds-assistive-text">Call<',
    'title="Chiamata"><span class="slds-assistive-text">Chiamata<',
  ],
  ['>No due date<', '>Nessuna data di scadenza<'],
  ['You have an upcoming Task with Maria Jensen', 'Hai un’attività imminente con Maria Jensen'],
  ['9:00 AM | Dec 3', '09:00 | 3 dic'],
  ['You have an upcoming Event with Maria Jensen', 'Hai un evento imminente con Maria Jensen'],
  ['>This Month<', '>Questo mese<'],
  ['8:47 AM | Nov 19', '08:47 | 19 nov'],
  ['>From:<', '>Da:<'],
  ['>To:<', '>A:<'],
  ['3:30 PM | Nov 17</span></div>', '15:30 | 17 nov</span></div>'],
  ['You logged a call with Maria Jensen</div>', 'Hai registrato una chiamata con Maria Jensen</div>'],
  ['>Call Result<', '>Risultato chiamata<'],
  [
    'Call, 3:30 PM | Nov 17, You logged a call with Maria Jensen',
    'Chiamata, 15:30 | 17 nov, Hai registrato una chiamata con Maria Jensen',
  ],
  ['>Nov 13<', '>13 nov<'],
  ['You had a Task with Maria Jensen', 'Hai avuto un’attività con Maria Jensen'],
  ['>October • 2026<', '>ottobre • 2026<'],
  ['2:00 PM | Oct 22', '14:00 | 22 ott'],
  ['You had an Event with Maria Jensen', 'Hai avuto un evento con Maria Jensen'],
);
const reading = readPage(italian, page.url);
const item = (title: string) => reading.activities.find((a) => a.title === title);
const notReadOf = (title: string) => reading.notRead.filter((n) => n.field.endsWith(` of "${title}"`));

describe('a Salesforce page in a language without a word table (Italian)', () => {
  it('is the page the test means: in Italian, with no English wording left in the timeline', () => {
    expect(italian).not.toMatch(/You (have|had|logged)|Upcoming|From:|>Call</);
  });

  it('says it did not read the direction of a received email, instead of calling it outbound', () => {
    expect(item('Re: Case study')).toMatchObject({ type: 'email', direction: 'unknown' });
    expect(notReadOf('Re: Case study')).toEqual([
      {
        field: 'direction of "Re: Case study"',
        reason: 'the page is in "it", a language Touchline has no words for: who sent it is only in its wording',
      },
    ]);
  });

  it('reads a logged call by its icon, and says it did not read its direction', () => {
    expect(item('Follow-up call')).toMatchObject({ type: 'call', direction: 'unknown' });
    expect(notReadOf('Follow-up call').map((n) => n.field)).toEqual(['direction of "Follow-up call"']);
  });

  it('says a Task may be a touch its wording would tell', () => {
    expect(item('Send case study')).toMatchObject({ type: 'task', planned: true });
    expect(notReadOf('Send case study')).toContainEqual({
      field: 'type of "Send case study"',
      reason:
        'the page is in "it", a language Touchline has no words for: a Task may be a logged call or email, which only its wording tells',
    });
  });

  it('still reads what needs no words: events, open or done', () => {
    expect(item('Quarterly check-in')).toMatchObject({ type: 'meeting', direction: 'outbound', planned: true });
    expect(item('Discovery meeting')).toMatchObject({ type: 'meeting', direction: 'outbound' });
    expect(item('Discovery meeting')?.planned).toBeUndefined();
  });

  it('dates an open Task whose late marker it cannot read on the nearest such day', () => {
    const late = edited(italian, [
      '<span class="slds-text-body_small">Nessuna data di scadenza</span>',
      '<span class="slds-text-color_error">Scaduta</span> <span class="slds-text-body_small">18 nov</span>',
    ]);
    const task = readPage(late, page.url).activities.find((a) => a.title === 'Send case study');
    expect(task).toMatchObject({ planned: true, timestamp: '2026-11-18T00:00:00.000Z' });
  });
});
