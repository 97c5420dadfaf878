// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataSection } from '../../../components/options/data/DataSection';
import type { DataDeps } from '../../../components/options/data/data-deps';
import { exportBackup } from '../../../lib/backup/export-backup';
import type { TouchlineDb } from '../../../lib/db/schema';
import { defaultSettings } from '../../../lib/schema/settings';
import { workedCache } from '../backup/backup-world';
import { NOW, ZONE } from '../db/world-readings';

afterEach(cleanup);

const settings = defaultSettings(ZONE);

function depsFor(db: TouchlineDb, dbCall: () => Promise<TouchlineDb> = async () => db): DataDeps {
  return {
    db: dbCall,
    loadSettings: async () => settings,
    restoreSettings: vi.fn(async () => undefined),
    now: () => NOW,
    usage: async () => 3 * 1024 * 1024,
    save: () => undefined,
  };
}

const row = () => screen.findByRole('row', { name: /HubSpot 4412345/ });
const importInput = () => document.querySelector('input[type=file][data-action="import-json"]') as HTMLInputElement;

/** Every control that starts data work: both exports, the import, and the three ways to erase. */
function workButtons(): HTMLInputElement[] {
  const rowErase = document.querySelector('[data-action="erase-account"]');
  return [
    screen.getByRole('button', { name: 'Export everything (backup file)' }),
    screen.getByRole('button', { name: 'Export touches logged in Touchline (CSV per CRM)' }),
    importInput(),
    screen.getByRole('button', { name: 'Erase everything' }),
    screen.getByRole('button', { name: 'Erase this record' }),
    ...(rowErase ? [rowErase] : []),
  ] as HTMLInputElement[];
}

/**
 * The brief's data section: "progress on long work"; erasing a year of activities or importing a
 * large backup takes a while, and an erase confirmed in the middle of an import would mix the two.
 */
describe('long work in "Your data" says it is under way, and nothing else starts meanwhile', () => {
  it('after "Erase everything" is confirmed: the status says "Erasing…" and every data button waits until it is done', async () => {
    const db = await workedCache();
    let hold = false;
    let release: () => void = () => undefined;
    const deps = depsFor(db, () =>
      hold ? new Promise<TouchlineDb>((resolve) => (release = () => resolve(db))) : Promise.resolve(db),
    );
    render(<DataSection deps={deps} />);
    await row();

    fireEvent.click(screen.getByRole('button', { name: 'Erase everything' }));
    const dialog = await screen.findByRole('alertdialog');
    hold = true;
    fireEvent.click(within(dialog).getByRole('button', { name: 'Erase' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Erasing…'));
    expect(workButtons().filter((b) => !b.disabled)).toEqual([]);
    expect(document.querySelector('section [aria-busy="true"]')).not.toBeNull();

    hold = false;
    release();
    await screen.findByText(/stores nothing yet/);
    await waitFor(() => expect(document.querySelector('[aria-busy]')).toBeNull());
    expect(screen.getByRole('status').textContent).toMatch(/^Erased \d+ contacts?, 1 deal/);
    expect(workButtons().filter((b) => b.disabled)).toEqual([]);
  });

  it('while a backup is being imported (progress shown): "Importing…", and "Erase everything" cannot be started', async () => {
    const db = await workedCache();
    const { blob } = await exportBackup(db, settings, NOW);
    const firstChunk = new TextEncoder().encode(`${(await blob.text()).split('\n')[0]}\n`);
    // A 3 MB file whose first 1 MB slice is read and whose second never comes: the import stays under way.
    const file = {
      name: 'backup.jsonl',
      size: 3 * (1 << 20),
      type: 'application/x-ndjson',
      slice: (start: number) => ({
        arrayBuffer: () =>
          start === 0 ? Promise.resolve(firstChunk.buffer.slice(0)) : new Promise<ArrayBuffer>(() => undefined),
      }),
    } as unknown as File;

    render(<DataSection deps={depsFor(db)} />);
    await row();
    Object.defineProperty(importInput(), 'files', { value: [file], configurable: true });
    fireEvent.change(importInput());
    await waitFor(() => expect(document.querySelector('[data-import-progress]')).not.toBeNull());

    expect(screen.getByRole('status').textContent).toBe('Importing…');
    expect(workButtons().filter((b) => !b.disabled)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Erase everything' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('leaves keyboard focus on the status line, not the page, once "Erase everything" is confirmed', async () => {
    const db = await workedCache();
    render(<DataSection deps={depsFor(db)} />);
    await row();
    const eraseAll = screen.getByRole('button', { name: 'Erase everything' });
    eraseAll.focus();
    fireEvent.click(eraseAll);
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Erase' }));
    await screen.findByText(/stores nothing yet/);
    expect(document.activeElement).toBe(screen.getByRole('status'));
  });
});
