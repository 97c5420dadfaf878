import { describe, expect, it } from 'vitest';
import { splitRelatedRecord } from '../../../../lib/adapters/salesforce/related-record';
import { wordsFor } from '../../../../lib/adapters/salesforce/words';

/**
 * crm-evidence-2.md: in a summary sentence "'with' names a contact or lead, 'about' a related
 * record". The record's name is cut off the sentence's own wording; words that close the sentence
 * after it (German and Dutch put the participle last) stay. Oracle, by hand, each row.
 */
describe('a summary sentence without the record it is about', () => {
  it.each([
    ['en', 'You logged a call with Jordan Lee about Renewal 2027', 'You logged a call with Jordan Lee', 'Renewal 2027'],
    [
      'en',
      'Jordan Lee sent you an email about Talk about pricing',
      'Jordan Lee sent you an email',
      'Talk about pricing',
    ],
    ['en', 'You had an Event.', 'You had an Event.', undefined],
    ['en', 'About Face Ltd had a Task with Jordan Lee', 'About Face Ltd had a Task with Jordan Lee', undefined],
    [
      'de',
      'Sie haben einen Anruf mit Jordan Lee zu Anstehende Verlängerung protokolliert',
      'Sie haben einen Anruf mit Jordan Lee protokolliert',
      'Anstehende Verlängerung',
    ],
    ['de', 'Sie hatten eine Aufgabe mit Jordan Lee zu Q4', 'Sie hatten eine Aufgabe mit Jordan Lee', 'Q4'],
    // An English sentence on a Spanish page (Lightning falls back to English): the earliest "about" word starts the record.
    [
      'es',
      'You logged a call with Jordan Lee about Flota sobre ruedas',
      'You logged a call with Jordan Lee',
      'Flota sobre ruedas',
    ],
    [
      'nl',
      'U heeft een e-mail naar Jordan Lee over Aankomende verlenging verzonden',
      'U heeft een e-mail naar Jordan Lee verzonden',
      'Aankomende verlenging',
    ],
    [
      'es',
      'Usted registró una llamada con Jordan Lee sobre Renovación próximo año',
      'Usted registró una llamada con Jordan Lee',
      'Renovación próximo año',
    ],
    [
      'fr',
      'Vous avez consigné un appel avec Jordan Lee concernant Relance',
      'Vous avez consigné un appel avec Jordan Lee',
      'Relance',
    ],
  ])('%s: "%s"', (lang, summary, said, record) => {
    expect(splitRelatedRecord(summary, wordsFor(lang))).toEqual(record ? { said, record } : { said });
  });
});
