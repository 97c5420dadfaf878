// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactPage, read, type Transform } from './contact-page';

/**
 * A Lightning contact page without the activity timeline shows the "Open Activities" and "Activity
 * History" related lists (crm-evidence-2.md: related lists; records linked as
 * `/lightning/r/{Task|Event}/{id}/view`, the list's title linking to `…/related/ActivityHistories/view`).
 * In a narrow column each row is an SLDS tile: the subject link, then `dt`/`dd` rows, each `dt`
 * carrying its label in `title`. Both lists have the standard "Task" checkbox column (True for a
 * Task, False for an Event), shown in a tile as "Task:" beside a True/False checkbox image, in the
 * user's language ("Aufgabe:", "Tâche:"). That label names a field, not the item's type: an Event
 * stays a meeting (held in Activity History, planned in Open Activities), and a Task whose subject
 * names its call stays a call.
 * Review gen53: the "Task:" label was taken for the type word, so a held meeting became a task (no
 * touch, meetings held dropped) and a planned meeting a planned task.
 */

const CONTACT = '0035g00000DpQ9xAAF';

interface Language {
  lang: string;
  openList: string;
  historyList: string;
  labels: { name: string; task: string; due: string };
  /** The checkbox image's text for ticked and unticked (not read: the record link says Task or Event). */
  box: { ticked: string; unticked: string };
  call: string;
  dates: { kickoff: string; call: string; meeting: string };
}

const LANGUAGES: Record<'en' | 'de' | 'fr', Language> = {
  en: {
    lang: 'en-US',
    openList: 'Open Activities',
    historyList: 'Activity History',
    labels: { name: 'Name', task: 'Task', due: 'Due Date' },
    box: { ticked: 'True', unticked: 'False' },
    call: 'Call',
    dates: { kickoff: '11/26/2026', call: '11/18/2026', meeting: '10/28/2026' },
  },
  de: {
    lang: 'de-DE',
    openList: 'Offene Aktivitäten',
    historyList: 'Aktivitätsverlauf',
    labels: { name: 'Name', task: 'Aufgabe', due: 'Fälligkeitsdatum' },
    box: { ticked: 'Wahr', unticked: 'Falsch' },
    call: 'Anruf',
    dates: { kickoff: '26.11.2026', call: '18.11.2026', meeting: '28.10.2026' },
  },
  fr: {
    lang: 'fr-FR',
    openList: 'Activités ouvertes',
    historyList: 'Historique des activités',
    labels: { name: 'Nom', task: 'Tâche', due: "Date d'échéance" },
    box: { ticked: 'Vrai', unticked: 'Faux' },
    call: 'Appel',
    dates: { kickoff: '26/11/2026', call: '18/11/2026', meeting: '28/10/2026' },
  },
};

function tile(l: Language, id: string, object: 'Task' | 'Event', subject: string, due: string): string {
  const box = object === 'Task' ? l.box.ticked : l.box.unticked;
  const label = (text: string) => `<dt class="slds-item_label" title="${text}">${text}:</dt>`;
  return `<li class="slds-item"><article class="slds-tile slds-media"><div class="slds-media__body">
  <h3 class="slds-tile__title slds-truncate"><a href="/lightning/r/${object}/${id}/view" title="${subject}">${subject}</a></h3>
  <div class="slds-tile__detail"><dl class="slds-list_horizontal slds-wrap">
    ${label(l.labels.name)}<dd class="slds-item_detail"><a href="/lightning/r/Contact/${CONTACT}/view">Maria Jensen</a></dd>
    ${label(l.labels.task)}<dd class="slds-item_detail"><img alt="${box}" title="${box}" src="/img/checkbox_${object === 'Task' ? '' : 'un'}checked.gif"></dd>
    ${label(l.labels.due)}<dd class="slds-item_detail">${due}</dd>
  </dl></div></div></article></li>`;
}

function list(title: string, rel: 'OpenActivities' | 'ActivityHistories', tiles: string[]): string {
  const page = `/lightning/r/Contact/${CONTACT}/related/${rel}/view`;
  return `<lst-related-list-single-container><article class="slds-card slds-card_boundary">
<div class="slds-card__header slds-grid"><h2 class="slds-card__header-title"><a href="${page}"><span title="${title}">${title}</span><span>(${tiles.length})</span></a></h2></div>
<div class="slds-card__body"><ul class="slds-list_vertical">${tiles.join('')}</ul></div>
<footer class="slds-card__footer"><a href="${page}">View All</a></footer></article></lst-related-list-single-container>`;
}

function activities(language: keyof typeof LANGUAGES, transform: Transform = 'none') {
  const l = LANGUAGES[language];
  const html = contactPage(
    list(l.openList, 'OpenActivities', [tile(l, '00U5g00000DpQabEAF', 'Event', 'Pilot kickoff', l.dates.kickoff)]) +
      list(l.historyList, 'ActivityHistories', [
        tile(l, '00T5g00000DpQacEAF', 'Task', l.call, l.dates.call),
        tile(l, '00U5g00000DpQaeEAF', 'Event', 'Discovery meeting', l.dates.meeting),
      ]),
    { lang: l.lang },
  );
  const byTitle = new Map(read(html, transform).activities.map((a) => [a.title, a]));
  return { byTitle, call: l.call };
}

describe('Salesforce: the "Task" field of an activity list shown as tiles is no type word', () => {
  for (const language of ['en', 'de', 'fr'] as const) {
    it(`${language}: an Event in Activity History is a held meeting`, () => {
      const meeting = activities(language).byTitle.get('Discovery meeting');
      expect(meeting).toMatchObject({ type: 'meeting', timestamp: '2026-10-28T00:00:00.000Z' });
      expect(meeting?.planned).toBeFalsy();
    });

    it(`${language}: an Event in Open Activities is a planned meeting`, () => {
      expect(activities(language).byTitle.get('Pilot kickoff')).toMatchObject({ type: 'meeting', planned: true });
    });

    it(`${language}: a Task whose subject names its call is still a call`, () => {
      const { byTitle, call } = activities(language);
      expect(byTitle.get(call)).toMatchObject({ type: 'call', timestamp: '2026-11-18T00:00:00.000Z' });
    });
  }

  for (const transform of ['stripped', 'renamed'] as const) {
    it(`${transform} page: the label, told by its \`dt\`, still names no type`, () => {
      const { byTitle } = activities('en', transform);
      expect(byTitle.get('Discovery meeting')?.type).toBe('meeting');
      expect(byTitle.get('Pilot kickoff')).toMatchObject({ type: 'meeting', planned: true });
      expect(byTitle.get('Call')?.type).toBe('call');
    });
  }
});

/**
 * An admin may add the activity's "Type" picklist to the list (Events and Tasks both have one:
 * Call, Email, Meeting, Other). It says what the activity was about, not what record it is: the
 * record link's object does (an Event is a meeting, a Task never one), as the same record reads in
 * the timeline, whose icon and sentence name the object.
 */
describe('Salesforce: the "Type" value of an activity tile does not overrule its record object', () => {
  const typed = (id: string, object: 'Task' | 'Event', subject: string, type: string, due: string) =>
    `<li class="slds-item"><article class="slds-tile"><h3 class="slds-tile__title"><a href="/lightning/r/${object}/${id}/view" title="${subject}">${subject}</a></h3>
  <dl class="slds-list_horizontal slds-wrap"><dt class="slds-item_label" title="Type">Type:</dt><dd class="slds-item_detail">${type}</dd>
  <dt class="slds-item_label" title="Due Date">Due Date:</dt><dd class="slds-item_detail">${due}</dd></dl></article></li>`;
  const html = contactPage(
    list('Activity History', 'ActivityHistories', [
      typed('00U5g00000DpQafEAF', 'Event', 'Quarterly review', 'Call', '11/04/2026'),
      typed('00T5g00000DpQagEAF', 'Task', 'Prepare the pilot agenda', 'Meeting', '11/03/2026'),
    ]),
  );

  it('an Event whose Type says "Call" is a held meeting', () => {
    expect(read(html).activities.find((a) => a.title === 'Quarterly review')?.type).toBe('meeting');
  });

  it('a Task whose Type says "Meeting" is no meeting', () => {
    expect(read(html).activities.find((a) => a.title === 'Prepare the pilot agenda')?.type).toBe('task');
  });
});
