import { describe, expect, it } from 'vitest';
import { dump, freshDb, importText } from './import-fixture';

/**
 * Review s59 (rega). A Salesforce report titles a logged email's task "Email: <subject>". "OOO" says an
 * automatic reply only where it opens the mail's subject, which here follows the type's label, so
 * Jordan's out-of-office answer counted as a reply (metrics.md: "An automated inbound email
 * (auto-reply, out-of-office) is never a reply"). A person's "Re: OOO schedule…" stays a reply.
 */
const TENANT = 'acme.lightning.force.com';
const report = (subject: string) =>
  [
    'Subject,Assigned,Date,Status,Task Subtype,Call Type,Contact ID,Activity ID',
    `${subject},Dana Reyes,11/17/2026,Completed,Email,Inbound,0035g00000AbCdE,00T5g00000Tk206`,
  ].join('\n');

describe('a Salesforce report row of an inbound email titled "Email: …"', () => {
  it.each([
    ['Email: OOO until Mon 23 Nov: Pricing', true],
    ['Email: Out of Office: Pricing', true],
    ['Email: Re: OOO schedule for the holidays', false],
    ['Re: OOO schedule for the holidays', false],
    ['Email: Pricing questions', false],
  ])('"%s" is automated: %s', async (subject, automated) => {
    const db = await freshDb();
    await importText(db, 'salesforce', TENANT, report(subject));
    const rows = await dump(db);
    expect(rows.map((a) => [a.direction, a.automated])).toEqual([['inbound', automated]]);
  });
});
