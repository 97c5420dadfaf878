import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * contact-activity-groups as a Swedish user sees it. Touchline has no Swedish word table (Italian,
 * once this test's language, has one). The wording is written by hand in the style of Salesforce's
 * Swedish UI, a guess (trust C): labels, tab and section names, type words on icons, summary
 * sentences, From/To rows ("Från:", "Till:"), 24-hour times and Swedish month names (their
 * abbreviations are English or German ones, so the dates are read). Subjects and picklist values stay as the org wrote them.
 * The late marker ("Förfallen") is styled as in deal-activity-groups: an element of its own.
 */
const page = fixturePage('salesforce', 'contact-activity-groups');
const swedish = edited(
  page.html,
  ['<html lang="en-US">', '<html lang="sv-SE">'],
  [/title="Details"(.*?)>Details</, 'title="Information"$1>Information<'],
  [/title="Activity"(.*?)>Activity</, 'title="Aktivitet"$1>Aktivitet<'],
  ['>Upcoming &amp; Overdue<', '>Kommande och förfallna<'],
  [
    /title="Task"><span class="slds-assistive-text">Task</g,
    'title="Uppgift"><span class="slds-assistive-text">Uppgift<',
  ],
  [
    /title="Event"><span class="slds-assistive-text">Event</g,
    'title="Händelse"><span class="slds-assistive-text">Händelse<',
  ],
  ['title="Call"><span class="slds-assistive-text">Call<', 'title="Samtal"><span class="slds-assistive-text">Samtal<'],
  ['>No due date<', '>Inget förfallodatum<'],
  ['You have an upcoming Task with Maria Jensen', 'Du har en kommande uppgift med Maria Jensen'],
  ['9:00 AM | Dec 3', '09:00 | 3 dec.'],
  ['You have an upcoming Event with Maria Jensen', 'Du har en kommande händelse med Maria Jensen'],
  ['>This Month<', '>Denna månad<'],
  ['8:47 AM | Nov 19', '08:47 | 19 nov.'],
  ['>From:<', '>Från:<'],
  ['>To:<', '>Till:<'],
  ['3:30 PM | Nov 17</span></div>', '15:30 | 17 nov.</span></div>'],
  ['You logged a call with Maria Jensen</div>', 'Du loggade ett samtal med Maria Jensen</div>'],
  ['>Call Result<', '>Samtalsresultat<'],
  [
    'Call, 3:30 PM | Nov 17, You logged a call with Maria Jensen',
    'Samtal, 15:30 | 17 nov., Du loggade ett samtal med Maria Jensen',
  ],
  ['>Nov 13<', '>13 nov.<'],
  ['You had a Task with Maria Jensen', 'Du hade en uppgift med Maria Jensen'],
  ['>October • 2026<', '>oktober • 2026<'],
  ['2:00 PM | Oct 22', '14:00 | 22 okt.'],
  ['You had an Event with Maria Jensen', 'Du hade en händelse med Maria Jensen'],
);
const reading = readPage(swedish, page.url);
const item = (title: string) => reading.activities.find((a) => a.title === title);
const notReadOf = (title: string) => reading.notRead.filter((n) => n.field.endsWith(` of "${title}"`));

describe('a Salesforce page in a language without a word table (Swedish)', () => {
  it('is the page the test means: in Swedish, with no English wording left in the timeline', () => {
    expect(swedish).not.toMatch(/You (have|had|logged)|Upcoming|From:|>Call</);
  });

  it('says it did not read the direction of a received email, instead of calling it outbound', () => {
    expect(item('Re: Case study')).toMatchObject({ type: 'email', direction: 'unknown' });
    expect(notReadOf('Re: Case study')).toEqual([
      {
        field: 'direction of "Re: Case study"',
        reason: 'the page is in "sv", a language Touchline has no words for: who sent it is only in its wording',
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
        'the page is in "sv", a language Touchline has no words for: a Task may be a logged call or email, which only its wording tells',
    });
  });

  it('still reads what needs no words: events, open or done', () => {
    expect(item('Quarterly check-in')).toMatchObject({ type: 'meeting', direction: 'outbound', planned: true });
    expect(item('Discovery meeting')).toMatchObject({ type: 'meeting', direction: 'outbound' });
    expect(item('Discovery meeting')?.planned).toBeUndefined();
  });

  it('dates an open Task whose late marker it cannot read on the nearest such day', () => {
    const late = edited(swedish, [
      '<span class="slds-text-body_small">Inget förfallodatum</span>',
      '<span class="slds-text-color_error">Förfallen</span> <span class="slds-text-body_small">18 nov.</span>',
    ]);
    const task = readPage(late, page.url).activities.find((a) => a.title === 'Send case study');
    expect(task).toMatchObject({ planned: true, timestamp: '2026-11-18T00:00:00.000Z' });
  });
});
