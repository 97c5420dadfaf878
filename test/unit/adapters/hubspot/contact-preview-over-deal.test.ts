import { describe, expect, it } from 'vitest';
import { NOW, readFixture } from '../../page-to-panel/chain';

const titles = (r: ReturnType<typeof readFixture>) => (r.status === 'read' ? r.activities.map((a) => a.title) : []);

/**
 * Reviewer s36: a HubSpot contact preview over the deal (the rep clicked Lena Vogt in the deal's contacts card):
 * a modal side panel with Lena's own highlight title and her own recent activity. Guessed markup:
 * HubSpot's preview panel is not in crm-pages.md / crm-evidence-2.md; here it is drawn inside the
 * right sidebar as an aria-modal dialog.
 */
const HUBSPOT_PREVIEW =
  '<div role="dialog" aria-modal="true" aria-label="Contact preview"><div data-card-type="OBJECT_HIGHLIGHT"><h2 data-selenium-test="highlightTitle">Lena Vogt</h2></div><div data-test-id="crm-events-viz-timeline"><div data-test-id="collapsible-event-accordion"><div role="button" aria-expanded="false"><div data-test-id="timeline-preview-event"><div data-test-id="generic-preview-event-header"><span role="img" aria-label="Call"></span><span data-test-id="header-message">Call - Connected made by Alex Morgan</span><span data-test-id="event-timestamp">Nov 19, 2026 at 9:00 AM</span></div><div>Renewal of the other deal</div></div></div></div></div></div>';

describe('a modal preview open over a HubSpot record is not the record', () => {
  it("HubSpot deal: the contact preview's call is not one of the deal's touches", () => {
    const r = readFixture('hubspot', 'deal-highlight-stage', NOW, 'UTC', (html) =>
      html.replace(
        '<div data-test-id="records-right-sidebar" class="RightSidebar__Column-sc-2">',
        `<div data-test-id="records-right-sidebar" class="RightSidebar__Column-sc-2">${HUBSPOT_PREVIEW}`,
      ),
    );
    // The deal's own timeline: one email, one meeting, one call, two stage events (deal-highlight-stage.expected.json).
    expect(titles(r)).not.toContain('Renewal of the other deal');
    expect(titles(r)).toHaveLength(5);
  });

  it('also with every class, id and data attribute removed (the second path)', () => {
    const stripped = (html: string) => html.replace(/\s(?:class|id|data-[\w-]+)="[^"]*"/g, '');
    const r = readFixture('hubspot', 'deal-highlight-stage', NOW, 'UTC', (html) =>
      stripped(
        html.replace(
          '<div data-test-id="records-right-sidebar" class="RightSidebar__Column-sc-2">',
          `<div data-test-id="records-right-sidebar" class="RightSidebar__Column-sc-2">${HUBSPOT_PREVIEW}`,
        ),
      ),
    );
    expect(r.status === 'read' && r.record.name).toBe('Northwind — Fleet telematics');
    expect(titles(r)).not.toContain('Renewal of the other deal');
    expect(titles(r)).toHaveLength(5);
  });
});

/** A preview of another contact, with her own properties (guessed markup, as above). */
const CONTACT_PREVIEW =
  '<div role="dialog" aria-modal="true" aria-label="Contact preview"><div data-card-type="OBJECT_HIGHLIGHT"><h2 data-selenium-test="highlightTitle">Lena Vogt</h2></div><div><span data-selenium-test="property-label">Phone number</span><div>+1 206 555 0187</div></div><div><span data-selenium-test="property-label">Company name</span><div>Northwind Traders</div></div></div>';

describe("a preview's properties are not the record's", () => {
  it('HubSpot contact without a phone or company: none is taken from the preview, also without test ids', () => {
    const stripped = (html: string) => html.replace(/\s(?:class|id|data-[\w-]+)="[^"]*"/g, '');
    const withPreview = (html: string) =>
      html.replace('data-test-id="records-right-sidebar">', `data-test-id="records-right-sidebar">${CONTACT_PREVIEW}`);
    for (const edit of [withPreview, (html: string) => stripped(withPreview(html))]) {
      const r = readFixture('hubspot', 'contact-relative-dates', NOW, 'UTC', edit);
      expect(r.status === 'read' && r.record.name).toBe('Nora Kowalski');
      expect(r.status === 'read' && r.kind === 'contact' && [r.record.phone, r.record.company]).toEqual([
        undefined,
        undefined,
      ]);
    }
  });
});
