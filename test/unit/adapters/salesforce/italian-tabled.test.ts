import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * contact-activity-groups as an Italian user sees it, read with Salesforce's Italian word table.
 * The wording is written by hand in the style of Salesforce's Italian UI (Attività for a Task,
 * Evento, Chiamata; "Hai registrato una chiamata con …"), a guess of the exact text (trust C):
 * labels, tab and section names, type words on icons, summary sentences (with the typographic
 * apostrophe Lightning prints), From/To rows ("Da:", "A:"), 24-hour times and Italian month names.
 * Subjects and picklist values stay as the org wrote them. Oracle: the English page's reading.
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
const english = readPage(page.html, page.url);
const reading = readPage(italian, page.url);
const facts = (r: typeof reading) =>
  r.activities.map(({ title, type, direction, planned, outcome, timestamp, owner, automated }) => ({
    title,
    type,
    direction,
    planned,
    outcome,
    timestamp,
    owner,
    automated,
  }));
const item = (title: string) => reading.activities.find((a) => a.title === title);

describe('a Salesforce page in Italian (word table)', () => {
  it('is the page the test means: in Italian, with no English wording left in the timeline', () => {
    expect(italian).not.toMatch(/You (have|had|logged)|Upcoming|From:|>Call</);
  });

  it('reads every item as the English page does: types, directions, open or done, dates', () => {
    expect(facts(english).length).toBeGreaterThan(3);
    expect(facts(reading)).toEqual(facts(english));
  });

  it('reads the received email as inbound, the logged call as outbound, the open Task as planned', () => {
    expect(item('Re: Case study')).toMatchObject({ type: 'email', direction: 'inbound' });
    expect(item('Follow-up call')).toMatchObject({ type: 'call', direction: 'outbound', outcome: 'no-answer' });
    expect(item('Send case study')).toMatchObject({ type: 'task', planned: true });
    expect(item('Discovery meeting')?.planned).toBeUndefined();
  });

  it('reports nothing as not read for want of Italian words', () => {
    expect(reading.notRead.filter((n) => /no words for/.test(n.reason))).toEqual([]);
    // The same gaps as the English page (their reasons quote the page's own wording).
    expect(reading.notRead.map((n) => n.field)).toEqual(english.notRead.map((n) => n.field));
  });

  it('reads a Task whose sentence says "Hai registrato una chiamata" as a call the viewer made', () => {
    const logged = edited(italian, [
      'Hai un’attività imminente con Maria Jensen',
      'Hai registrato una chiamata con Maria Jensen',
    ]);
    const task = readPage(logged, page.url).activities.find((a) => a.title === 'Send case study');
    expect(task).toMatchObject({ type: 'call', direction: 'outbound' });
    expect(task?.owner).toBeUndefined();
  });

  it('names a colleague who logged the call as its owner ("Giulia Bianchi ha registrato …")', () => {
    const logged = edited(italian, [
      'Hai un’attività imminente con Maria Jensen',
      'Giulia Bianchi ha registrato una chiamata con Maria Jensen',
    ]);
    const task = readPage(logged, page.url).activities.find((a) => a.title === 'Send case study');
    expect(task).toMatchObject({ type: 'call', direction: 'outbound', owner: 'Giulia Bianchi' });
  });
});
