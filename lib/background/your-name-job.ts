import { storage } from 'wxt/utils/storage';
import { openTouchlineDb } from '../db/open';
import { applyYourNames } from '../db/your-touches';
import { type Crm, crmSchema } from '../schema/activity';
import type { Settings } from '../schema/settings';
import { namesInForce } from '../settings/names-in-force';
import { fellBackAt, type SettingsRead } from '../settings/settings-read';
import { yourNameChanges } from '../settings/your-name';

type Watch = (onChange: (settings: Settings, previous: Settings) => void) => unknown;

/** The names the user's touches were last wholly given (a run a stopped worker cut short is not). */
const appliedItem = storage.defineItem<Settings['yourNames']>('local:yourNamesApplied', { fallback: {} });

/** The CRMs whose stored name could not be read, and has not been typed since (namesInForce). */
const heldItem = storage.defineItem<Crm[]>('local:yourNamesHeld', { fallback: [] });

/**
 * Keeps the user's touches on the name the settings give in each CRM: after each change of a
 * name, and at every start of the background, which finishes a run that a stopped worker cut
 * short. Runs go one after another and each applies the names saved when it starts, so a quick
 * correction ends on the last name typed. A name the stored settings hold but could not be read
 * (`fellBack`) takes no owner off a touch (namesInForce). Resolves when the run it queued is over.
 */
export function registerYourNameJob(
  watch: Watch,
  loadSettings: () => Promise<SettingsRead>,
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

async function applyIfChanged(
  loadSettings: () => Promise<SettingsRead>,
  openDb: typeof openTouchlineDb,
): Promise<void> {
  try {
    const { settings, fellBack: unread } = await loadSettings();
    const applied = await appliedItem.getValue();
    const wasHeld = await heldItem.getValue();
    const unreadNow = crmSchema.options.filter((crm) => fellBackAt(unread, `yourNames.${crm}`));
    const { names, held } = namesInForce(settings, applied, [...wasHeld, ...unreadNow]);
    // Noted first: a run cut short after it still holds at the next start, whatever was saved meanwhile.
    if (held.join() !== wasHeld.join()) await heldItem.setValue(held);
    // As stored, not as yourNameChanges reads them: names applied before they were spaced as pages
    // are read (two spaces) are given again, spaced as the pages' owners are.
    if (crmSchema.options.every((crm) => applied[crm] === names[crm])) return;
    const db = await openDb();
    try {
      await applyYourNames(db, { yourNames: names });
    } finally {
      db.close();
    }
    await appliedItem.setValue(names);
  } catch (error) {
    console.error('Touchline: giving your touches your name failed; the next start tries again', error);
  }
}
