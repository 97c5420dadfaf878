import { describe, expect, it } from 'vitest';
import { classifyActivity } from '../../../../lib/adapters/hubspot/classify-activity';
import { wordsFor } from '../../../../lib/adapters/hubspot/words/index';
import { pageLocaleFor } from '../../../../lib/locale/page-locale';
import { edited, fixturePage, readPage } from '../page-variation';

/** German and Dutch adjectives take an ending before a noun: "Eingehender Anruf", "Inkomende oproep". */
const de = wordsFor(pageLocaleFor('de-DE'));
const nl = wordsFor(pageLocaleFor('nl-NL'));

describe('HubSpot call and email direction in German and Dutch', () => {
  it('German "Eingehender Anruf - Verbunden" on a page is an inbound call', () => {
    const page = fixturePage('hubspot', 'contact-preview-feed-de');
    const html = edited(page.html, [/Anruf - Verbunden getätigt von Alex Morgan/g, 'Eingehender Anruf - Verbunden']);
    const call = readPage(html, page.url).activities.find((a) => a.title === 'Quarterly check-in');
    expect(call).toMatchObject({ type: 'call', direction: 'inbound' });
  });

  it.each([
    ['Eingehender Anruf von +49 30 1234567', 'inbound', de],
    ['Eingehende E-Mail', 'inbound', de],
    ['Ausgehender Anruf', 'outbound', de],
    ['Inkomende oproep van +31 20 123 4567', 'inbound', nl],
    ['Uitgaande oproep', 'outbound', nl],
    ['Inkomend gesprek', 'inbound', nl],
  ])('"%s" is %s', (header, direction, words) => {
    expect(classifyActivity(header, { words }).direction).toBe(direction);
  });

  it('the direction property is read the same way', () => {
    expect(classifyActivity('Anruf', { words: de, directionText: 'Eingehender' }).direction).toBe('inbound');
    expect(classifyActivity('Oproep', { words: nl, directionText: 'Inkomende' }).direction).toBe('inbound');
  });
});
