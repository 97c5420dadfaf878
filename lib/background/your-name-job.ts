import { storage } from 'wxt/utils/storage';
import { openTouchlineDb } from '../db/open';
import { applyYourNames } from '../db/your-touches';
import type { Settings } from '../schema/settings';
import { yourNameChanges } from '../settings/your-name';

type Watch = (onChange: (settings: Settings, previous: Settings) => void) => unknown;

/** The names the user's touches were last wholly given (a run a stopped worker cut short is not). */
const appliedItem = storage.defineItem<Settings['yourNames']>('local:yourNamesApplied', { fallback: {} });

/**
 * Keeps the user's touches on the name the settings give in each CRM: after each change of a
 * name, and at every start of the background, which finishes a run that a stopped worker cut
 * short. Runs go one after another and each applies the names saved when it starts, so a quick
 * correction ends on the last name typed. Resolves when the run it queued is over.
 */
export function registerYourNameJob(
  watch: Watch,
  loadSettings: () => Promise<Settings>,
  openDb: typeof openTouchlineDb = openTouchlineDb,
): () => Promise<void> {
  let queue = Promise.resolve();
  const run = () => {
    queue = queue.then(() => applyIfChanged(loadSettings, openDb));
    return queue;
  };
  watch((settings, previous) => {
    if (yourNameChanges(previous, settings).length > 0) void run();
  });
  void run();
  return run;
}

async function applyIfChanged(loadSettings: () => Promise<Settings>, openDb: typeof openTouchlineDb): Promise<void> {
  try {
    const settings = await loadSettings();
    if (yourNameChanges({ yourNames: await appliedItem.getValue() }, settings).length === 0) return;
    const db = await openDb();
    try {
      await applyYourNames(db, settings);
    } finally {
      db.close();
    }
    await appliedItem.setValue(settings.yourNames);
  } catch (error) {
    console.error('Touchline: giving your touches your name failed; the next start tries again', error);
  }
}
