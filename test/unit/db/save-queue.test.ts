import { describe, expect, it } from 'vitest';
import { createSaveQueue } from '../../../lib/db/save-queue';
import { type PageReading, type SaveSummary, saveReadings } from '../../../lib/db/save-reading';
import { contactKey, contactReading, freshDb, NOW, world, ZONE } from './world-readings';

const readingOf = (id: number): PageReading => ({ result: contactReading(id), now: NOW, timeZone: ZONE });
const workedIds = world.contacts.slice(0, 12).map((c) => c.id);

describe('saving readings that arrive together', () => {
  it('saves a lone reading at once, and a burst in a few shared transactions', async () => {
    const db = await freshDb();
    const batches: number[] = [];
    const save = createSaveQueue((batch) => {
      batches.push(batch.length);
      return saveReadings(db, batch);
    });

    const summaries = await Promise.all(workedIds.map((id) => save(readingOf(id))));

    expect(batches[0]).toBe(1);
    expect(batches.length).toBeLessThan(workedIds.length);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(workedIds.length);
    expect(summaries.map((s) => s.recordKey)).toEqual(workedIds.map(contactKey));
    expect(await db.count('contacts')).toBe(workedIds.length);
  });

  it('answers each caller only once its transaction has committed, and fails the whole batch together', async () => {
    let release: () => void = () => undefined;
    const calls: PageReading[][] = [];
    const save = createSaveQueue(
      (batch) =>
        new Promise<SaveSummary[]>((resolve, reject) => {
          calls.push(batch);
          if (calls.length === 1) release = () => resolve([summaryOf(batch[0])]);
          else reject(new Error('quota exceeded'));
        }),
    );
    const settled: string[] = [];
    const first = save(readingOf(workedIds[0] as number)).then(() => settled.push('first'));
    const second = save(readingOf(workedIds[1] as number)).catch((e: Error) => settled.push(`second: ${e.message}`));
    const third = save(readingOf(workedIds[2] as number)).catch((e: Error) => settled.push(`third: ${e.message}`));
    await Promise.resolve();
    expect(settled).toEqual([]);
    release();
    await Promise.all([first, second, third]);
    expect(calls.map((b) => b.length)).toEqual([1, 2]);
    expect(settled).toEqual(['first', 'second: quota exceeded', 'third: quota exceeded']);
  });
});

function summaryOf(reading: PageReading | undefined): SaveSummary {
  return {
    recordKey: reading ? contactKey(reading.result.recordId) : '',
    added: 0,
    updated: 0,
    mergedLogged: [],
    invalid: [],
  };
}
