// @vitest-environment happy-dom
/**
 * A keyboard user presses "Erase everything" (or submits a record's address with Enter), the
 * confirmation opens on Cancel, and they cancel (Escape or Cancel). The confirmation opens after
 * the "Counting what would be erased…" step, during which DataSection moves focus to the status
 * line (its busy effect), and focus used to return there on cancel: below the erase form, so the
 * user had lost their place. WAI-ARIA dialog pattern: on close, focus returns to the control that
 * opened the dialog, also where a click did not focus it (as in some browsers).
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataSection } from '../../../components/options/data/DataSection';
import type { DataDeps } from '../../../components/options/data/data-deps';
import type { TouchlineDb } from '../../../lib/db/schema';
import { defaultSettings } from '../../../lib/schema/settings';
import { CONTACT, workedCache } from '../backup/backup-world';
import { NOW, ZONE } from '../db/world-readings';

afterEach(cleanup);

function depsFor(db: TouchlineDb): DataDeps {
  return {
    db: async () => db,
    loadSettings: async () => defaultSettings(ZONE),
    restoreSettings: vi.fn(async () => undefined),
    now: () => NOW,
    usage: async () => 1024,
    save: () => undefined,
  };
}

async function shown() {
  const db = await workedCache();
  render(<DataSection deps={depsFor(db)} />);
  await screen.findByRole('row', { name: /HubSpot 4412345/ });
  return db;
}

describe('cancelling an erase from the keyboard', () => {
  it('gives focus back to "Erase everything" after Escape', async () => {
    await shown();
    const eraseAll = screen.getByRole('button', { name: 'Erase everything' });
    eraseAll.focus();
    fireEvent.click(eraseAll);
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(document.activeElement).toBe(eraseAll);
  });

  it('gives focus back to the address field after Cancel, when the address was submitted with Enter', async () => {
    await shown();
    const field = screen.getByRole('textbox', { name: /Erase one contact or deal/ });
    field.focus();
    fireEvent.input(field, { target: { value: `https://app.hubspot.com/contacts/4412345/record/0-1/${CONTACT}` } });
    fireEvent.submit(field.closest('form') as HTMLFormElement);
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(document.activeElement).toBe(field);
  });

  it('gives focus back to an account’s Erase button after Cancel, though the click did not focus it', async () => {
    await shown();
    const eraseAccount = screen.getByRole('button', { name: 'Erase HubSpot 4412345' });
    fireEvent.click(eraseAccount);
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(document.activeElement).toBe(eraseAccount);
  });
});
