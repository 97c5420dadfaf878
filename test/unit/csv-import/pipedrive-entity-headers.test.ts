import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../../lib/csv-import/detect-columns';
import { likelyCrm } from '../../../lib/csv-import/detect-crm';
import { dump, freshDb, importText } from './import-fixture';

/**
 * Pipedrive's spreadsheet exports name every column "<Entity> - <Field>" ("Activity - Subject",
 * "Deal - ID", "Person - Email"): the deal exports' "Deal - " prefix, and for activities the
 * columns "Activity - ID", "Activity - Type", "Activity - Subject", "Activity - Due date",
 * "Activity - Done" (value "Done"), "Activity - Assigned to user", "Activity - Deal",
 * "Activity - Person", as public scripts that read Pipedrive activity exports use them.
 * Assumed: "Activity - Due time", "Person - ID", "Person - Email", "Deal - ID" (the same
 * convention applied to Pipedrive's documented person and deal fields).
 */
const HEADER =
  'Activity - ID,Activity - Type,Activity - Subject,Activity - Due date,Activity - Due time,Activity - Done,' +
  'Activity - Assigned to user,Activity - Person,Person - ID,Person - Email,Activity - Deal,Deal - ID';

describe('a Pipedrive activity export with "Entity - Field" headers', () => {
  it('is recognised as Pipedrive and maps each entity’s id to its own field, never the deal’s id as the activity’s', () => {
    const headers = HEADER.split(',');
    expect(likelyCrm(headers)).toBe('pipedrive');
    expect(detectColumns('pipedrive', headers).targets).toEqual([
      'sourceId',
      'type',
      'subject',
      'date',
      'time',
      'status',
      'owner',
      'contactName',
      'contactId',
      'contactEmail',
      'dealName',
      'dealId',
    ]);
  });

  // Keyed by the activity id as the page reader gives it, "activity:301" (item-title.ts sourceIdOf).
  it('imports its rows keyed by the activity id, each on its person and deal', async () => {
    const db = await freshDb();
    const text = [
      HEADER,
      '301,Call,Intro call,2026-11-18,14:30,Done,Dana Reyes,Jordan Lee,11,jordan@example.com,Acme renewal,801',
      '302,Meeting,Demo,2026-11-17,10:00,Done,Dana Reyes,Jordan Lee,11,jordan@example.com,Acme renewal,801',
    ].join('\n');

    const report = await importText(db, 'pipedrive', 'acme', text);

    expect(report).toMatchObject({ rows: 2, added: 2, invalid: 0, unlinked: 0 });
    expect((await dump(db)).map((a) => [a.key, a.type, a.owner, a.contactKeys, a.dealKeys])).toEqual([
      [
        'pipedrive:acme:activity:activity:301',
        'call',
        'Dana Reyes',
        ['pipedrive:acme:contact:11'],
        ['pipedrive:acme:deal:801'],
      ],
      [
        'pipedrive:acme:activity:activity:302',
        'meeting',
        'Dana Reyes',
        ['pipedrive:acme:contact:11'],
        ['pipedrive:acme:deal:801'],
      ],
    ]);
  });
});
