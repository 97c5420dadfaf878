import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import type { ActivityReading } from '../../../lib/schema/activity';
import { ANA, anaKey, call, contactPage, viewOf } from './hand-pages';
import { at, save, world } from './logged-story';

/**
 * metrics.md "Direction: outbound (rep to contact), inbound (contact to rep)"; "Duplicate": the same
 * touch captured twice, every rule with the same direction; "Logged in Touchline" merges a logged
 * touch with the CRM's copy *of it*. Ana's LinkedIn answer, logged by the rep as inbound, is not a
 * copy of the rep's own LinkedIn message the CRM synced that morning.
 */
describe('a logged inbound LinkedIn answer and the rep’s synced message of that morning', () => {
  const message = (timestamp: string): ActivityReading =>
    call(timestamp, { type: 'social', channel: 'social', title: 'LinkedIn message', outcome: undefined });

  it('are 2 social touches, 1 of them inbound (Ana’s reply), once the CRM shows the rep’s message', async () => {
    const db = await world();
    // 06:00 LA: the rep logs Ana's answer (inbound), which the CRM never syncs.
    await logTouch(
      db,
      { recordKey: anaKey, channel: 'social', direction: 'inbound', timestamp: '2026-11-20T14:00:00.000Z' },
      at(20),
    );
    // The CRM then shows the rep's own outbound message of 05:00 LA (synced late, first seen now).
    await save(db, contactPage(ANA, [message('2026-11-20T13:00:00.000Z')]), at(10));
    const view = await viewOf(db, anaKey);
    expect(view.touches.byChannel.social).toBe(2);
    expect(view.touches.inbound).toBe(1);
  });

  it('(control) a logged inbound message does take the CRM’s inbound copy of it: 1 social touch, inbound', async () => {
    const db = await world();
    await logTouch(
      db,
      { recordKey: anaKey, channel: 'social', direction: 'inbound', timestamp: '2026-11-20T14:00:00.000Z' },
      at(20),
    );
    await save(db, contactPage(ANA, [{ ...message('2026-11-20T14:00:00.000Z'), direction: 'inbound' }]), at(10));
    const view = await viewOf(db, anaKey);
    expect(view.touches.byChannel.social).toBe(1);
    expect(view.touches.inbound).toBe(1);
  });
});
