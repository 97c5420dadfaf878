import { buildContactView } from '../../../../lib/metrics/contact-view';
import type { Activity } from '../../../../lib/schema/activity';
import type { Contact } from '../../../../lib/schema/record';
import { defaultSettings, type Settings } from '../../../../lib/schema/settings';
import type { Reading } from '../../adapters/page-variation';

/** The fixtures' clock and zone (Fri 20 Nov 2026 15:00 UTC, UTC). */
export const NOW = new Date('2026-11-20T15:00:00Z');
/** The panel's view of Nora (fixture contact-relative-dates) from what the reader read, rows as the cache stores them. */
export function noraView(reading: Reading, overrides: Partial<Settings> = {}) {
  return contactView('933', 'Nora Kowalski', reading, overrides);
}

/** The panel's view of HubSpot contact `id` (account 2451908, the fixtures') from what the reader read. */
export function contactView(id: string, name: string, reading: Reading, overrides: Partial<Settings> = {}) {
  const KEY = `hubspot:2451908:contact:${id}`;
  const activities: Activity[] = reading.activities.map((a) => ({
    ...a,
    crm: 'hubspot',
    tenant: '2451908',
    contactKeys: [KEY],
    dealKeys: [],
    origin: 'page',
    ...(a.timePrecision === 'day' && a.timestamp ? { printedOn: a.timestamp.slice(0, 10) } : {}),
  }));
  const contact = {
    crm: 'hubspot',
    tenant: '2451908',
    kind: 'contact',
    recordId: id,
    key: KEY,
    lastReadAt: NOW.toISOString(),
    name,
  } as Contact;
  return buildContactView({
    contact,
    activities,
    settings: { ...defaultSettings('UTC'), ...overrides },
    now: NOW,
    pageTimeZone: 'UTC',
  });
}
