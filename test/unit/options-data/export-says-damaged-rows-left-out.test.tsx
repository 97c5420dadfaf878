// @vitest-environment happy-dom
/**
 * A cache may hold rows stored in a shape Touchline no longer reads (kept by the version 2 upgrade,
 * skipped by every read, counted nowhere). Export everything leaves them out, so the file can be
 * imported (lib/backup/export-backup.ts); the options page says after the export how many it left
 * out and of which kind, the one place the user hears of them.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataSection } from '../../../components/options/data/DataSection';
import type { DataDeps } from '../../../components/options/data/data-deps';
import type { TouchlineDb } from '../../../lib/db/schema';
import { defaultSettings } from '../../../lib/schema/settings';
import { storedRows, workedCache } from '../backup/backup-world';
import { NOW, ZONE } from '../db/world-readings';

afterEach(cleanup);

function depsFor(db: TouchlineDb) {
  const saved: Blob[] = [];
  const deps: DataDeps = {
    db: async () => db,
    loadSettings: async () => defaultSettings(ZONE),
    restoreSettings: vi.fn(async () => undefined),
    now: () => NOW,
    usage: async () => undefined,
    save: (blob) => saved.push(blob),
  };
  return { deps, saved };
}

async function exportWith(db: TouchlineDb): Promise<string> {
  const { deps, saved } = depsFor(db);
  render(<DataSection deps={deps} />);
  await screen.findByRole('row', { name: /HubSpot 4412345/ });
  fireEvent.click(screen.getByRole('button', { name: /Export everything/ }));
  await waitFor(() => expect(saved).toHaveLength(1));
  return (await screen.findByText(/^Exported/)).textContent ?? '';
}

describe('Export everything on the options page', () => {
  it('says how many damaged rows of each store it left out', async () => {
    const db = await workedCache();
    const { activities, contacts } = await storedRows(db);
    const [first, second] = activities.filter((a) => a.origin === 'page');
    const contact = contacts[0];
    if (!first || !second || !contact) throw new Error('world too small');
    for (const row of [first, second]) await db.put('activities', { ...row, key: `${row.key}-old`, title: 7 } as never);
    await db.put('contacts', { ...contact, key: `${contact.key}-old`, crm: 'zoho' } as never);

    const status = await exportWith(db);

    expect(status).toMatch(/Left out 1 damaged contact and 2 damaged activities \(stored in a shape/);
  });

  it('says nothing of the kind when every stored row went in', async () => {
    expect(await exportWith(await workedCache())).toMatch(/^Exported [\d,]+ rows\.$/);
  });
});
