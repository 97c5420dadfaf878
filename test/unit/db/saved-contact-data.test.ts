import { describe, expect, it } from 'vitest';
import { createService } from '../../../lib/background/service';
import { logTouch } from '../../../lib/db/logged-touches';
import { readContactData } from '../../../lib/db/reads';
import { saveReadings } from '../../../lib/db/save-reading';
import { readingResponseSchema, viewResponseSchema } from '../../../lib/messaging/protocol';
import { defaultSettings } from '../../../lib/schema/settings';
import { contactKey, contactReading, dealReading, dealWithContacts, freshDb, NOW, ZONE } from './world-readings';

const deal = dealWithContacts();
const [first, second] = deal.contactIds as [number, number];
const at = (reading: ReturnType<typeof contactReading> | ReturnType<typeof dealReading>) => ({
  result: reading,
  now: NOW,
  timeZone: ZONE,
  pageTimeZone: ZONE,
});

/**
 * A contact reading's summary carries the contact and its rows as they are after the commit, so
 * the background answers with a view without reading them again: it must be exactly what a read
 * finds, whatever else the batch or the cache did to those rows.
 */
describe('the contact data a save hands back', () => {
  it('equals a read after the commit: rows from a deal page, a logged touch, an older and a later reading', async () => {
    const db = await freshDb();
    await saveReadings(db, [at(dealReading(deal.id)), at(contactReading(first, () => []))]);
    await logTouch(db, { recordKey: contactKey(first), channel: 'call', timestamp: NOW.toISOString() }, NOW);
    const halfTimeline = contactReading(first, (all) => all.slice(0, Math.ceil(all.length / 2)));
    const summaries = await saveReadings(db, [
      at(halfTimeline),
      at(contactReading(second)),
      at(dealReading(deal.id)),
      at(contactReading(first)),
    ]);

    const afterwards = await readContactData(db, contactKey(first));
    for (const summary of [summaries[0], summaries[3]]) {
      expect(summary?.saved?.contact).toEqual(afterwards.contact);
      expect(summary?.saved?.activities).toEqual(afterwards.activities);
    }
    expect(summaries[1]?.saved).toEqual(await readContactData(db, contactKey(second)));
    expect(afterwards.activities.some((a) => a.origin === 'logged-in-touchline')).toBe(true);
    expect(afterwards.activities.some((a) => a.dealKeys.length > 0)).toBe(true);
    expect(summaries[2]?.saved).toBeUndefined();
  });

  it('gives readingSaved the same view as asking for it afterwards', async () => {
    const service = createService({ db: freshDb(), now: () => NOW, settings: () => defaultSettings(ZONE) });
    await service.readingSaved(dealReading(deal.id));
    const answer = readingResponseSchema.parse(await service.readingSaved(contactReading(first)));
    const asked = viewResponseSchema.parse(await service.getView({ recordKey: contactKey(first) }));

    if (!answer.ok || !asked.ok) throw new Error('expected both answers to carry a view');
    expect(answer.view).toEqual(asked.view);
  });
});
