// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RepsSection } from '../../../components/team/RepsSection';
import { logTouch } from '../../../lib/db/logged-touches';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { ActivityReading } from '../../../lib/schema/activity';
import { defaultSettings } from '../../../lib/schema/settings';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { CLOCK, freshDb } from '../csv-import/import-fixture';
import { readContactPage } from '../csv-import/page-copy';

/**
 * Review s62 (who). docs/team-view.md (Reps): touches logged in Touchline, "and Salesforce items
 * credited to "You"", are on the row of the name set under "You in your CRMs"; "without one they
 * are on no row, and the section says how many" that leaves out. A manager with no name set reads
 * her rep's contact: "You logged a call with Lena Vogt" (hers) beside "Jonas Weber logged a call".
 * Hand check: Jonas's row 1 call; hers on no row, and the notice counts it: 1.
 */
const LENA = { crm: 'salesforce', tenant: 'acme.lightning.force.com', recordId: '0035g00000LnV0gAAF' } as const;
const KEY = `salesforce:${LENA.tenant}:contact:${LENA.recordId}`;
const call = (timestamp: string, who: Partial<ActivityReading>): ActivityReading =>
  ({
    type: 'call',
    channel: 'call',
    direction: 'outbound',
    timestamp,
    timePrecision: 'day',
    title: 'Call',
    automated: false,
    ...who,
  }) as ActivityReading;
const jonas = call('2026-11-17T00:00:00.000Z', { owner: 'Jonas Weber', sourceId: '00T5g00000Aa002AAA' });
const yours = call('2026-11-18T00:00:00.000Z', { byViewer: true, sourceId: '00T5g00000Aa001AAA' });

const view = (db: TouchlineDb) =>
  loadTeamView({
    db,
    filters: { period: '30d', motion: 'mid-market' },
    settings: defaultSettings(CLOCK.timeZone),
    now: CLOCK.now,
  });

afterEach(cleanup);

describe('a page item credited to "You" in a browser with no name set for its CRM', () => {
  it('is on no rep’s row, and the notice counts it', async () => {
    const db = await freshDb();
    await readContactPage(db, LENA, [jonas, yours]);
    const shown = await view(db);
    expect(shown.reps.map((r) => [r.rep, r.counts.total])).toEqual([['Jonas Weber', 1]]);
    expect([shown.unownedLogged, shown.unnamedYou]).toEqual([0, 1]);
    const notice = render(<RepsSection view={shown} />).container.querySelector('[data-notice="unowned-logged"]');
    expect([notice?.getAttribute('data-count'), notice?.textContent]).toEqual([
      '1',
      '1 touch a CRM page credits to "You" in this period is on no rep\'s row: set your name in each CRM on the options page to count it on yours.',
    ]);
  });

  it('is counted once when a touch logged in Touchline merged into it: with the logged touches', async () => {
    const db = await freshDb();
    await readContactPage(db, LENA, [jonas]);
    await logTouch(
      db,
      { recordKey: KEY, channel: 'call', timestamp: '2026-11-18T09:00:00.000Z' },
      new Date('2026-11-18T09:00:30Z'),
    );
    await readContactPage(db, LENA, [jonas, yours]);
    const shown = await view(db);
    expect([shown.unownedLogged, shown.unnamedYou]).toEqual([1, 0]);
  });
});
