import { describe, expect, it } from 'vitest';
import { item, personPage, read } from './hashed-person-page';

/**
 * metrics.md: a call's outcome is what the page shows; a connect counts only a connected outcome.
 * Reps name a done call after its result in the subject ("Call – no answer"), the same way HubSpot's
 * preview says "Appel - Connecté" (crm-evidence-2.md). The outcome is stated in the entry's own subject,
 * not buried in prose, so it is this call's outcome.
 */
describe('Pipedrive person: call outcome stated after the type in the subject', () => {
  const reading = read(
    personPage({
      history: [
        item({ icon: 'Call', done: true, subject: 'Call – no answer', date: 'Nov 17, 2026 3:10 PM' }),
        item({ icon: 'Call', done: true, subject: 'Call - left voicemail', date: 'Nov 16, 2026 3:10 PM' }),
        item({ icon: 'Call', done: true, subject: 'Intro call (connected)', date: 'Nov 15, 2026 3:10 PM' }),
      ],
    }),
  );
  const byTitle = (t: string) => reading.activities.find((a) => a.title === t);

  it('reads "Call – no answer" as no answer', () => {
    expect(byTitle('Call – no answer')?.outcome).toBe('no-answer');
  });
  it('reads "Call - left voicemail" as voicemail', () => {
    expect(byTitle('Call - left voicemail')?.outcome).toBe('voicemail');
  });
  it('reads "Intro call (connected)" as connected', () => {
    expect(byTitle('Intro call (connected)')?.outcome).toBe('connected');
  });
});

/** metrics.md: a meeting marked done is held unless the page says it was missed or called off. */
describe('Pipedrive person: meeting no-show stated after the subject', () => {
  const reading = read(
    personPage({
      history: [item({ icon: 'Meeting', done: true, subject: 'Demo – no-show', date: 'Nov 12, 2026 10:00 AM' })],
    }),
  );
  it('reads "Demo – no-show" as a no-show, not held', () => {
    expect(reading.activities.find((a) => a.title === 'Demo – no-show')?.outcome).toBe('no-show');
  });
});

/** The same in German: a subject "Anruf – nicht erreicht" is a call that was not answered (wording.ts de outcomes). */
describe('Pipedrive person (de): call outcome after the type in the subject', () => {
  it('reads "Anruf – nicht erreicht" as no answer', () => {
    const reading = read(
      personPage({
        lang: 'de',
        history: [
          item({
            icon: 'Anruf',
            done: true,
            subject: 'Anruf – nicht erreicht',
            date: '17.11.2026 15:10',
            checkLabel: 'Als nicht erledigt markieren',
          }),
        ],
      }),
    );
    expect(reading.activities.find((a) => a.title === 'Anruf – nicht erreicht')?.outcome).toBe('no-answer');
  });
});
