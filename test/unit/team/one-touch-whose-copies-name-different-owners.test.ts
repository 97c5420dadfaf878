import { describe, expect, it } from 'vitest';
import { applyYourNames } from '../../../lib/db/your-touches';
import type { ActivityReading } from '../../../lib/schema/activity';
import { defaultSettings } from '../../../lib/schema/settings';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { CLOCK, freshDb, importText } from '../csv-import/import-fixture';
import { contactView, readContactPage } from '../csv-import/page-copy';

/**
 * metrics.md, Duplicate: rule 3 ("no source id on at least one of them: same person, channel,
 * direction and title, timestamps within 2 minutes") never looks at the owner, and "Duplicates are
 * merged before any count". team-view.md: rows and follow-ups count touches "as the contact's
 * panel merges them".
 * Flow: the team's Salesforce "Tasks and Events" report is imported first (Assigned "Dana Reyes",
 * with an Activity ID); then Dana opens Jordan's page, which credits the same item to "You" and
 * shows no id. Her name for Salesforce in the settings is "Dana" (kept as typed), so the page copy's
 * owner is "Dana". The touch is one, on the panel and on the team page, credited to the name the
 * report printed rather than the one the setting gave.
 */
const ORG = 'acme.lightning.force.com';
const JORDAN = { crm: 'salesforce', tenant: ORG, recordId: '0035g00000AbCdEAAV' } as const;
const HEADER = 'Subject,Assigned,Date,Time,Status,Task Subtype,Call Type,Call Result,Contact,Contact ID,Activity ID';
const settings = { ...defaultSettings(CLOCK.timeZone), yourNames: { salesforce: 'Dana' } };

/** The report's row, then Jordan's page read by Dana with `items`, then her name applied; the panel and the team page. */
async function importedThenReadAsYou(row: string, items: Partial<ActivityReading>[]) {
  const db = await freshDb();
  expect(await importText(db, 'salesforce', ORG, [HEADER, row].join('\n'))).toMatchObject({ added: 1 });
  await readContactPage(db, JORDAN, items as ActivityReading[]);
  await applyYourNames(db, settings);
  const panel = await contactView(db, `salesforce:${ORG}:contact:${JORDAN.recordId}`);
  const team = await loadTeamView({ db, filters: { period: '30d', motion: 'mid-market' }, settings, now: CLOCK.now });
  return { panel, team };
}

const onPage = (item: Partial<ActivityReading>): Partial<ActivityReading> => ({
  direction: 'outbound',
  timePrecision: 'minute',
  automated: false,
  byViewer: true,
  ...item,
});

describe('a touch imported under "Dana Reyes" and read on a page as "You", the setting naming her "Dana"', () => {
  it("is one call on the panel, on the team row and on the report's rep's row only", async () => {
    const { panel, team } = await importedThenReadAsYou(
      'Call,Dana Reyes,11/17/2026,9:00 AM,Completed,Call,Outbound,Connected,Jordan Lee,0035g00000AbCdE,00T5g00000Tk001',
      [
        onPage({
          type: 'call',
          channel: 'call',
          timestamp: '2026-11-17T08:00:00.000Z',
          title: 'Call',
          outcome: 'connected',
        }),
      ],
    );
    expect(panel.touches.total).toBe(1);
    expect(team.team?.counts.total).toBe(1);
    expect(team.reps.map((r) => [r.rep, r.counts.total])).toEqual([['Dana Reyes', 1]]);
  });

  it("is on the report's rep's row when the page's copy, a minute earlier, is the one the merge keeps", async () => {
    const { panel, team } = await importedThenReadAsYou(
      'Call,Dana Reyes,11/17/2026,9:00 AM,Completed,Call,Outbound,Connected,Jordan Lee,0035g00000AbCdE,00T5g00000Tk004',
      [
        onPage({
          type: 'call',
          channel: 'call',
          timestamp: '2026-11-17T07:59:00.000Z',
          title: 'Call',
          outcome: 'connected',
        }),
      ],
    );
    expect(panel.touches.total).toBe(1);
    expect(team.reps.map((r) => [r.rep, r.counts.total])).toEqual([['Dana Reyes', 1]]);
  });

  it("lists Jordan's overdue step as the panel gives it: step 2, a call", async () => {
    const { panel, team } = await importedThenReadAsYou(
      'Email: Pricing,Dana Reyes,11/17/2026,9:00 AM,Completed,Email,,,Jordan Lee,0035g00000AbCdE,00T5g00000Tk002',
      [onPage({ type: 'email', channel: 'email', timestamp: '2026-11-17T08:00:00.000Z', title: 'Pricing' })],
    );
    expect(panel.touches.total).toBe(1);
    // By hand: one email on Tue 17 Nov is step 1 of the mid-market cadence (0 email, 2 call, ...);
    // step 2, a call, is due 2 business days later, Thu 19 Nov, before today (Fri 20 Nov): overdue.
    // Counted twice, the email would make the next step step 3, an email.
    expect(team.followUps.map((f) => f.reason)).toEqual(['step 2 (call) was due 2026-11-19']);
  });

  it('answered by Jordan, is 1 of 1 emails answered, on the rep row and the team row', async () => {
    const { team } = await importedThenReadAsYou(
      'Email: Pricing,Dana Reyes,11/16/2026,9:00 AM,Completed,Email,,,Jordan Lee,0035g00000AbCdE,00T5g00000Tk003',
      [
        onPage({ type: 'email', channel: 'email', timestamp: '2026-11-16T08:00:00.000Z', title: 'Pricing' }),
        {
          type: 'email',
          channel: 'email',
          direction: 'inbound',
          timestamp: '2026-11-17T10:00:00.000Z',
          timePrecision: 'minute',
          title: 'Re: Pricing',
          automated: false,
        },
      ],
    );
    const rate = (row: { replyRate: { numerator: number; denominator: number } } | null | undefined) =>
      row && [row.replyRate.numerator, row.replyRate.denominator];
    expect(rate(team.team)).toEqual([1, 1]);
    expect(team.reps.map((r) => [r.rep, rate(r)])).toEqual([['Dana Reyes', [1, 1]]]);
  });
});
