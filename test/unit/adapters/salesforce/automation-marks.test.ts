import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * A tool sent an item when the page marks it so (a List Email's icon, crm-evidence-2.md lists List
 * Emails as their own kind; a "Cadence" detail), in the page's language; never because a rep's
 * subject or notes use the word.
 */
describe('Salesforce items sent by a tool, and items that only mention one', () => {
  it("keeps a rep's own email manual whatever its subject says", () => {
    const page = fixturePage('salesforce', 'deal-activity-groups');
    const html = edited(page.html, [
      /title="Revised quote"([^>]*)>Revised quote</,
      'title="Automated invoicing: revised quote"$1>Automated invoicing: revised quote<',
    ]);
    const email = readPage(html, page.url).activities.find((a) => a.title === 'Automated invoicing: revised quote');
    expect(email).toMatchObject({ type: 'email', automated: false });
  });

  it.each([
    ['List Email', 'contact-activity-groups'],
    ['Listen-E-Mail', 'contact-activity-groups-de'],
  ])('reads an item whose icon says "%s" as automated', (icon, fixture) => {
    const page = fixturePage('salesforce', fixture);
    const withIcon = edited(page.html, [/(<lightning-icon[^>]*?) title="[^"]*"/, `$1 title="${icon}"`]);
    const marked = readPage(withIcon, page.url).activities.filter((a) => a.automated);
    expect(marked.length).toBeGreaterThan(readPage(page.html, page.url).activities.filter((a) => a.automated).length);
  });
});
