import { describe, expect, it } from 'vitest';
import { classifyActivity } from '../../../../lib/adapters/hubspot/classify-activity';
import { wordsFor } from '../../../../lib/adapters/hubspot/words/index';
import { pageLocaleFor } from '../../../../lib/locale/page-locale';

/** Dutch writes compounds as one word: "e-mailantwoord" (email reply), "e-mailbericht". */
const nl = wordsFor(pageLocaleFor('nl-NL'));

describe('HubSpot Dutch compound type words', () => {
  it('"E-mailantwoord van Lena Vogt" with no icon label is an inbound email', () => {
    expect(classifyActivity('E-mailantwoord van Lena Vogt', { words: nl, contactNames: ['Lena Vogt'] })).toMatchObject({
      type: 'email',
      direction: 'inbound',
    });
  });

  it('"Niet opgenomen, geen antwoord · Alex Morgan" is a call\'s outcome, not a reply', () => {
    expect(classifyActivity('Niet opgenomen, geen antwoord · Alex Morgan', { words: nl })).toMatchObject({
      type: 'call',
      outcome: 'no-answer',
    });
  });

  it('"E-mailbericht verzonden door Alex Morgan" is an outbound email', () => {
    expect(classifyActivity('E-mailbericht verzonden door Alex Morgan', { words: nl })).toMatchObject({
      type: 'email',
      direction: 'outbound',
    });
  });
});
