import { openTouchlineDb } from '../db/open';
import { moveYourTouches } from '../db/your-touches';
import type { Settings } from '../schema/settings';
import { yourNameChanges } from '../settings/your-name';

type Watch = (onChange: (settings: Settings, previous: Settings) => void) => unknown;

/**
 * When the user's name in a CRM changes, the touches it named move to the new name. Changes
 * run one after another, in the order saved, so a quick correction ends on the last name typed.
 */
export function registerYourNameJob(watch: Watch, openDb: typeof openTouchlineDb = openTouchlineDb): void {
  let queue = Promise.resolve();
  watch((settings, previous) => {
    const changes = yourNameChanges(previous, settings);
    if (changes.length === 0) return;
    queue = queue.then(() => moveAll(openDb, changes));
  });
}

async function moveAll(openDb: typeof openTouchlineDb, changes: ReturnType<typeof yourNameChanges>): Promise<void> {
  try {
    const db = await openDb();
    try {
      for (const change of changes) await moveYourTouches(db, change);
    } finally {
      db.close();
    }
  } catch (error) {
    console.error('Touchline: moving your touches to your new name failed', error);
  }
}
