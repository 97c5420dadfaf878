import { describe, expect, it } from 'vitest';
import { cachedContact, freshDb, importText } from './import-fixture';

/*
 * decisions.md: rows link by CRM id, else by email, else are reported as unlinked. Two cached
 * Pipedrive persons share info@globex.example (a shared inbox): the row cannot be linked, which
 * is right, but the report must not tell the manager there is "no cached contact with this
 * email" — there are two, and opening records (what that reason asks for) would not help.
 */
const EXPORT = [
  'ID,Subject,Type,Due date,Due time,Done,Assigned to user,Contact person,Contact person email',
  '301,Intro call,Call,2026-11-18,14:30,Done,Dana Reyes,Jordan Lee,info@globex.example',
].join('\n');

describe('import report: a row whose email belongs to two cached contacts', () => {
  it('says the email is shared, not that no contact has it', async () => {
    const db = await freshDb();
    await db.put('contacts', cachedContact('pipedrive', 'acme', '11', 'info@globex.example'));
    await db.put('contacts', cachedContact('pipedrive', 'acme', '12', 'info@globex.example'));
    const report = await importText(db, 'pipedrive', 'acme', EXPORT);
    expect(report).toMatchObject({ added: 0, unlinked: 1 });
    expect(report.unlinkedRows[0]?.reason).not.toMatch(/no cached contact with this email/);
    expect(report.unlinkedRows[0]?.reason).toMatch(/info@globex\.example/);
  });
});
