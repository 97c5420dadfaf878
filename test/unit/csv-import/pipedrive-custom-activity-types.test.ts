import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../lib/adapters/pipedrive/classify-activity';
import type { ColumnMapping } from '../../../lib/csv-import/mapping';
import { readRow } from '../../../lib/csv-import/read-row';
import { CLOCK, dump, freshDb, importText } from './import-fixture';

/**
 * Pipedrive companies add their own activity types (LinkedIn, SMS, Demo…), which its page reader
 * reads by name (classify-activity.ts activityTypeOf): LinkedIn is social, SMS sms, Demo a
 * meeting, "Phone call" a call, and a name it does not recognise a task, which is no touch
 * (classifyItem's doc comment). The export's "Type" cell holds the same name, so the row is read
 * the same way instead of being skipped as a type not understood.
 */
const EXPORT = [
  'ID,Subject,Type,Due date,Due time,Done,Assigned to user,Person ID',
  '501,Connected on LinkedIn,LinkedIn,2026-11-16,10:00,Done,Dana Reyes,61',
  '502,Reminder,SMS,2026-11-17,11:00,Done,Dana Reyes,61',
  '503,Product demo,Demo,2026-11-18,14:00,Done,Dana Reyes,61',
  '504,Check-in,Phone call,2026-11-19,09:00,Done,Dana Reyes,61',
  '505,Measure the roof,Site survey,2026-11-19,15:00,Done,Dana Reyes,61',
].join('\n');

function asPage(typeName: string) {
  return classifyItem({ kind: 'activity', typeName, text: '', done: true, inFocus: false })?.type;
}

describe('a Pipedrive export with the company’s own activity types', () => {
  it('reads each as the page reader does, keeping a type it does not recognise as a task', async () => {
    const db = await freshDb();
    const report = await importText(db, 'pipedrive', 'acme', EXPORT);
    const names = ['LinkedIn', 'SMS', 'Demo', 'Phone call', 'Site survey'];
    expect(names.map(asPage)).toEqual(['social', 'sms', 'meeting', 'call', 'task']);
    expect(report).toMatchObject({ rows: 5, invalid: 0, added: 5, problems: [] });
    expect((await dump(db)).map((a) => a.type)).toEqual(names.map(asPage));
  });

  it('reads a type named in the file’s language around a default type’s name as that type, as the page reader does', () => {
    // item-facts.ts typeNameOf: a type label holding a default type's name ("Appel de suivi") is that type.
    const mapping: ColumnMapping = { targets: ['subject', 'type', 'date'], lang: 'fr' };
    const read = readRow(['Relance', 'Appel de suivi', '18/11/2026'], { crm: 'pipedrive', mapping, clock: CLOCK });
    expect(read.ok && read.row.type).toBe('call');
  });
});
