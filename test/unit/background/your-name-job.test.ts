import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerYourNameJob } from '../../../lib/background/your-name-job';
import { logTouch } from '../../../lib/db/logged-touches';
import { openTouchlineDb } from '../../../lib/db/open';
import { saveReading } from '../../../lib/db/save-reading';
import { updateSettings, watchSettings } from '../../../lib/settings/storage';
import { contactKey, contactReading, freshName, NOW, workedContact, ZONE } from '../db/world-readings';

const id = workedContact();

beforeEach(() => fakeBrowser.reset());

describe('setting your name in a CRM', () => {
  it('moves the touches you logged before to that name, then to the next name typed', async () => {
    const name = freshName();
    const db = await openTouchlineDb(name);
    await saveReading(db, contactReading(id), NOW, ZONE);
    const touch = await logTouch(db, { recordKey: contactKey(id), channel: 'call' }, NOW);
    expect(touch.owner).toBeUndefined();
    registerYourNameJob(watchSettings, () => openTouchlineDb(name));
    const ownerNow = async () => (await db.get('activities', touch.key))?.owner;

    await updateSettings({ yourNames: { hubspot: 'Sam Quill' } });
    await vi.waitFor(async () => expect(await ownerNow()).toBe('Sam Quill'));

    await updateSettings({ yourNames: { hubspot: 'Sam Q.' } });
    await updateSettings({ yourNames: { hubspot: 'Samantha Quill' } });
    await vi.waitFor(async () => expect(await ownerNow()).toBe('Samantha Quill'));

    await updateSettings({ motion: 'smb' });
    await updateSettings({ yourNames: {} });
    await vi.waitFor(async () => expect(await ownerNow()).toBeUndefined());
  });
});
