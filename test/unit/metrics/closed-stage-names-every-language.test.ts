import { describe, expect, it } from 'vitest';
import { ownWording } from '../../../lib/adapters/pipedrive/wording';
import { wordsFor } from '../../../lib/adapters/salesforce/words/index';
import { stageOutcome } from '../../../lib/metrics/stage-outcome';

/**
 * metrics.md: closed (won or lost) deals never get a warning, and closed won / closed lost are
 * outcomes, not rows; README: pages are read in English, German, French, Spanish, Portuguese, Dutch
 * and Italian. A deal sitting in an Italian "Chiuso vinto" was read as open (stalled, no recent
 * activity, its own conversion row): the closed-stage words had no Italian entry.
 */
const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'nl', 'it'] as const;

describe('closed stages named in every language pages are read in', () => {
  it.each([
    ['Chiuso vinto', 'won'],
    ['Chiusa vinta', 'won'],
    ['Chiuso/Vinto', 'won'],
    ['Chiusa e vinta', 'won'],
    ['Chiuso perso', 'lost'],
    ['Chiusa persa', 'lost'],
    ['Chiuso/Perso', 'lost'],
  ] as const)('reads the Italian stage "%s" as closed %s', (name, outcome) => {
    expect(stageOutcome(name)).toBe(outcome);
  });

  it.each(['Chiuso', 'Proposta', 'Chiamata persa', 'Trattativa'])('reads the Italian stage "%s" as open', (name) => {
    expect(stageOutcome(name)).toBeUndefined();
  });

  it.each(LANGUAGES)('reads every closed stage the %s page readers know as its outcome', (lang) => {
    const [salesforce] = wordsFor(lang);
    const pipedrive = ownWording(lang);
    if (!salesforce || !pipedrive) throw new Error(`no word tables for ${lang}`);
    const named = [
      ...[...salesforce.closedWon, ...pipedrive.won].map((name) => [name, 'won']),
      ...[...salesforce.closedLost, ...pipedrive.lost].map((name) => [name, 'lost']),
    ];
    expect(named.map(([name]) => [name, stageOutcome(name as string)])).toEqual(named);
  });
});
