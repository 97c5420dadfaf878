import { describe, expect, it } from 'vitest';
import { freshDb, importText } from './import-fixture';
import { contactView, readContactPage } from './page-copy';

/**
 * decisions.md "Import of CRM exports": page ↔ CSV copies of one touch merge by the duplicate rules
 * (same person, channel, direction and title). A page gives a title with its whitespace collapsed
 * and its letters composed (lib/adapters/dom.ts); an export keeps what the rep typed ("Call  with")
 * and its spreadsheet's Unicode form (a decomposed "é"), as lib/csv-import/as-page-text.ts already says
 * of owners. The same title, so the same touch: a manager sees one call, and the report says "already there".
 */
const SF = { crm: 'salesforce', tenant: 'acme.lightning.force.com', recordId: '0035g00000AbCdEAAV' } as const;
const SF_KEY = `salesforce:${SF.tenant}:contact:${SF.recordId}`;
const HEADER = 'Subject,Assigned,Date,Status,Task Subtype,Call Type,Contact ID,Activity ID';

describe.each([
  ['a decomposed accent', 'Call with Jose\u0301'],
  ['a doubled space', 'Call  with José'],
  ['a no-break space', 'Call with\u00a0José'],
])('a Salesforce call read on its page and exported with %s in its subject', (_, exported) => {
  it('is one call on the contact panel and "already there" in the import report (decisions.md: page and CSV copies of one touch merge)', async () => {
    const db = await freshDb();
    await readContactPage(db, SF, [
      {
        type: 'call',
        channel: 'call',
        direction: 'outbound',
        timestamp: '2026-11-16T23:00:00.000Z', // 17 Nov, dated without a time, Berlin
        timePrecision: 'day',
        title: 'Call with José',
        automated: false,
      },
    ]);
    const report = await importText(
      db,
      'salesforce',
      SF.tenant,
      [HEADER, `${exported},Dana Reyes,11/17/2026,Completed,Call,Outbound,0035g00000AbCdE,00T5g00000Task1`].join('\n'),
    );

    expect([report.added, report.existing]).toEqual([0, 1]);
    expect((await contactView(db, SF_KEY)).touches.byChannel.call).toBe(1);
  });
});
