import { describe, expect, it } from 'vitest';
import { commentedCallOutcome } from './commented-call';

/**
 * metrics.md: connect rate = calls with a connected outcome / call attempts. A Salesforce user's UI
 * language is the page's language, while a rep's call comments are free text in whatever language
 * the team writes (an international team on a German or Dutch Lightning UI writes English).
 * connect-said.ts's rule: a connect said after every failure worded as the call's result ends the
 * call in a connect ("Left a voicemail, then she called back and we connected"); a failure only
 * mentioned ("team is busy until January") never beats a connect. outcome.ts tried each page table
 * in turn (German or Dutch before English) and returned the first table's failure word, so the
 * German/Dutch tables' "voicemail" decided before English could say "connected", and the call
 * dropped out of the rep's connect rate. The page languages' words are now read as one list.
 *
 * Oracle, by hand: the outcome the comment says.
 */
const german = (text: string) =>
  commentedCallOutcome(
    'de-DE',
    'Anruf',
    '12. Nov.',
    'Sie haben einen Anruf mit Lena Vogt protokolliert',
    'Kommentare',
    text,
  );
const dutch = (text: string) =>
  commentedCallOutcome(
    'nl-NL',
    'Gesprek',
    '12 nov.',
    'U hebt een gesprek met Daan de Vries geregistreerd',
    'Opmerkingen',
    text,
  );

describe('an English call comment on a German or Dutch Lightning page', () => {
  it.each([
    ['Left a voicemail, then she called back and we connected', 'connected'],
    ['Connected with Lena, she had listened to my voicemail from last week', 'connected'],
    // German puts a machine before its participle ("Mailbox erreicht"); before an English connect it is no denial.
    ['Left a voicemail then we connected', 'connected'],
    ['Call connected, went to voicemail', 'voicemail'],
  ])('"%s" is %s on a German page', (text, said) => {
    expect(german(text)).toBe(said);
  });

  it('"Left a voicemail, then she called back and we connected" is a connected call on a Dutch page', () => {
    expect(dutch('Left a voicemail, then she called back and we connected')).toBe('connected');
  });
});

describe('a German comment saying the contact is busy, not the line', () => {
  it('"Kurz gesprochen, sie ist gerade besetzt mit Messe" is a connect: her being busy is no result of the call', () => {
    expect(german('Kurz gesprochen, sie ist gerade besetzt mit Messe')).toBe('connected');
  });

  it.each([['Besetzt, morgen nochmal'], ['Leitung besetzt, Rückruf morgen']])('"%s" is a busy line', (text) => {
    expect(german(text)).toBe('busy');
  });
});
