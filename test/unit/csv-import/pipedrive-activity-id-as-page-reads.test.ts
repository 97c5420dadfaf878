// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { sourceIdOf as pageSourceIdOf } from '../../../lib/adapters/pipedrive/item-title';
import type { ColumnMapping } from '../../../lib/csv-import/mapping';
import { readRow } from '../../../lib/csv-import/read-row';
import type { ActivityReading } from '../../../lib/schema/activity';
import { CLOCK, dump, freshDb, importText } from './import-fixture';
import { contactView, readContactPage } from './page-copy';

/**
 * An imported activity carries the CRM id as its key where the file has it, so a later page read
 * of the same activity merges with it instead of doubling (duplicate rule 1). The Pipedrive page
 * reader gives an activity's id with its kind ("activity:302", item-title.ts sourceIdOf: activities,
 * notes and mail have separate id spaces); the export's "ID" cell is the bare number. The page
 * copy's id here is the one the reader takes from the item's own /activities/302 link.
 */
const PD = { crm: 'pipedrive', tenant: 'acme', recordId: '61' } as const;
const EXPORT = [
  'ID,Subject,Type,Due date,Due time,Done,Assigned to user,Person ID',
  '302,Send deck,Email,2026-11-17,,Done,Dana Reyes,61',
].join('\n');

function pageEmail(): ActivityReading {
  const item = document.createElement('div');
  const link = item.appendChild(document.createElement('a'));
  link.href = 'https://acme.pipedrive.com/activities/302';
  link.textContent = 'Send deck';
  return {
    type: 'email',
    channel: 'email',
    direction: 'outbound',
    timestamp: '2026-11-16T23:00:00.000Z',
    timePrecision: 'day',
    title: 'Send deck',
    owner: 'Dana Reyes',
    automated: false,
    sourceId: pageSourceIdOf(item, 'activity'),
  };
}

describe('a Pipedrive activity exported with its ID and read on the person page', () => {
  it('has the id the page reader gives it, in the key too', () => {
    const mapping: ColumnMapping = { targets: ['sourceId', 'subject', 'type', 'date'], lang: 'en' };
    const read = readRow(['302', 'Send deck', 'Email', '2026-11-17'], { crm: 'pipedrive', mapping, clock: CLOCK });
    expect(read.ok && read.row.sourceId).toBe(pageEmail().sourceId);
  });

  it('is one email when the page is read after the import', async () => {
    const db = await freshDb();
    expect(await importText(db, 'pipedrive', 'acme', EXPORT)).toMatchObject({ added: 1, invalid: 0 });
    await readContactPage(db, PD, [pageEmail()]);
    expect(await dump(db)).toHaveLength(1);
    expect((await contactView(db, 'pipedrive:acme:contact:61')).touches.byChannel.email).toBe(1);
  });

  it('is already there when the export is imported after the page was read', async () => {
    const db = await freshDb();
    await readContactPage(db, PD, [pageEmail()]);
    expect(await importText(db, 'pipedrive', 'acme', EXPORT)).toMatchObject({ added: 0, existing: 1 });
    expect((await dump(db)).map((a) => [a.key, a.sourceId])).toEqual([
      ['pipedrive:acme:activity:activity:302', 'activity:302'],
    ]);
  });
});
