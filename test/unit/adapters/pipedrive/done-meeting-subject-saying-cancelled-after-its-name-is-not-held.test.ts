import { describe, expect, it } from 'vitest';
import { readDone } from './logged-activity-page';

/**
 * metrics.md: a meeting is a touch once held "with no cancelled, no-show or rescheduled outcome".
 * Pipedrive has no meeting outcome field: the rep ticks the meeting done and writes what happened
 * in its subject, in her language's own word order, the outcome word after the meeting's name or
 * ending the subject ("Meeting cancelled", "Termin abgesagt", "Reunión cancelada"). Read only at the
 * subject's start or after a dash, these were held meetings. A denial before the word, or the word
 * opening the subject ("Rescheduled demo": the new meeting), says no outcome.
 */
const outcomeOf = (lang: string, subject: string) => readDone('meeting', lang, subject).outcome;

describe('a done Pipedrive meeting whose subject says what came of it after the meeting’s name', () => {
  it.each([
    ['en-US', 'Meeting cancelled', 'cancelled'],
    ['en-US', 'Demo canceled by client', 'cancelled'],
    ['en-US', 'Demo no-show', 'no-show'],
    ['en-US', 'Demo rescheduled to Dec 2', 'rescheduled'],
    ['en-US', 'Kickoff with Ana cancelled', 'cancelled'],
    ['es', 'Reunión cancelada', 'cancelled'],
    ['es', 'Demo reprogramada', 'rescheduled'],
    ['fr', 'Réunion annulée', 'cancelled'],
    ['de', 'Termin abgesagt', 'cancelled'],
    ['de', 'Demo verschoben', 'rescheduled'],
    ['pt-BR', 'Reunião cancelada', 'cancelled'],
    ['it', 'Riunione annullata', 'cancelled'],
    ['nl', 'Afspraak geannuleerd', 'cancelled'],
  ])('%s "%s" is %s, not held', (lang, subject, outcome) => {
    expect(outcomeOf(lang, subject)).toBe(outcome);
  });

  it.each([
    ['en-US', 'Demo not cancelled'],
    ['es', 'Reunión no cancelada'],
    ['de', 'Termin nicht abgesagt'],
    ['en-US', 'Rescheduled demo'],
    ['en-US', 'Review cancelled orders with Ana'],
  ])('%s "%s" is held', (lang, subject) => {
    expect(outcomeOf(lang, subject)).toBe('held');
  });
});
