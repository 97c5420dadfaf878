// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createService } from '../../../lib/background/service';
import { eraseShownRecord } from '../../../lib/content/erase-record';
import { createPanelStore } from '../../../lib/content/panel-store';
import { erasedResponseSchema } from '../../../lib/messaging/protocol';
import { defaultSettings } from '../../../lib/schema/settings';
import { renderPanel } from '../components/render-panel';
import { jordanLee } from '../components/view-fixtures';
import { contactKey, contactReading, freshDb, NOW, workedContact, ZONE } from '../db/world-readings';

const ask = vi.hoisted(() => vi.fn());
vi.mock('../../../lib/content/messages', () => ({ ask }));

afterEach(() => {
  cleanup();
  ask.mockReset();
});

describe('the eraseRecord message', () => {
  it('erases the record and answers with what went; a record never stored is not found', async () => {
    const id = workedContact();
    const db = freshDb();
    const service = createService({ db, now: () => NOW, settings: () => defaultSettings(ZONE) });
    await service.readingSaved(contactReading(id));

    const planned = await service.eraseRecord({ recordKey: contactKey(id), dryRun: true });
    expect(await (await db).count('contacts')).toBe(1);
    const answer = erasedResponseSchema.parse(await service.eraseRecord({ recordKey: contactKey(id) }));

    expect(answer).toEqual({
      ok: true,
      erased: { contacts: 1, deals: 0, activities: contactReading(id).activities.length, logged: 0 },
    });
    expect(planned).toEqual(answer);
    expect(await (await db).count('activities')).toBe(0);
    expect(await service.eraseRecord({ recordKey: contactKey(id) })).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
  });
});

describe('erasing the shown record from the panel', () => {
  const view = jordanLee();
  const ready = () =>
    createPanelStore({ state: { status: 'ready', view }, collapsed: false, undo: null, notice: null });

  const counts = { contacts: 1, deals: 0, activities: 12, logged: 1 };

  it('asks first, saying what will go, and does nothing when the user says no', async () => {
    const store = ready();
    const session = { pause: vi.fn(() => () => true), readAgain: vi.fn() };
    const confirm = vi.fn(() => false);
    ask.mockResolvedValue({ ok: true, erased: counts });

    await eraseShownRecord(store, session, confirm);

    expect(ask).toHaveBeenCalledWith('eraseRecord', { recordKey: view.recordKey, dryRun: true });
    expect(confirm).toHaveBeenCalledWith(
      `Erase ${view.name} from Touchline? This removes 1 contact, 12 activities and 1 touch logged in Touchline from this browser, and cannot be undone.`,
    );
    expect(session.pause).not.toHaveBeenCalled();
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('stops reading the page, erases, and says what went', async () => {
    const store = ready();
    const session = { pause: vi.fn(() => () => true), readAgain: vi.fn() };
    ask.mockResolvedValue({ ok: true, erased: counts });

    await eraseShownRecord(store, session, () => true);

    expect(session.pause).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenLastCalledWith('eraseRecord', { recordKey: view.recordKey });
    expect(store.get().erased).toEqual({
      recordKey: view.recordKey,
      message: `Erased ${view.name}: 1 contact, 12 activities and 1 touch logged in Touchline.`,
    });
    expect(session.readAgain).not.toHaveBeenCalled();
  });

  it('reads the page again and says why when the erase failed', async () => {
    const store = ready();
    const session = { pause: vi.fn(() => () => true), readAgain: vi.fn() };
    ask
      .mockResolvedValueOnce({ ok: true, erased: counts })
      .mockResolvedValueOnce({ ok: false, error: { kind: 'storage', message: 'The disk is full.' } });

    await eraseShownRecord(store, session, () => true);

    expect(session.readAgain).toHaveBeenCalledTimes(1);
    expect(store.get().notice).toBe('Not erased: The disk is full.');
    expect(store.get().erased).toBeUndefined();
  });

  it('offers the erase in the menu, then shows what went and reads again only on request', () => {
    const erase = { erased: null, onErase: vi.fn(), onReadAgain: vi.fn() };
    const { rerender, props } = renderPanel({ status: 'ready', view }, {});
    rerender(<PanelWith props={props} erase={erase} />);
    fireEvent.click(screen.getByRole('button', { name: 'Touchline menu' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Erase this record from Touchline' }));
    expect(erase.onErase).toHaveBeenCalledTimes(1);

    rerender(<PanelWith props={props} erase={{ ...erase, erased: 'Erased Jordan Lee: 1 contact.' }} />);

    // Said in a live region already on the page (the panel has another, empty, for logged touches).
    const said = screen.getAllByRole('status').map((region) => region.textContent ?? '');
    expect(said.filter((text) => text.includes('Erased Jordan Lee: 1 contact.'))).toHaveLength(1);
    expect(document.querySelector('[data-metric="touches-total"]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Read this page again' }));
    expect(erase.onReadAgain).toHaveBeenCalledTimes(1);
  });
});

import type { EraseOffer } from '../../../components/ErasedNotice';
import { Panel } from '../../../components/Panel';
import type { PanelProps } from '../../../components/panel-state';

function PanelWith({ props, erase }: { props: PanelProps; erase: EraseOffer }) {
  return <Panel {...props} erase={erase} />;
}
