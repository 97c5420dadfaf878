import { afterEach, describe, expect, it, vi } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { readContactData } from '../../../lib/db/reads';
import { saveReading } from '../../../lib/db/save-reading';
import { contactKey, contactReading, dump, freshDb, NOW, workedContact, ZONE } from './world-readings';

const id = workedContact();
const later = new Date(NOW.getTime() + 60_000);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('storage failures', () => {
  it("tells the user the browser's storage is full, and saves nothing of the reading", async () => {
    const db = await freshDb();
    await saveReading(
      db,
      contactReading(id, (items) => items.slice(0, 3)),
      NOW,
      ZONE,
    );
    const before = await dump(db);
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      puts += 1;
      if (puts === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });

    await expect(saveReading(db, contactReading(id), later, ZONE)).rejects.toMatchObject({
      kind: 'storage',
      message:
        "Touchline could not save: the browser's storage for extensions is full. Free some disk space or remove old Touchline data, then reload the page.",
    });
    vi.restoreAllMocks();
    expect(await dump(db)).toEqual(before);
  });

  it('reports a transaction the browser aborts before it commits, rather than acknowledging the save', async () => {
    const db = await freshDb();
    await saveReading(db, contactReading(id), NOW, ZONE);
    const before = await dump(db);
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = add.apply(this, args);
      this.transaction.abort();
      return request;
    });

    await expect(logTouch(db, { recordKey: contactKey(id), channel: 'call' }, NOW)).rejects.toMatchObject({
      kind: 'storage',
      message: expect.stringMatching(/^Touchline could not save: the browser cancelled/),
    });
    expect(await dump(db)).toEqual(before);
  });

  it('explains a closed connection when reading', async () => {
    const db = await freshDb();
    db.close();
    await expect(readContactData(db, contactKey(id))).rejects.toMatchObject({
      kind: 'storage',
      message: expect.stringContaining('could not read its saved data'),
    });
  });
});
