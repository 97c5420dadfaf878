import { describe, expect, it } from 'vitest';
import { callOutcome } from '../../../../lib/adapters/pipedrive/outcomes';
import { wordingFor } from '../../../../lib/adapters/pipedrive/wording';

/**
 * A call whose outcome line says it did not connect is no connect: "Not connected" holds the
 * word "connected", and read as a connect it raised the rep's connect rate. Pipedrive's documented
 * outcomes have no negated form; a custom outcome or a rep's own line may.
 */
describe('Pipedrive call outcomes that deny a connection', () => {
  it.each([
    ['en', 'Not connected'],
    ['en', 'Did not connect'],
    ['en', "Couldn't reach"],
    ['de', 'Nicht verbunden'],
    ['fr', 'Non connecté'],
    ['es', 'No conectado'],
    ['pt', 'Não conectado'],
    ['nl', 'Niet verbonden'],
  ])('%s "%s" is no answer, not connected', (lang, text) => {
    expect(callOutcome(text, '', wordingFor(lang))).toBe('no-answer');
  });

  it('still reads the plain outcome as connected', () => {
    expect(callOutcome('Connected', '', wordingFor('en'))).toBe('connected');
    expect(callOutcome('Verbunden', '', wordingFor('de'))).toBe('connected');
  });
});
