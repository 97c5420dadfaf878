import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import { contactReadSchema } from '../../../lib/schema/read-result';
import { freshDb, NOW, ZONE } from '../db/world-readings';

/**
 * metrics.md "Logging a missed touch": a logged touch "is listed for export so it can be entered in
 * the CRM"; "Meetings held: meetings whose time has passed and that were not cancelled or marked
 * no-show"; contracts.md: a meeting's `outcome` is one of held | no-show | cancelled | unknown, and
 * the panel's details form offers those for a logged meeting.
 *
 * The rep waited on a Zoom call at 06:00 (LA) on 20 Nov and the contact never came; the rep logs the
 * meeting with outcome "no-show" so the attempt is on record. The Salesforce file makes every line
 * a Completed Task; the HubSpot file carries the outcome in "Meeting outcome" and the Pipedrive file
 * in the note, but the Salesforce line carries it nowhere (CallDisposition is for calls only, and
 * Description holds only the note). Imported, Salesforce shows a completed meeting that never took
 * place, and its own reports count it as held. Expected by hand: the line says "No show" (the
 * word the other two files use) in the only free-text field the Task import takes, Description,
 * before the note, as the Pipedrive note has it.
 */
const TENANT = 'acme.my.salesforce.com';
const JORDAN = '0035g00000000EXAAY';

async function exportedLine(outcome: 'no-show' | 'cancelled', note?: string) {
  const db = await freshDb();
  const page = contactReadSchema.parse({
    crm: 'salesforce',
    tenant: TENANT,
    kind: 'contact',
    recordId: JORDAN,
    status: 'read',
    record: { name: 'Jordan Lee', email: 'jordan.lee@example.com' },
    activities: [],
    crmFigures: {},
    notRead: [],
  });
  await saveReading(db, page, new Date(NOW.getTime() - 3_600_000), ZONE);
  await logTouch(
    db,
    {
      recordKey: `salesforce:${TENANT}:contact:${JORDAN}`,
      channel: 'meeting',
      timestamp: '2026-11-20T14:00:00.000Z',
      outcome,
      ...(note ? { note } : {}),
    },
    NOW,
  );
  const files = await loggedTouchesCsv(db, ZONE, NOW);
  expect(files.map((f) => [f.crm, f.rows])).toEqual([['salesforce', 1]]);
  return Papa.parse<Record<string, string>>(files[0]?.text ?? '', { header: true }).data[0] ?? {};
}

describe('a no-show or cancelled meeting logged on a Salesforce contact, exported for the CRM', () => {
  it('does not go back as a plain completed meeting', async () => {
    const line = await exportedLine('no-show');
    expect(line).toMatchObject({ Type: 'Meeting', ActivityDate: '2026-11-20', WhoId: JORDAN });
    expect(line.Description ?? '').toMatch(/no show/i);
  });

  it('says a cancelled meeting was cancelled, before the note, in the words of the Pipedrive note', async () => {
    const line = await exportedLine('cancelled', 'moved to next week');
    expect(line).toMatchObject({ Status: 'Completed', Description: 'Canceled — moved to next week' });
  });
});
