import { expect, it } from 'vitest';
import { previewCsv } from '../../../lib/csv-import/parse-csv';
import { prepareMapping } from '../../../lib/csv-import/prepare-mapping';
import { dump, freshDb, importText } from './import-fixture';

/**
 * A type word no table knows takes the type the headers imply only in an export of one kind. In a
 * HubSpot "all activities" export whose one typed header is "Call outcome" (the mixed export
 * hubspot-calls-export-own-call-types.test.ts names), a HubSpot "Postal mail" row is no call: it is
 * reported ("type not understood") and not counted.
 */
it('a mixed HubSpot export with a "Call outcome" column does not import a "Postal mail" row as a call', async () => {
  const header = 'Record ID,Activity date,Activity assigned to,Activity type,Call outcome,Associated Contact IDs';
  const text = `${header}\n9201,2026-11-19 12:00,Dana Reyes,Email,,501\n9202,2026-11-19 13:00,Dana Reyes,Call,Connected,501\n9203,2026-11-19 14:00,Dana Reyes,Postal mail,,501\n`;
  expect(prepareMapping('hubspot', await previewCsv(text, 21)).mapping.impliedType).toBe('call');
  const db = await freshDb();
  await importText(db, 'hubspot', '123', text);
  const postal = (await dump(db)).find((a) => a.sourceId === '9203');
  expect(postal?.type).not.toBe('call');
});
