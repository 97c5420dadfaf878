import { describe, expect, it } from 'vitest';
import { auraTimeline, entry, readRecord, recordPage } from './aura-timeline-page';

/**
 * Lightning has no activity type for WhatsApp or LinkedIn: reps log them as Tasks and the subject
 * names the channel (crm-evidence-2.md: every logged touch is a Task record; the adapter tells
 * LinkedIn and SMS tasks apart by subject). Reps write the act first: "Sent WhatsApp to Dana re
 * pilot dates", "Messaged Dana on LinkedIn", "Followed up via WhatsApp"; German puts it last
 * ("WhatsApp an Dana gesendet"). Each is a message the rep sent, a touch (metrics.md: touches by
 * channel: email, call, meeting, social, SMS). A look-up stays a plain Task even beside such a
 * verb ("Send Dana's LinkedIn profile to the AE"): linkedin-research-task-is-no-touch.test.ts.
 * Oracle, by hand.
 */
const PAGES = {
  'en-US': {
    heading: 'This Month',
    date: 'Nov 18',
    task: 'You had a Task with Dana Whitfield',
    call: 'You logged a call with Dana Whitfield',
    taskIcon: 'Task',
  },
  'de-DE': {
    heading: 'Diesen Monat',
    date: '18. Nov.',
    task: 'Sie hatten eine Aufgabe mit Dana Whitfield',
    call: 'Sie haben einen Anruf mit Dana Whitfield protokolliert',
    taskIcon: 'Aufgabe',
  },
} as const;

const read = (subject: string, lang: keyof typeof PAGES = 'en-US') => {
  const p = PAGES[lang];
  const item = entry({
    object: 'Task',
    id: '00T8d00000Sm5r1AAB',
    subject,
    kind: 'task',
    iconTitle: p.taskIcon,
    date: p.date,
    checkbox: true,
    summary: p.task,
  });
  const page = recordPage(auraTimeline({ groups: [{ heading: p.heading, items: item }] }), { lang });
  const [a] = readRecord(page).activities;
  return a ? [a.type, a.direction] : [];
};

describe('Salesforce: a Task whose subject names its channel after the verb', () => {
  it.each([
    ['Sent WhatsApp to Dana re pilot dates', 'sms'],
    ['Followed up via WhatsApp', 'sms'],
    ['Messaged Dana on LinkedIn', 'social'],
    ['Follow-up on LinkedIn after the webinar', 'social'],
  ])('"%s" is an outbound %s touch', (subject, type) => {
    expect(read(subject)).toEqual([type, 'outbound']);
  });

  it('on a German page, "WhatsApp an Dana gesendet" is an outbound sms touch', () => {
    expect(read('WhatsApp an Dana gesendet', 'de-DE')).toEqual(['sms', 'outbound']);
  });

  it.each(["Send Dana's LinkedIn profile to the AE", 'Prepare pilot dates for the WhatsApp group'])(
    '(control) "%s" is a plain task',
    (subject) => {
      expect(read(subject)[0]).toBe('task');
    },
  );
});
