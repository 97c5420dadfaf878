import { contactPage, previewItem } from '../adapters/hubspot/contact-page';
import { readHtml } from '../page-to-panel/open-hand-written-page';

/**
 * Lina Okafor in HubSpot portal 7730012: read first as contact 5120, later merged into 4471 (the
 * same address, the same name), the record a page shows from then on. Tests of folding one person
 * read her pages from here.
 */
export const ZONE = 'Europe/Berlin';
export const NOW = new Date('2026-11-20T15:00:00Z');
export const MERGED_AWAY = 'https://app.hubspot.com/contacts/7730012/record/0-1/5120';
export const SURVIVOR = 'https://app.hubspot.com/contacts/7730012/record/0-1/4471';
export const OLD_KEY = 'hubspot:7730012:contact:5120';
export const SURVIVOR_KEY = 'hubspot:7730012:contact:4471';

const sidebar = `<div data-selenium-test="highlightedPropertySidebar"><div><span data-selenium-test="property-label">Email</span><div>lina.okafor@contoso.example</div></div><div><span data-selenium-test="property-label">Contact owner</span><div>Priya Nair</div></div></div>`;

/** Priya's email of Nov 9, on both records' timelines. */
export const email = previewItem({
  icon: 'Email',
  header: 'Email sent by Priya Nair',
  date: 'Nov 9, 2026 at 10:15 AM',
  body: '<div>Fleet telemetry trial</div><span>From: Priya Nair &lt;priya.nair@tailspin.example&gt;</span> <span>To: Lina Okafor &lt;lina.okafor@contoso.example&gt;</span>',
});

/** A connected call Priya made, as the timeline's preview shows it. */
export const call = (date: string, topic: string) =>
  previewItem({ icon: 'Call', header: 'Call - Connected made by Priya Nair', date, body: `<div>${topic}</div>` });

/** Her contact page at `url` with this timeline, read at `at`. */
export function readLina(feed: string, url: string, at: Date) {
  const reading = readHtml(contactPage({ name: 'Lina Okafor', sidebar, feed }), url, at, ZONE);
  if (reading.status !== 'read') throw new Error(reading.status);
  return reading;
}
