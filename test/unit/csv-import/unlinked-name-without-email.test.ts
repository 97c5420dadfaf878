import { describe, expect, it } from 'vitest';
import { freshDb, importText } from './import-fixture';

/**
 * decisions.md: rows link by CRM id, else by email. A row that names its contact (or only its
 * deal) but gives no email links to nothing; the report says it had no email to link by, not
 * that its name is an email no cached contact has.
 */
describe('import report: a row that names its contact or deal without an email', () => {
  const csv = [
    'Subject,Type,Due date,Due time,Done,Assigned to user,Contact person,Deal',
    'Intro call,Call,2026-11-18,14:30,Done,Dana Reyes,Jordan Lee,',
    'Follow-up,Call,2026-11-18,15:30,Done,Dana Reyes,,Globex renewal',
    'Check-in,Call,2026-11-18,16:30,Done,Dana Reyes,,',
  ].join('\n');

  it('says there was no email to link it by, with the name the row gives', async () => {
    const report = await importText(await freshDb(), 'pipedrive', 'acme', csv);
    expect(report).toMatchObject({ added: 0, unlinked: 3 });
    expect(report.unlinkedRows).toEqual([
      { row: 1, reason: 'no id, and no email to link it by: Jordan Lee' },
      { row: 2, reason: 'no id, and no email to link it by: Globex renewal' },
      { row: 3, reason: 'no id, and no contact or deal named' },
    ]);
  });
});
