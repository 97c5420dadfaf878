import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { undoLoggedTouch, updateLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import { anaKey } from '../db/hand-pages';
import { world } from '../db/logged-story';
import { NOW, ZONE } from '../db/world-readings';

const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

describe('logged touches changed after logging, exported for the CRM', () => {
  // your-data.md: dates and times are in your time-zone setting.
  it('an edited touch is exported as edited, an undone one not at all, times in the user zone across the DST change', async () => {
    const db = await world();
    const a = await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: '2026-11-01T08:30:00.000Z' }, NOW);
    await logTouch(db, { recordKey: anaKey, channel: 'email', timestamp: '2026-11-01T09:30:00.000Z', note: 'x' }, NOW);
    const c = await logTouch(db, { recordKey: anaKey, channel: 'sms', timestamp: '2026-11-10T08:00:00.000Z' }, NOW);
    await updateLoggedTouch(
      db,
      a.key,
      { outcome: 'busy', note: 'José, "=SUM(A1)"\nrang', channel: 'call' },
      NOW,
      ZONE,
      ZONE,
    );
    await undoLoggedTouch(db, c.key, ZONE, ZONE, NOW);
    const rows = (await loggedTouchesCsv(db, ZONE, NOW)).flatMap((f) => parse(f.text).data);
    // By hand: 08:30Z is 01:30 PDT (before the change at 09:00Z), 09:30Z is 01:30 PST (after it).
    expect(rows.map((r) => [r['Activity type'], r['Activity date'], r['Call outcome'], r.Body])).toEqual([
      ['Call', '2026-11-01 01:30', 'Busy', 'José, "=SUM(A1)"\nrang'],
      ['Email', '2026-11-01 01:30', '', 'x'],
    ]);
  });
});
