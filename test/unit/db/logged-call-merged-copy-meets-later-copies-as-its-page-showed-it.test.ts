import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import {
  anaView,
  at,
  callsOnAnaAndDeal,
  contact,
  deal,
  item,
  kAna,
  kDeal,
  save,
  view,
  world,
} from './logged-page-copies-kit';

/**
 * metrics.md "Duplicate" rule 2: two CRM ids are one touch when they are a double capture (same
 * channel, direction, title and outcome, both timed, within 2 minutes); rule 3 needs the same
 * direction. "Logged in Touchline": the merged touch keeps the user's outcome where the page's is
 * unknown, so the stored copy the logged touch merged into carries the user's outcome (or
 * direction). A later copy of that touch, as the page shows it, is still that touch: it is
 * compared with the stored copy as the page showed that one (pageOwn), and takes the user's fields
 * too, so the metrics see one touch.
 */
describe('a later copy of a page touch that a logged call merged into', () => {
  it('a double capture in a later reading of the same page: 1 call, 1 of 1 connected', async () => {
    const db = await world();
    await logTouch(
      db,
      { recordKey: kAna, channel: 'call', timestamp: '2026-11-20T13:05:00.000Z', outcome: 'connected' },
      at(100),
    );
    await save(db, contact('501', [item('call', '2026-11-20T13:00:00.000Z', { sourceId: '3301' })]), at(60));
    await save(
      db,
      contact('501', [
        item('call', '2026-11-20T13:00:00.000Z', { sourceId: '3301' }),
        item('call', '2026-11-20T13:01:00.000Z', { sourceId: '3302' }),
      ]),
      at(30),
    );
    const ana = await anaView(db);
    expect(ana.touches.byChannel.call).toBe(1);
    expect([ana.outcomes.connectRate.numerator, ana.outcomes.connectRate.denominator]).toEqual([1, 1]);
  });

  it('the second capture first seen on the deal page: 1 call on Ana and on the deal', async () => {
    const db = await world();
    await logTouch(
      db,
      { recordKey: kAna, channel: 'call', timestamp: '2026-11-20T13:00:00.000Z', outcome: 'connected' },
      at(100),
    );
    await save(db, contact('501', [item('call', '2026-11-20T13:00:00.000Z', { sourceId: '3301' })]), at(60));
    await save(db, deal([item('call', '2026-11-20T13:01:00.000Z', { sourceId: '3302', contactIds: ['501'] })]), at(50));
    expect(await callsOnAnaAndDeal(db)).toEqual([1, 1]);
  });

  it("logged on the deal and merged there; Ana's page then shows both captures: 1 call on each", async () => {
    const db = await world();
    await logTouch(
      db,
      { recordKey: kDeal, channel: 'call', timestamp: '2026-11-20T13:00:00.000Z', outcome: 'connected' },
      at(100),
    );
    await save(db, deal([item('call', '2026-11-20T13:00:00.000Z', { sourceId: '4301', contactIds: ['501'] })]), at(60));
    await save(
      db,
      contact('501', [
        item('call', '2026-11-20T13:00:00.000Z', { sourceId: '4301' }),
        item('call', '2026-11-20T13:01:00.000Z', { sourceId: '4302' }),
      ]),
      at(30),
    );
    expect(await callsOnAnaAndDeal(db)).toEqual([1, 1]);
  });

  it("a logged outbound email, then the deal page's copy with no direction shown: 1 email on the deal", async () => {
    const db = await world();
    await logTouch(db, { recordKey: kAna, channel: 'email', timestamp: '2026-11-20T13:00:00.000Z' }, at(100));
    await save(db, contact('501', [item('email', '2026-11-20T13:00:00.000Z', { direction: 'unknown' })]), at(60));
    await save(db, deal([item('email', '2026-11-20T13:00:00.000Z', { direction: 'unknown' })]), at(30));
    const emails = [(await view(db, kAna)).touches.byChannel.email, (await view(db, kDeal)).touches.byChannel.email];
    expect(emails).toEqual([1, 1]);
  });

  it('a second capture (ids) of that email with no direction shown in a later reading: 1 email', async () => {
    const db = await world();
    await logTouch(db, { recordKey: kAna, channel: 'email', timestamp: '2026-11-20T13:00:00.000Z' }, at(100));
    await save(
      db,
      contact('501', [item('email', '2026-11-20T13:00:00.000Z', { direction: 'unknown', sourceId: '801' })]),
      at(60),
    );
    await save(
      db,
      contact('501', [
        item('email', '2026-11-20T13:00:00.000Z', { direction: 'unknown', sourceId: '801' }),
        item('email', '2026-11-20T13:01:00.000Z', { direction: 'unknown', sourceId: '802' }),
      ]),
      at(30),
    );
    expect((await view(db, kAna)).touches.byChannel.email).toBe(1);
  });

  it('without a logged touch, the captures and copies are one touch each', async () => {
    const calls = await world();
    await save(calls, contact('501', [item('call', '2026-11-20T13:00:00.000Z', { sourceId: '3301' })]), at(60));
    await save(
      calls,
      contact('501', [
        item('call', '2026-11-20T13:00:00.000Z', { sourceId: '3301' }),
        item('call', '2026-11-20T13:01:00.000Z', { sourceId: '3302' }),
      ]),
      at(30),
    );
    const emails = await world();
    await save(emails, contact('501', [item('email', '2026-11-20T13:00:00.000Z', { direction: 'unknown' })]), at(60));
    await save(emails, deal([item('email', '2026-11-20T13:00:00.000Z', { direction: 'unknown' })]), at(30));
    expect([
      (await view(calls, kAna)).touches.byChannel.call,
      (await view(emails, kAna)).touches.byChannel.email,
      (await view(emails, kDeal)).touches.byChannel.email,
    ]).toEqual([1, 1, 1]);
  });
});
