import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerYourNameJob } from '../../../lib/background/your-name-job';
import { logTouch } from '../../../lib/db/logged-touches';
import { openTouchlineDb } from '../../../lib/db/open';
import { saveReading } from '../../../lib/db/save-reading';
import { loadSettingsRead, updateSettings, watchSettings } from '../../../lib/settings/storage';
import { contactKey, contactReading, freshName, NOW, workedContact, ZONE } from '../db/world-readings';

const id = workedContact();

beforeEach(() => fakeBrowser.reset());

/** A cache with one touch logged before any name was set. */
async function cacheWithLoggedTouch() {
  const name = freshName();
  const db = await openTouchlineDb(name);
  await saveReading(db, contactReading(id), NOW, ZONE);
  const touch = await logTouch(db, { recordKey: contactKey(id), channel: 'call' }, NOW);
  const ownerNow = async () => (await db.get('activities', touch.key))?.owner;
  return { open: () => openTouchlineDb(name), ownerNow };
}

describe('setting your name in a CRM', () => {
  it('gives the touches you logged before that name, then the next name typed, then none', async () => {
    const { open, ownerNow } = await cacheWithLoggedTouch();
    expect(await ownerNow()).toBeUndefined();
    registerYourNameJob(watchSettings, loadSettingsRead, open);

    await updateSettings({ yourNames: { hubspot: 'Sam Quill' } });
    await vi.waitFor(async () => expect(await ownerNow()).toBe('Sam Quill'));

    await updateSettings({ yourNames: { hubspot: 'Sam Q.' } });
    await updateSettings({ yourNames: { hubspot: 'Samantha Quill' } });
    await vi.waitFor(async () => expect(await ownerNow()).toBe('Samantha Quill'));

    await updateSettings({ yourNames: {} });
    await vi.waitFor(async () => expect(await ownerNow()).toBeUndefined());
  });

  it('finishes at the next start a run that a stopped worker cut short', async () => {
    const { open, ownerNow } = await cacheWithLoggedTouch();
    // The name was saved while no background listened (or the worker stopped before the run ended).
    await updateSettings({ yourNames: { hubspot: 'Sam Quill' } });
    expect(await ownerNow()).toBeUndefined();

    // Registering is the background's start: nothing changes after it, the run starts by itself.
    registerYourNameJob(watchSettings, loadSettingsRead, open);
    await vi.waitFor(async () => expect(await ownerNow()).toBe('Sam Quill'));
  });

  it('does not scan the store again at a start once the names are applied', async () => {
    const { open } = await cacheWithLoggedTouch();
    await updateSettings({ yourNames: { hubspot: 'Sam Quill' } });
    await registerYourNameJob(watchSettings, loadSettingsRead, open)();

    const opened = vi.fn(open);
    await registerYourNameJob(watchSettings, loadSettingsRead, opened)();
    expect(opened).not.toHaveBeenCalled();
  });
});
