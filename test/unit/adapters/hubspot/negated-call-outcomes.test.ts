import { describe, expect, it } from 'vitest';
import { outcomeOf } from '../../../../lib/adapters/hubspot/classify-activity';
import { wordsFor } from '../../../../lib/adapters/hubspot/words';
import { pageLocaleFor } from '../../../../lib/locale/page-locale';

/**
 * A call outcome that denies a connection is no connect: "Not connected" holds the word
 * "connected", and read as a connect it raised the rep's connect rate. HubSpot's default outcomes
 * have no negated form; a portal's custom outcome may.
 */
describe('HubSpot call outcomes that deny a connection', () => {
  it.each([
    ['en', 'Call - Not connected'],
    ['en', "Call - Didn't connect"],
    ['de', 'Anruf - Nicht verbunden'],
    ['fr', 'Appel - Non connecté'],
    ['es', 'Llamada - No conectada'],
    ['pt-BR', 'Chamada - Não conectada'],
    ['nl', 'Gesprek - Niet verbonden'],
  ])('%s "%s" is no answer', (lang, text) => {
    expect(outcomeOf('call', text, wordsFor(pageLocaleFor(lang)))).toBe('no-answer');
  });

  it('still reads the plain outcome as connected', () => {
    expect(outcomeOf('call', 'Appel - Connecté passé par Alex Morgan', wordsFor(pageLocaleFor('fr')))).toBe(
      'connected',
    );
  });
});
