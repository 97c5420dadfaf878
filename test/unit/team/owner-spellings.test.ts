import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../lib/schema/settings';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { CLOCK, freshDb, importText } from '../csv-import/import-fixture';
import { readContactPage } from '../csv-import/page-copy';

/**
 * contracts.md (Contract additions): "one [data-rep="<owner as the CRM shows it>"] row per rep";
 * metrics.md (Manager views): "Activity per rep = touches in period / reps with any touch in period".
 *
 * Dana's CRM user name was typed with two spaces. Her contact page shows it as every browser
 * shows text, "Dana Reyes" (Touchline's readers collapse whitespace, lib/adapters/dom.ts); the
 * CRM's activity export keeps the raw "Dana  Reyes". By hand: one rep, 2 emails to Jordan in the
 * last 30 days, activity per rep 2.
 */
const NOW = CLOCK.now;
const JORDAN = { crm: 'hubspot', tenant: '123', recordId: '501' } as const;

async function teamWith(exportOwner: string, pageOwner: string) {
  const db = await freshDb();
  await readContactPage(db, JORDAN, [
    {
      type: 'email',
      channel: 'email',
      direction: 'outbound',
      timestamp: '2026-11-12T09:00:00.000Z',
      timePrecision: 'minute',
      title: 'Intro',
      automated: false,
      owner: pageOwner,
    },
  ]);
  const csv = [
    'Record ID,Email subject,Activity date,Activity assigned to,Email direction,Associated Contact IDs',
    `91001,Pricing for Q1,2026-11-18 10:15,${exportOwner},Email,501`,
  ].join('\n');
  await importText(db, 'hubspot', '123', csv);
  return loadTeamView({
    db,
    filters: { period: '30d', motion: 'mid-market' },
    settings: defaultSettings('America/Los_Angeles'),
    now: NOW,
  });
}

describe('one rep whose name the page and the export spell differently (contracts.md: one data-rep row per rep; metrics.md: activity per rep)', () => {
  it('is one rep row with both emails when the export keeps a double space the page collapses', async () => {
    const view = await teamWith('Dana  Reyes', 'Dana Reyes');
    expect(view.reps.map((r) => [r.rep, r.counts.total])).toEqual([['Dana Reyes', 2]]);
    expect(view.perRep).toEqual({ value: 2, reps: 1 });
  });

  it('is one rep row when the export writes "José Núñez" with decomposed accents (NFD) and the page composed (NFC)', async () => {
    const view = await teamWith('José Núñez'.normalize('NFD'), 'José Núñez'.normalize('NFC'));
    expect(view.reps).toHaveLength(1);
    expect(view.reps[0]?.counts.total).toBe(2);
    expect(view.perRep).toEqual({ value: 2, reps: 1 });
  });
});
