// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataSection } from '../../../components/options/data/DataSection';
import type { DataDeps } from '../../../components/options/data/data-deps';
import { exportBackup } from '../../../lib/backup/export-backup';
import type { TouchlineDb } from '../../../lib/db/schema';
import { defaultSettings } from '../../../lib/schema/settings';
import { CONTACT, storedRows, workedCache } from '../backup/backup-world';
import { contactKey, freshDb, NOW, ZONE } from '../db/world-readings';

afterEach(cleanup);

const settings = defaultSettings(ZONE);

function depsFor(db: TouchlineDb) {
  const saved: { blob: Blob; fileName: string }[] = [];
  const deps: DataDeps = {
    db: async () => db,
    loadSettings: async () => settings,
    restoreSettings: vi.fn(async () => undefined),
    now: () => NOW,
    usage: async () => 3 * 1024 * 1024,
    save: (blob, fileName) => saved.push({ blob, fileName }),
  };
  return { deps, saved };
}

const row = async () => screen.findByRole('row', { name: /HubSpot 4412345/ });
const count = (tr: HTMLElement, name: string) => tr.querySelector(`[data-count="${name}"]`)?.textContent;

function pick(file: File) {
  const input = document.querySelector('input[type=file][data-action="import-json"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('Your data', () => {
  it('shows what is stored per CRM account and the space used', async () => {
    const db = await workedCache();
    const all = await db.getAll('activities');
    render(<DataSection deps={depsFor(db).deps} />);

    const tr = await row();
    expect(count(tr, 'contacts')).toBe(String(await db.count('contacts')));
    expect(count(tr, 'deals')).toBe('1');
    expect(count(tr, 'logged')).toBe('2');
    expect(count(tr, 'activities')).toBe(String(all.length - 2));
    expect(await screen.findByText(/Space used: 3\.0 MB/)).toBeTruthy();
  });

  it('saves a backup file and the logged touches as CSV through the page', async () => {
    const { deps, saved } = depsFor(await workedCache());
    render(<DataSection deps={deps} />);
    await row();

    fireEvent.click(screen.getByRole('button', { name: /Export everything/ }));
    await waitFor(() => expect(saved).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: /Export touches logged/ }));
    await waitFor(() => expect(saved).toHaveLength(2));

    expect(saved.map((s) => s.fileName)).toEqual([
      'touchline-backup-2026-11-20.jsonl',
      'touchline-logged-hubspot-4412345-2026-11-20.csv',
    ]);
    expect(JSON.parse((await saved[0]?.blob.text())?.split('\n')[0] ?? '')).toMatchObject({
      format: 'touchline-backup',
      version: 1,
    });
    // The CSV starts with UTF-8's byte-order mark, which tells Excel on Windows how to read its letters.
    const csv = new Uint8Array((await saved[1]?.blob.arrayBuffer()) ?? new ArrayBuffer(0));
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('imports a backup with a report of what it added', async () => {
    const { blob } = await exportBackup(await workedCache(), settings, NOW);
    const target = await freshDb();
    const { deps } = depsFor(target);
    render(<DataSection deps={deps} />);
    await screen.findByText(/stores nothing yet/);

    pick(new File([blob], 'backup.jsonl'));

    const report = await waitFor(() => {
      const found = document.querySelector('[data-import-report]');
      if (!found) throw new Error('no report yet');
      return found;
    });
    const rows = (await target.count('contacts')) + (await target.count('deals')) + (await target.count('activities'));
    expect(rows).toBeGreaterThan(0);
    expect(report.getAttribute('data-added')).toBe(String(rows));
    expect(report.getAttribute('data-existing')).toBe('0');
    expect(report.getAttribute('data-invalid')).toBe('0');
    expect(deps.restoreSettings).toHaveBeenCalledTimes(1);
    expect(await row()).toBeTruthy();
  });

  it('says why a malformed file was refused, and leaves the data as it was', async () => {
    const db = await workedCache();
    const before = await storedRows(db);
    render(<DataSection deps={depsFor(db).deps} />);
    await row();

    pick(new File(['{"format":"touchline-backup","version":1,'], 'broken.jsonl'));

    expect((await screen.findByRole('alert')).textContent).toMatch(/not a Touchline backup/);
    expect(document.querySelector('[data-import-report]')).toBeNull();
    expect(await storedRows(db)).toEqual(before);
  });

  it('asks before erasing everything, says what will go, cancels with Escape, and erases on confirm', async () => {
    const db = await workedCache();
    render(<DataSection deps={depsFor(db).deps} />);
    await row();
    const eraseAll = screen.getByRole('button', { name: 'Erase everything' });

    fireEvent.click(eraseAll);
    const dialog = await screen.findByRole('alertdialog', { name: 'Erase everything Touchline stores?' });
    expect(dialog.textContent).toMatch(/1 deal, \d+ activities and 2 touches logged in Touchline/);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(await db.count('deals')).toBe(1);

    fireEvent.click(eraseAll);
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Erase' }));

    await screen.findByText(/stores nothing yet/);
    expect((await screen.findByRole('status')).textContent).toMatch(/^Erased \d+ contacts?, 1 deal/);
    for (const store of db.objectStoreNames) expect(await db.count(store)).toBe(0);
  });

  it('erases one record by its page address, and explains an address that is not a record page', async () => {
    const db = await workedCache();
    render(<DataSection deps={depsFor(db).deps} />);
    const contactsBefore = Number(count(await row(), 'contacts'));
    const field = screen.getByRole('textbox', { name: /Erase one contact or deal/ });

    fireEvent.input(field, { target: { value: 'https://app.hubspot.com/contacts/4412345/objects/0-1/views/all' } });
    fireEvent.click(screen.getByRole('button', { name: 'Erase this record' }));
    expect(await screen.findByText(/Paste the address of a contact or deal page/)).toBeTruthy();

    const url = `https://app.hubspot.com/contacts/4412345/record/0-1/${CONTACT}`;
    fireEvent.input(field, { target: { value: url } });
    fireEvent.click(screen.getByRole('button', { name: 'Erase this record' }));
    const dialog = await screen.findByRole('alertdialog', { name: `Erase this contact (${CONTACT})?` });
    expect(dialog.textContent).toMatch(/1 contact, 0 deals, \d+ activities and 1 touch logged in Touchline/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Erase' }));

    await waitFor(async () => expect(count(await row(), 'contacts')).toBe(String(contactsBefore - 1)));
    expect(await db.get('contacts', contactKey(CONTACT))).toBeUndefined();
  });

  it('erases one CRM account from its row', async () => {
    const db = await workedCache();
    render(<DataSection deps={depsFor(db).deps} />);

    fireEvent.click(within(await row()).getByRole('button', { name: /Erase/ }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Erase everything from HubSpot 4412345?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Erase' }));

    await screen.findByText(/stores nothing yet/);
    expect(await db.count('activities')).toBe(0);
  });
});
