import { describe, expect, it } from 'vitest';
import { readDone } from './logged-activity-page';

/**
 * metrics.md: "Meetings held: meetings whose time has passed and that were not cancelled or marked
 * no-show". Besides each language's outcome words ("rescheduled", "annulée"), reps write the everyday
 * synonyms after the subject: "postponed", "called off", "aplazada", "reportée", "remarcada",
 * "afgezegd", "rinviata", "non si è presentato", "verlegt" (wording.ts meetingOutcomes).
 */
describe('a done Pipedrive meeting whose subject says it was postponed, called off or missed', () => {
  it.each([
    ['en-US', 'Demo – postponed', 'rescheduled'],
    ['en-US', 'Demo – called off', 'cancelled'],
    ['es', 'Demo – aplazada', 'rescheduled'],
    ['fr', 'Démo – reportée', 'rescheduled'],
    ['pt-BR', 'Demo – remarcada', 'rescheduled'],
    ['nl', 'Demo – afgezegd', 'cancelled'],
    ['it', 'Demo – rinviata', 'rescheduled'],
    ['it', 'Demo – non si è presentato', 'no-show'],
    ['de', 'Demo – verlegt', 'rescheduled'],
  ])('%s "%s" is %s, not a held meeting', (lang, subject, outcome) => {
    expect(readDone('meeting', lang, subject).outcome).toBe(outcome);
  });
});
