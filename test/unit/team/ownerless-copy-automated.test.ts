/**
 * Review v6 (00a9810). metrics.md, Duplicate: "The merged touch keeps ... `automated` if any copy
 * came from a sequence. Duplicates are merged before any count." Automated touches: "when the
 * setting leaves automated touches out of the headline, they are left out of every touch figure
 * (counts, cadence, days since last touch ...)".
 *
 * Jordan Lee (owner Alex Morgan). Alex called him 30 days ago (manual). 5 days ago a sequence sent
 * him an email: Alex's contact-page copy carries the sequence badge (automated, CRM id e-1); the
 * deal page's copy of the same email (same id) shows neither badge nor owner. Setting: automated
 * touches not counted. The email is one touch, automated: left out. Jordan's last counted touch is
 * the call 30 days ago, beyond the 14-day follow-up limit: gone cold, last touch 30 days ago
 * (on the current code: listed with last touch 5 days ago, "A single email and nothing since").
 */
import { describe, expect, it } from 'vitest';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { call, contact, email, NOW, reply, settings } from '../metrics/builders';
import { cacheWith } from './team-cache';

const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

describe('review v6: an ownerless copy of a sequence email', () => {
  it('control: without the deal-page copy, gone cold since the call', async () => {
    const sequenced = email(ago(5), 'Quick question', { owner: 'Alex Morgan', automated: true, sourceId: 'e-1' });
    const db = await cacheWith({
      activities: [call(ago(30), 'connected', { owner: 'Alex Morgan' }), sequenced],
      contacts: [contact()],
    });
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings({ countAutomated: false }),
      now: NOW,
    });
    expect(view.followUps.map((f) => [f.name, f.kind, f.lastTouchAt])).toEqual([['Jordan Lee', 'gone-cold', ago(30)]]);
  });

  it('stays automated when merged with its owned copy: gone cold since the call, 30 days ago', async () => {
    const sequenced = email(ago(5), 'Quick question', { owner: 'Alex Morgan', automated: true, sourceId: 'e-1' });
    const dealCopy = email(ago(5), 'Quick question', { automated: false, sourceId: 'e-1' });
    delete (dealCopy as { owner?: string }).owner;
    const db = await cacheWith({
      activities: [call(ago(30), 'connected', { owner: 'Alex Morgan' }), sequenced, dealCopy],
      contacts: [contact()],
    });
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings({ countAutomated: false }),
      now: NOW,
    });
    // Its last counted touch is the call 30 days ago, not the sequence email 5 days ago.
    expect(view.followUps.map((f) => [f.name, f.kind, f.lastTouchAt])).toEqual([['Jordan Lee', 'gone-cold', ago(30)]]);
  });

  /*
   * metrics.md: "An automated inbound email (auto-reply, out-of-office) is never a reply", and the
   * merged touch is automated if any copy is. Alex emails Jordan 5 days ago; 4 days ago Jordan's
   * out-of-office comes back: the contact page flags it automated and shows Alex as owner (CRM id
   * r-9), the deal page's copy (same id) shows neither. Setting: automated touches not counted.
   * By hand: 1 outbound email, no reply: Alex 0 of 1, team 0 of 1.
   */
  it('an out-of-office whose ownerless copy lacks the automated flag answers no email', async () => {
    const auto = reply(ago(4), 'Out of office', { owner: 'Alex Morgan', automated: true, sourceId: 'r-9' });
    const dealCopy = reply(ago(4), 'Out of office', { automated: false, sourceId: 'r-9' });
    delete (dealCopy as { owner?: string }).owner;
    const db = await cacheWith({
      activities: [email(ago(5), 'Pricing', { owner: 'Alex Morgan', sourceId: 'e-2' }), auto, dealCopy],
      contacts: [contact()],
    });
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings({ countAutomated: false }),
      now: NOW,
    });
    expect(view.reps.find((r) => r.rep === 'Alex Morgan')?.replyRate).toMatchObject({ numerator: 0, denominator: 1 });
    expect(view.team?.replyRate).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it('control: the same with automated touches counted reads 0 of 1', async () => {
    const auto = reply(ago(4), 'Out of office', { owner: 'Alex Morgan', automated: true, sourceId: 'r-9' });
    const dealCopy = reply(ago(4), 'Out of office', { automated: false, sourceId: 'r-9' });
    delete (dealCopy as { owner?: string }).owner;
    const db = await cacheWith({
      activities: [email(ago(5), 'Pricing', { owner: 'Alex Morgan', sourceId: 'e-2' }), auto, dealCopy],
      contacts: [contact()],
    });
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings(),
      now: NOW,
    });
    expect(view.reps.find((r) => r.rep === 'Alex Morgan')?.replyRate).toMatchObject({ numerator: 0, denominator: 1 });
  });
});
