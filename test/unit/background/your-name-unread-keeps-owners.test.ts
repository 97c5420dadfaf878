/**
 * docs/settings.md: a stored value that no longer passes the schema falls back to its default
 * alone. For "You in your CRMs" the default is no name, and the background's your-name job gives
 * the user's touches the name in force: a stored name that could not be read (an overlong one, a
 * newer version's copy, a hand edit) must not take the owner off the touches it named (they would
 * leave the user's team-page row), neither at once nor once a save of anything else has stored the
 * blank that stood in for it. Typing a name for that CRM ends the hold; the other CRMs' names are
 * kept and applied as ever.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerYourNameJob } from '../../../lib/background/your-name-job';
import { logTouch } from '../../../lib/db/logged-touches';
import { openTouchlineDb } from '../../../lib/db/open';
import { saveReading } from '../../../lib/db/save-reading';
import { loadSettings, loadSettingsRead, updateSettings, watchSettings } from '../../../lib/settings/storage';
import { contactKey, contactReading, freshName, NOW, workedContact, ZONE } from '../db/world-readings';

const id = workedContact();

beforeEach(() => fakeBrowser.reset());

/** A cache with one HubSpot touch logged, given the name "Sam Quill" by the job. */
async function touchNamedSamQuill() {
  const name = freshName();
  const db = await openTouchlineDb(name);
  await saveReading(db, contactReading(id), NOW, ZONE);
  const touch = await logTouch(db, { recordKey: contactKey(id), channel: 'call' }, NOW);
  const open = () => openTouchlineDb(name);
  await updateSettings({ yourNames: { hubspot: 'Sam Quill', pipedrive: 'Sam Q' } });
  await registerYourNameJob(watchSettings, loadSettingsRead, open)();
  const ownerNow = async () => (await db.get('activities', touch.key))?.owner;
  expect(await ownerNow()).toBe('Sam Quill');
  /** The touch as an earlier version named it. */
  const ownedAs = async (owner: string) => {
    const row = await db.get('activities', touch.key);
    if (row) await db.put('activities', { ...row, owner });
  };
  return { open, ownerNow, ownedAs };
}

/** Writes the stored settings as a hand edit or another version would, past the schema. */
async function storeRaw(change: Record<string, unknown>) {
  await fakeBrowser.storage.local.set({ settings: { ...(await storedSettings()), ...change } });
}

async function storedSettings(): Promise<Record<string, unknown>> {
  return (await fakeBrowser.storage.local.get('settings')).settings as Record<string, unknown>;
}

const tooLong = 'x'.repeat(201);

describe('a stored name that could not be read', () => {
  it('leaves the touches it named on that name, at the next start and after a save stored the blank', async () => {
    const { open, ownerNow } = await touchNamedSamQuill();
    await storeRaw({ yourNames: { hubspot: tooLong, pipedrive: 'Sam Q' } });
    expect((await loadSettings()).yourNames).toEqual({ pipedrive: 'Sam Q' });

    await registerYourNameJob(watchSettings, loadSettingsRead, open)();
    expect(await ownerNow()).toBe('Sam Quill');

    // The panel's period switch stores the settings in force: the blank stands for the unread name now.
    await updateSettings({ period: '90d' });
    expect((await storedSettings()).yourNames).toEqual({ pipedrive: 'Sam Q' });
    await registerYourNameJob(watchSettings, loadSettingsRead, open)();
    expect(await ownerNow()).toBe('Sam Quill');
  });

  it('holds while the background runs, and a name typed for that CRM then applies', async () => {
    const { open, ownerNow } = await touchNamedSamQuill();
    const run = registerYourNameJob(watchSettings, loadSettingsRead, open);
    await storeRaw({ yourNames: { hubspot: 42 } });
    // After the run the change started.
    await run();
    expect(await ownerNow()).toBe('Sam Quill');

    await updateSettings({ yourNames: { hubspot: 'Samantha Quill' } });
    await vi.waitFor(async () => expect(await ownerNow()).toBe('Samantha Quill'));
    // No longer held: clearing the name now is a name cleared.
    await updateSettings({ yourNames: {} });
    await vi.waitFor(async () => expect(await ownerNow()).toBeUndefined());
  });

  it("keeps the name of the CRM that could be read when another CRM's name could not", async () => {
    const { open, ownerNow } = await touchNamedSamQuill();
    await storeRaw({ yourNames: { hubspot: 'Sam Quill', pipedrive: tooLong, zoho: 'Sam' } });
    expect((await loadSettings()).yourNames).toEqual({ hubspot: 'Sam Quill' });
    await registerYourNameJob(watchSettings, loadSettingsRead, open)();
    expect(await ownerNow()).toBe('Sam Quill');
  });
});

describe('a name applied before names were spaced as pages are read', () => {
  it('is given again spaced as the page shows its owners', async () => {
    const { open, ownerNow, ownedAs } = await touchNamedSamQuill();
    await ownedAs('Sam  Quill');
    await storeRaw({ yourNames: { hubspot: 'Sam  Quill' } });
    await fakeBrowser.storage.local.set({ yourNamesApplied: { hubspot: 'Sam  Quill' } });
    await registerYourNameJob(watchSettings, loadSettingsRead, open)();
    expect(await ownerNow()).toBe('Sam Quill');
  });
});
