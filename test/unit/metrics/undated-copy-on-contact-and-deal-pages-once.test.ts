import { describe, expect, it } from 'vitest';
import { collectTouches } from '../../../lib/metrics/collect-touches';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { buildDealView } from '../../../lib/metrics/deal-view';
import type { Activity } from '../../../lib/schema/activity';
import { contactsWithUndatedReplies } from '../../../lib/team/undated-replies';
import { cacheWith } from '../team/team-cache';
import { contact, deal, dealKey, JORDAN, LA, NOW, SAM, settings, undated } from './builders';

/**
 * One email, shown on Jordan's page and on the deal's timeline (naming Jordan), both with a date
 * Touchline cannot read ("18. Nov."). Without a CRM id each page stores its own row (the key hashes
 * the page's record), and readContactData returns both (byContact index). The dated copies would
 * merge by duplicate rule 3 (same person, channel, direction, title); undated, they were counted
 * twice: "2 touches could not be dated" and "Times contacted: CRM 1 · Touchline 2".
 * metrics.md: "Duplicates are merged before any count."
 */
const DEAL = dealKey('7002');
const onJordansPage = (dateText: string, extra: Partial<Activity> = {}) =>
  undated(dateText, { title: 'Route pricing v2', ...extra });
const onDealPage = (dateText: string, extra: Partial<Activity> = {}) =>
  undated(dateText, { title: 'Route pricing v2', dealKeys: [DEAL], ...extra });

function undatedOf(activities: Activity[], scopeKey = JORDAN) {
  const collected = collectTouches(activities, { now: NOW, timeZone: LA, scopeKey });
  return [collected.undated, collected.undatedAutomated];
}

describe('an undated email read on the contact page and on the deal page', () => {
  const view = buildContactView({
    contact: contact({ crmFigures: { timesContacted: 1 } }),
    activities: [onJordansPage('18. Nov.'), onDealPage('18. Nov.')],
    settings: settings(),
    now: NOW,
  });

  it('is one undated touch', () => {
    expect(view.touches.undated).toBe(1);
  });

  it('is one in Touchline’s "times contacted"', () => {
    expect(view.crmComparisons.find((row) => row.label === 'Times contacted')?.touchlineValue).toBe('1');
  });

  it('is one on the deal’s panel too', () => {
    const fleetPilot = deal({ key: DEAL, recordId: '7002', contacts: [{ id: '901', name: 'Jordan Lee' }] });
    const dealView = buildDealView({
      deal: fleetPilot,
      activities: [onJordansPage('18. Nov.'), onDealPage('18. Nov.')],
      contacts: [contact()],
      summaries: [],
      settings: settings(),
      now: NOW,
    });
    expect(dealView.touches.undated).toBe(1);
  });

  it('is automated when either copy says a sequence sent it, in either order', () => {
    const byHand = onJordansPage('18. Nov.');
    const sequence = onDealPage('18. Nov.', { automated: true });
    expect(undatedOf([byHand, sequence])).toEqual([1, 1]);
    expect(undatedOf([sequence, byHand])).toEqual([1, 1]);
  });
});

describe('undated emails with one subject, on one page and on another', () => {
  it('are two when one page shows two: a page never shows one touch twice', () => {
    expect(undatedOf([onJordansPage('18. Nov.'), onJordansPage('19. Nov.')])).toEqual([2, 0]);
  });

  it('are as many as the page showing most of them: two on the contact page, one on the deal page', () => {
    const rows = [onJordansPage('18. Nov.'), onDealPage('18. Nov.'), onJordansPage('19. Nov.')];
    expect(undatedOf(rows)).toEqual([2, 0]);
    expect(undatedOf([...rows].reverse())).toEqual([2, 0]);
  });

  it('pair a deal page’s copy with the one printed with its date text', () => {
    const calls = { type: 'call' as const, channel: 'call' as const, title: 'Call with Jordan Lee' };
    const { undatedTouches } = collectTouches(
      [
        onJordansPage('18. Nov.', calls),
        onJordansPage('19. Nov.', calls),
        onDealPage('19. Nov.', { ...calls, outcome: 'connected' }),
      ],
      { now: NOW, timeZone: LA, scopeKey: JORDAN },
    );
    expect(undatedTouches.map((a) => [a.dateText, a.outcome])).toEqual([
      ['18. Nov.', undefined],
      ['19. Nov.', 'connected'],
    ]);
  });

  it('stay apart when the direction, the type, the title or the CRM account differs', () => {
    const email = onJordansPage('18. Nov.');
    for (const other of [
      onDealPage('18. Nov.', { direction: 'inbound' }),
      onDealPage('18. Nov.', { type: 'call', channel: 'call' }),
      onDealPage('18. Nov.', { title: 'Re: Route pricing v2' }),
      onDealPage('18. Nov.', { tenant: '5550001' }),
    ])
      expect(undatedOf([email, other])).toEqual([2, 0]);
  });

  it('stay two for two people on the deal’s panel, a deal copy naming nobody being either', () => {
    const toJordan = onJordansPage('18. Nov.');
    const toSam = onJordansPage('18. Nov.', { contactKeys: [SAM] });
    const dealCopy = onDealPage('18. Nov.', { contactKeys: [] });
    expect(undatedOf([toJordan, toSam, dealCopy], DEAL)).toEqual([2, 0]);
    expect(undatedOf([dealCopy, toSam, toJordan], DEAL)).toEqual([2, 0]);
    expect(undatedOf([toJordan, toSam, onDealPage('18. Nov.', { contactKeys: [SAM] })], DEAL)).toEqual([2, 0]);
  });

  it('keep the contact a deal copy naming nobody leaves out (an undated reply is its contact’s)', () => {
    const reply = { direction: 'inbound' as const, title: 'Re: Route pricing v2' };
    const { undatedTouches } = collectTouches(
      [onDealPage('18. Nov.', { ...reply, contactKeys: [] }), onJordansPage('18. Nov.', reply)],
      { now: NOW, timeZone: LA, scopeKey: DEAL },
    );
    expect(undatedTouches.map((a) => a.contactKeys)).toEqual([[JORDAN]]);
  });
});

describe('the team page’s undated replies', () => {
  it('count a reply shown on the contact page and on the deal page once, as the contact’s panel does', async () => {
    const reply = { direction: 'inbound' as const, title: 'Re: Route pricing v2' };
    const db = await cacheWith({
      activities: [onJordansPage('18. Nov.', reply), onDealPage('18. Nov.', reply)],
      contacts: [contact()],
    });
    const unsure = await contactsWithUndatedReplies({
      db,
      account: undefined,
      settings: settings(),
      now: NOW,
      pageTimeZone: LA,
      keep: async <T>(rows: T[]) => rows,
    });
    expect([...unsure]).toEqual([[JORDAN, 1]]);
  });
});
