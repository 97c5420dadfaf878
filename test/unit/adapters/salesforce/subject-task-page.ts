import { auraTimeline, entry, readRecord, recordPage } from './aura-timeline-page';

/** A contact's activity timeline in each language the subject tests read a logged Task or call in. */
const PAGES = {
  en: {
    lang: 'en-US',
    heading: 'This Month',
    date: 'Nov 18',
    task: 'You had a Task with Dana Whitfield',
    call: 'You logged a call with Dana Whitfield',
    taskIcon: 'Task',
  },
  de: {
    lang: 'de-DE',
    heading: 'Diesen Monat',
    date: '18. Nov.',
    task: 'Sie hatten eine Aufgabe mit Dana Whitfield',
    call: 'Sie haben einen Anruf mit Dana Whitfield protokolliert',
    taskIcon: 'Aufgabe',
  },
  fr: {
    lang: 'fr-FR',
    heading: 'Ce mois-ci',
    date: '18 nov.',
    task: 'Vous aviez une tâche avec Dana Whitfield',
    call: 'Vous avez consigné un appel avec Dana Whitfield',
    taskIcon: 'Tâche',
  },
} as const;

export type SubjectPageLanguage = keyof typeof PAGES;

/**
 * The type and direction Touchline reads for one Task (a closed one) or logged call of 18 Nov
 * under `subject`, alone on a contact's timeline in `language`; [] when nothing is read.
 */
export function readSubjectTask(
  subject: string,
  as: 'task' | 'call' = 'task',
  language: SubjectPageLanguage = 'en',
): string[] {
  const p = PAGES[language];
  const item = entry({
    object: 'Task',
    id: '00T8d00000Sm5r1AAB',
    subject,
    kind: as,
    iconTitle: as === 'task' ? p.taskIcon : 'Call',
    date: p.date,
    checkbox: as === 'task' ? true : undefined,
    summary: as === 'task' ? p.task : p.call,
  });
  const page = recordPage(auraTimeline({ groups: [{ heading: p.heading, items: item }] }), { lang: p.lang });
  const [a] = readRecord(page).activities;
  return a ? [a.type, a.direction] : [];
}
