import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../lib/schema/settings';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { CLOCK, dump, freshDb, importText } from './import-fixture';
import { contactView, readContactPage } from './page-copy';

/**
 * A Salesforce "Tasks and Events" report has no direction column for emails, and lists a reply the
 * contact sent, logged to the CRM, as it lists the rep's emails. The import presumes such an email
 * outbound, as the page reader presumes a logged touch; a copy that states a direction (the contact
 * page showing the email received) is the same touch, of that direction (metrics.md, Duplicate:
 * "Duplicates are merged before any count"; decisions.md: page and CSV copies of one touch merge).
 *
 * Jordan's reply "Email: Re: Pricing" of 17 Nov and Dana's call of 16 Nov are in the report and on
 * Jordan's page (no task ids there). By hand: 2 touches, 1 email, and it is inbound; on the team
 * page the email is Dana's (the only copy naming an owner), still inbound.
 */
const SF = { crm: 'salesforce', tenant: 'acme.lightning.force.com', recordId: '0035g00000AbCdEAAV' } as const;
const KEY = `salesforce:${SF.tenant}:contact:${SF.recordId}`;
const REPORT = [
  'Subject,Assigned,Date,Status,Task Subtype,Contact ID,Activity ID',
  'Email: Re: Pricing,Dana Reyes,11/17/2026,Completed,Email,0035g00000AbCdE,00T5g00000Tk006',
  'Call,Dana Reyes,11/16/2026,Completed,Call,0035g00000AbCdE,00T5g00000Tk007',
].join('\n');
/** A report whose direction column ("Call Type", which Touchline maps to the direction) is filled for the email too. */
const STATED = [
  'Subject,Assigned,Date,Status,Task Subtype,Call Type,Contact ID,Activity ID',
  'Email: Re: Pricing,Dana Reyes,11/17/2026,Completed,Email,Inbound,0035g00000AbCdE,00T5g00000Tk006',
].join('\n');

const pageEmail = {
  type: 'email',
  channel: 'email',
  direction: 'inbound',
  timestamp: '2026-11-16T23:00:00.000Z',
  timePrecision: 'day',
  title: 'Re: Pricing',
  automated: false,
} as const;
const pageCall = {
  ...pageEmail,
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp: '2026-11-15T23:00:00.000Z',
  title: 'Call',
  owner: 'Dana Reyes',
} as const;

async function teamDana(db: Awaited<ReturnType<typeof freshDb>>) {
  const team = await loadTeamView({
    db,
    filters: { period: '30d', motion: 'mid-market' },
    settings: defaultSettings(CLOCK.timeZone),
    now: CLOCK.now,
  });
  const dana = team.reps.find((r) => r.rep === 'Dana Reyes')?.counts;
  return { total: dana?.total, email: dana?.byChannel.email, inbound: dana?.inbound };
}

describe('a report email with no direction column and its page copy received', () => {
  for (const order of ['report first', 'page first'] as const) {
    it(`is one inbound email on the contact panel and on the team page (${order})`, async () => {
      const db = await freshDb();
      if (order === 'page first') await readContactPage(db, SF, [pageEmail, pageCall]);
      await importText(db, 'salesforce', SF.tenant, REPORT);
      if (order === 'report first') await readContactPage(db, SF, [pageEmail, pageCall]);
      const panel = (await contactView(db, KEY)).touches;
      expect({ total: panel.total, email: panel.byChannel.email, inbound: panel.inbound }).toEqual({
        total: 2,
        email: 1,
        inbound: 1,
      });
      expect(await teamDana(db)).toEqual({ total: 2, email: 1, inbound: 1 });
    });
  }

  it('stays presumed outbound where no copy says otherwise (the report alone)', async () => {
    const db = await freshDb();
    await importText(db, 'salesforce', SF.tenant, REPORT);
    await readContactPage(db, SF, [pageCall]);
    const email = (await dump(db)).find((a) => a.type === 'email');
    expect([email?.direction, email?.directionPresumed]).toEqual(['outbound', true]);
    const panel = (await contactView(db, KEY)).touches;
    expect([panel.byChannel.email, panel.inbound]).toEqual([1, 0]);
  });

  it('takes the direction a later export states', async () => {
    const db = await freshDb();
    await importText(db, 'salesforce', SF.tenant, REPORT);
    await importText(db, 'salesforce', SF.tenant, STATED);
    const email = (await dump(db)).find((a) => a.type === 'email');
    expect([email?.direction, email?.directionPresumed]).toEqual(['inbound', undefined]);
  });

  it('marks as presumed an email a version before 0.7.33 imported from the same report, when the report comes again', async () => {
    const db = await freshDb();
    await importText(db, 'salesforce', SF.tenant, REPORT);
    // As 0.7.32 stored it: outbound, saying nothing of how it knew.
    const tx = db.transaction('activities', 'readwrite');
    const stored = (await tx.store.getAll()).find((a) => a.type === 'email');
    if (!stored) throw new Error('no email stored');
    const { directionPresumed: _presumed, ...before } = stored;
    await tx.store.put(before);
    await tx.done;
    await importText(db, 'salesforce', SF.tenant, REPORT);
    await readContactPage(db, SF, [pageEmail, pageCall]);
    const panel = (await contactView(db, KEY)).touches;
    expect([panel.byChannel.email, panel.inbound]).toEqual([1, 1]);
  });
});
