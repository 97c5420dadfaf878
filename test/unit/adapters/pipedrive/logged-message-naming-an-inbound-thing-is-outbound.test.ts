import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../../lib/csv-import/mapping';
import { readRow } from '../../../../lib/csv-import/read-row';
import { readDoneActivity } from './logged-activity-page';

/**
 * A Pipedrive Email activity is one the rep logged: outbound unless it says the person's message
 * came in, the came-in word beside the channel's name ("Inbound email", "Correo recibido").
 * "Inbound lead follow-up" is the rep's follow-up to an inbound lead; "Received your PO – next
 * steps", "Thanks – received PO" and "Recibido su pedido – próximos pasos" acknowledge the
 * contact's order. metrics.md: "Reply rate: … an outbound email counts as answered when a
 * (non-automated) inbound email follows it": read inbound, the rep's email becomes her reply.
 */
const EMAIL: Record<string, string> = { 'en-US': 'Email', es: 'Correo electrónico' };

const SUBJECTS: [string, string][] = [
  ['en-US', 'Inbound lead follow-up'],
  ['en-US', 'Received your PO – next steps'],
  ['en-US', 'Thanks – received PO'],
  ['es', 'Recibido su pedido – próximos pasos'],
];

describe('a logged Pipedrive email whose subject says inbound or received of something else', () => {
  it.each(SUBJECTS)('page %s: "%s" is the rep’s, outbound', (lang, subject) => {
    const { activity } = readDoneActivity(lang, EMAIL[lang] ?? 'Email', subject);
    expect(activity?.type).toBe('email');
    expect(activity?.direction).toBe('outbound');
  });

  it.each(SUBJECTS)('CSV import %s: "%s" is outbound', (lang, subject) => {
    const mapping: ColumnMapping = { targets: ['subject', 'type', 'date'], lang: lang.split('-')[0] };
    const read = readRow([subject, 'Email', '2026-11-18'], {
      crm: 'pipedrive',
      mapping,
      clock: { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'UTC' },
    });
    expect(read.ok ? [read.row.type, read.row.direction] : read.reason).toEqual(['email', 'outbound']);
  });
});
