import { describe, expect, it } from 'vitest';
import { previewCsv } from '../../../lib/csv-import/parse-csv';
import { prepareMapping } from '../../../lib/csv-import/prepare-mapping';
import { runImport } from '../../../lib/csv-import/run-import';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { freshDb } from '../csv-import/import-fixture';
import { NOW, settings } from '../metrics/builders';

/*
 * Issue 14: the import is there "so the team page covers the whole team, not one browser", i.e.
 * contacts this browser never opened. A HubSpot calls export (columns as docs/team-view.md lists
 * them) names each call's contact: "Associated Contact" = Jordan Lee, "Associated Contact IDs" = 501.
 * Jordan's only touch was 20 days before now (2026-11-20 15:00 UTC): with the follow-up limit of
 * 14 days (metrics.md, Gone cold) Jordan has gone cold and is listed under Dana Reyes.
 * The manager must be able to tell who that is: the name the export gave, and a link to the
 * record (the team page builds record URLs from crm, account and id: record-url.ts), not "501".
 */
const EXPORT = [
  'Record ID,Call title,Activity date,Activity assigned to,Call direction,Call outcome,Associated Contact,Associated Contact IDs',
  '90001,Discovery call,2026-10-31 14:30,Dana Reyes,Outbound,Connected,Jordan Lee,501',
  '90002,Intro,2026-11-18 14:30,Dana Reyes,Outbound,Connected,Riley Chen,502',
].join('\n');

async function coldAfterImport() {
  const db = await freshDb();
  const clock = { now: NOW, timeZone: 'UTC' };
  const prepared = prepareMapping('hubspot', await previewCsv(EXPORT, 21));
  const report = await runImport({
    db,
    crm: 'hubspot',
    tenant: '123',
    input: EXPORT,
    mapping: prepared.mapping,
    clock,
  });
  expect(report).toMatchObject({ added: 2, invalid: 0, unlinked: 0 });
  const view = await loadTeamView({
    db,
    filters: { period: '30d', motion: 'mid-market' },
    settings: settings(),
    now: NOW,
  });
  const cold = view.followUps.filter((f) => f.kind === 'gone-cold');
  expect(cold).toHaveLength(1);
  expect(cold[0]?.owner).toBe('Dana Reyes');
  return cold[0];
}

describe('team page after importing an export of contacts this browser never opened', () => {
  it('names a contact gone cold as the export named it, not by its CRM id', async () => {
    expect((await coldAfterImport())?.name).toBe('Jordan Lee');
  });

  it('links a contact gone cold to its record in the CRM', async () => {
    expect((await coldAfterImport())?.url).toBe('https://app.hubspot.com/contacts/123/record/0-1/501');
  });
});
