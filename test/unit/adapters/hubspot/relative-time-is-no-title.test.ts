// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readingKeys, recordKeyOf } from '../../../../lib/keys';
import { hsContactPage, hsEvent, readHubSpot } from '../hand-built-pages';

/**
 * A 2024+ preview whose time (`event-timestamp`) is a line of its own under the header
 * (crm-evidence-2.md names the header and the time as separate elements). The item has no title
 * hook, so timeline-item.ts takes "the first text after the header" as its title: the time itself.
 * With a relative time ("hace 3 horas", "3 uur geleden", "3時間前") the title changes between
 * visits, and the key without a CRM id hashes the title (lib/keys.ts): the same call read an hour
 * later is another touch. contracts.md: relative dates are keyed by their day exactly so that
 * they do not move between visits.
 */
const at = (hour: number) => new Date(`2026-11-20T${hour}:00:00Z`);

describe.each([
  ['es-ES', 'Llamada - Conectado realizada por Alex Morgan', 'hace 3 horas', 'hace 4 horas'],
  ['nl-NL', 'Oproep - Verbonden gevoerd door Alex Morgan', '3 uur geleden', '4 uur geleden'],
  ['en-GB', 'Call - Connected made by Alex Morgan', '3 hours ago', '4 hours ago'],
])('HubSpot %s: a call shown with a relative time', (lang, header, first, later) => {
  const page = (time: string) => hsContactPage(lang, 'Lena Vogt', [hsEvent({ header, time, body: 'Precios 2027' })]);
  const firstRead = readHubSpot(page(first), undefined, at(15));
  const laterRead = readHubSpot(page(later), undefined, at(16));
  const record = recordKeyOf('hubspot', '26112233', 'contact', '7301');
  const keyOf = (r: typeof firstRead) => readingKeys('hubspot', '26112233', record, r.activities, 'UTC')[0];

  it('is not titled with its time', () => {
    expect(firstRead.activities[0]?.title).not.toBe(first);
  });

  it('keeps its key when read again an hour later', () => {
    expect(firstRead.activities).toHaveLength(1);
    expect(keyOf(laterRead)).toBe(keyOf(firstRead));
  });
});
