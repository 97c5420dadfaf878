/**
 * Review s56 (backup). One rep, two browsers. The desktop reads Ana's page while the CRM shows her
 * demo held; its backup goes to the laptop, which later reads the page again and sees the demo
 * marked no-show. The laptop's backup comes back to the desktop. metrics.md: a meeting held is one
 * "not cancelled or marked no-show", and decisions.md lets no older copy overwrite a newer: the
 * laptop's copy is the later sighting, so both browsers count no meeting, as one browser reading
 * both pages does. The desktop kept its own "held": its first sighting was the desktop's, and page
 * rows carried no time of a later change, so nothing told the laptop's row was newer.
 */
import { describe, expect, it } from 'vitest';
import type { ActivityReading } from '../../../../lib/schema/activity';
import { ANA, anaKey, call, contactPage, viewOf } from '../../db/hand-pages';
import { freshDb } from '../../db/world-readings';
import { carry, minutes, save } from './world';

const AT = '2026-11-19T18:00:00.000Z';
const shown = (outcome: ActivityReading['outcome']) =>
  contactPage(ANA, [
    call(AT, { type: 'meeting', channel: 'meeting', title: 'Product demo', sourceId: 'mtg-12', outcome }),
  ]);
const meetings = async (db: Awaited<ReturnType<typeof freshDb>>) =>
  (await viewOf(db, anaKey)).touches.byChannel.meeting ?? 0;

describe('an outcome the CRM changed later, seen only on the other browser', () => {
  it('comes back with its backup: no meeting held on either browser', async () => {
    const desktop = await freshDb();
    await save(desktop, shown('held'), minutes(-60));
    const laptop = await freshDb();
    await carry(desktop, laptop, minutes(-50));
    await save(laptop, shown('no-show'), minutes(-20));
    expect(await meetings(laptop)).toBe(0);

    await carry(laptop, desktop, minutes(-10));

    expect(await meetings(desktop)).toBe(0);
  });

  it('does not replace what this browser saw after the other browser last changed it', async () => {
    const desktop = await freshDb();
    await save(desktop, shown('held'), minutes(-60));
    const laptop = await freshDb();
    await carry(desktop, laptop, minutes(-50));
    await save(laptop, shown('no-show'), minutes(-40));
    // The CRM set it back to held; only the desktop saw that, after the laptop's reading.
    await save(desktop, shown('no-show'), minutes(-30));
    await save(desktop, shown('held'), minutes(-20));

    await carry(laptop, desktop, minutes(-10));

    expect(await meetings(desktop)).toBe(1);
  });
});
