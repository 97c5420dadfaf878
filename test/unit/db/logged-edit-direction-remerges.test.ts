import { describe, expect, it } from 'vitest';
import { updateLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import { ANA, anaKey, call, contactPage, viewOf } from './hand-pages';
import { at, save, world } from './logged-story';
import { ZONE } from './world-readings';

/**
 * metrics.md "Logged in Touchline" / logged-merge.ts: a logged touch never merges with a page touch
 * of the opposite direction ("a reply the user logged is never the CRM's outbound touch"). A call
 * logged with one click is outbound; the CRM then shows the rep's own outbound call of that morning
 * and the logged one merges into it. The rep opens "Add details" and says the logged call was Ana
 * calling in (inbound). That touch is no longer the CRM's outbound call: the panel must count
 * 2 calls, 1 of them inbound, as it would had the rep logged it inbound from the start.
 */
describe('a logged call whose direction is corrected after it merged, or did not merge, with the CRM’s copy', () => {
  it('counts 2 calls, 1 inbound, as when logged inbound from the start', async () => {
    const db = await world();
    const logged = await logTouch(
      db,
      { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:00:00.000Z' },
      at(20),
    );
    await save(db, contactPage(ANA, [call('2026-11-20T13:00:00.000Z')]), at(10));
    const merged = await viewOf(db, anaKey);
    expect(merged.touches.byChannel.call).toBe(1);

    await updateLoggedTouch(db, logged.key, { direction: 'inbound' }, at(5), ZONE, ZONE);
    const view = await viewOf(db, anaKey);
    expect(view.touches.byChannel.call).toBe(2);
    expect(view.touches.inbound).toBe(1);
  });

  it('(control) logged inbound from the start: 2 calls, 1 inbound', async () => {
    const db = await world();
    await logTouch(
      db,
      { recordKey: anaKey, channel: 'call', direction: 'inbound', timestamp: '2026-11-20T14:00:00.000Z' },
      at(20),
    );
    await save(db, contactPage(ANA, [call('2026-11-20T13:00:00.000Z')]), at(10));
    const view = await viewOf(db, anaKey);
    expect(view.touches.byChannel.call).toBe(2);
    expect(view.touches.inbound).toBe(1);
  });

  it('merges with the CRM’s inbound copy once the rep corrects the one-click call to inbound: 1 call', async () => {
    const db = await world();
    // One click: outbound by default. The CRM then shows Ana's inbound call of that minute (first seen after the log).
    const logged = await logTouch(
      db,
      { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:00:00.000Z' },
      at(20),
    );
    await save(db, contactPage(ANA, [call('2026-11-20T14:00:00.000Z', { direction: 'inbound' })]), at(10));
    expect((await viewOf(db, anaKey)).touches.byChannel.call).toBe(2);
    // "Add details": it was Ana calling in. It is the CRM's call: one touch, as when logged inbound from the start.
    await updateLoggedTouch(db, logged.key, { direction: 'inbound' }, at(5), ZONE, ZONE);
    const view = await viewOf(db, anaKey);
    expect(view.touches.byChannel.call).toBe(1);
    expect(view.touches.inbound).toBe(1);
  });

  it('stays merged with a CRM copy of unknown direction, which then shows inbound: 1 call', async () => {
    const db = await world();
    const logged = await logTouch(
      db,
      { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:00:00.000Z' },
      at(20),
    );
    // The CRM's copy says nothing of the direction: it took the one-click call's outbound when they merged.
    await save(db, contactPage(ANA, [call('2026-11-20T14:00:00.000Z', { direction: 'unknown' })]), at(10));
    expect((await viewOf(db, anaKey)).touches.inbound).toBe(0);
    await updateLoggedTouch(db, logged.key, { direction: 'inbound' }, at(5), ZONE, ZONE);
    const view = await viewOf(db, anaKey);
    expect(view.touches.byChannel.call).toBe(1);
    expect(view.touches.inbound).toBe(1);
  });
});
