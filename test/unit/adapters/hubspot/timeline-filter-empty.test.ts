import { describe, expect, it } from 'vitest';
import { contactPage, readContact } from './contact-page';

/**
 * README: "A timeline the CRM shows filtered ... is reported as partly read"; crm-evidence-2.md: test
 * ids churn, ARIA roles last, and filter tabs are never found by their localised names. A rep who
 * left the timeline on "Calls" for a contact never called sees an empty feed: that is not
 * "no touches", whatever generation of markup the tabs are in.
 */
describe('HubSpot timeline filtered to a kind with nothing in it, tabs without test ids', () => {
  const tabs = (lang: string, all: string, selected: string) =>
    `<div role="tablist" aria-label="${lang}"><button role="tab" aria-selected="false">${all}</button><button role="tab" aria-selected="false">Notes</button><button role="tab" aria-selected="true">${selected}</button></div>`;

  it.each([
    ['en-US', 'Activity', 'Calls', 'No calls yet'],
    ['de-DE', 'Aktivität', 'Anrufe', 'Noch keine Anrufe'],
  ])(
    '%s: all tab "%s", filtered to "%s" with no item shown, is reported, not read as no activity',
    (lang, all, selected, empty) => {
      const result = readContact(
        contactPage({ lang, before: tabs(lang, all, selected), feed: `<div><p>${empty}</p></div>` }),
      );
      expect(result.activities).toEqual([]);
      expect(result.notRead.filter((n) => n.field === 'activities')).not.toEqual([]);
    },
  );
});

describe('HubSpot deal timeline filtered to a kind with nothing in it, tabs without test ids', () => {
  it('is reported, not read as a deal with no activity', async () => {
    const { dealPage, readDeal } = await import('./deal-page');
    const tabs =
      '<div role="tablist" aria-label="Filter activity"><button role="tab" aria-selected="false">Activity</button><button role="tab" aria-selected="true">Meetings</button></div>';
    const html = dealPage({}).replace(
      '<div data-test-id="crm-events-viz-timeline">',
      `${tabs}<div data-test-id="crm-events-viz-timeline"><p>No meetings yet</p>`,
    );
    const result = readDeal(html);
    expect(result.activities).toEqual([]);
    expect(result.notRead.filter((n) => n.field === 'activities')).not.toEqual([]);
  });
});
