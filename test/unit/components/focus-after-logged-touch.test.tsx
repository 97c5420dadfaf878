// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../components/Panel';
import type { PanelProps } from '../../../components/panel-state';
import type { TrendChartModule } from '../../../components/trend-chart-api';
import { jordanLee } from './view-fixtures';

afterEach(cleanup);

type Undo = PanelProps['undo'];
const LOGGED_CALL: Undo = { label: 'Logged a call', key: 'touch-1', channel: 'call' };

/**
 * The panel beside a control of the CRM page, driven as lib/content/record-session.ts drives it:
 * Undo clears the offer at once; `offer: false` is the offer timed out before the form closes.
 */
function Driven({
  onEditLogged = vi.fn(),
  offer = true,
}: {
  onEditLogged?: PanelProps['onEditLogged'];
  offer?: boolean;
}) {
  const [undo, setUndo] = useState<Undo>(LOGGED_CALL);
  return (
    <div>
      <button type="button">CRM page control</button>
      <Panel
        state={{ status: 'ready', view: jordanLee() }}
        collapsed={false}
        onToggleCollapsed={vi.fn()}
        onLog={vi.fn()}
        onUndo={() => setUndo(null)}
        onEditLogged={(key, details) => {
          if (!offer) setUndo(null);
          return onEditLogged(key, details);
        }}
        undo={undo}
        loadTrendChart={() => new Promise<TrendChartModule>(() => {})}
      />
    </div>
  );
}

const panel = () => screen.getByRole('complementary', { name: 'Touchline' });
const focusInPanel = () => panel().contains(document.activeElement);
const form = () => screen.getByRole('form', { name: 'Details of the touch just logged' });

function openDetails() {
  const details = screen.getByRole('button', { name: 'Add details' });
  details.focus();
  fireEvent.click(details); // Enter / Space on a <button> is a click
}

describe('keyboard focus after Undo', () => {
  it('stays inside the panel, not on the CRM page body', () => {
    render(<Driven />);
    const undo = screen.getByRole('button', { name: 'Undo' });
    undo.focus();
    fireEvent.click(undo);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(document.activeElement).not.toBe(document.body);
    expect(focusInPanel()).toBe(true);
  });

  it('lands on the log button of the touch undone, to log it again', () => {
    render(<Driven />);
    const undo = screen.getByRole('button', { name: 'Undo' });
    undo.focus();
    fireEvent.click(undo);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Log a call' }));
  });
});

describe('keyboard focus around the details form', () => {
  it('"Add details" puts focus in the form it opens, on its first field', () => {
    render(<Driven />);
    openDetails();
    expect(form().contains(document.activeElement)).toBe(true);
    expect(document.activeElement).toBe(within(form()).getAllByRole('combobox')[0]);
  });

  it('Cancel gives focus back inside the panel, not to the CRM page body', () => {
    render(<Driven />);
    openDetails();
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    cancel.focus();
    fireEvent.click(cancel);
    expect(screen.queryByRole('form')).toBeNull();
    expect(focusInPanel()).toBe(true);
  });

  it('Save gives focus back to "Add details" while the undo offer still stands', () => {
    render(<Driven />);
    openDetails();
    const save = screen.getByRole('button', { name: 'Save details' });
    save.focus();
    fireEvent.click(save);
    expect(screen.queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add details' }));
  });

  it('Save gives focus to the log button of the touch when the undo offer is gone', () => {
    render(<Driven offer={false} />);
    openDetails();
    const save = screen.getByRole('button', { name: 'Save details' });
    save.focus();
    fireEvent.click(save);
    expect(screen.queryByRole('button', { name: 'Add details' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Log a call' }));
  });
});

describe('a details save answered later', () => {
  const typeNoteAndSave = () => {
    fireEvent.input(within(form()).getByRole('textbox', { name: 'note' }), {
      target: { value: 'Called back from mobile, wants pricing for 40 trucks' },
    });
    const save = within(form()).getByRole('button', { name: 'Save details' });
    save.focus();
    fireEvent.click(save);
  };

  it('keeps the form and the note typed when the save resolves to false (not saved)', async () => {
    let answer: (saved: boolean) => void = () => undefined;
    const onEditLogged = vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve)));
    render(<Driven onEditLogged={onEditLogged} />);
    openDetails();
    typeNoteAndSave();
    answer(false);
    // Long enough for a close to be drawn: the answer, then Preact's batched render.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onEditLogged).toHaveBeenCalledTimes(1);
    const note = within(form()).getByRole('textbox', { name: 'note' }) as HTMLTextAreaElement;
    expect(note.value).toBe('Called back from mobile, wants pricing for 40 trucks');
  });

  it('closes the form when the save resolves to true (saved), focus back on "Add details"', async () => {
    render(<Driven onEditLogged={() => Promise.resolve(true)} />);
    openDetails();
    typeNoteAndSave();
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add details' }));
  });

  it('leaves focus where the user moved it while the save was answered', async () => {
    let answer: (saved: boolean) => void = () => undefined;
    render(<Driven onEditLogged={() => new Promise<boolean>((resolve) => (answer = resolve))} />);
    openDetails();
    typeNoteAndSave();
    const pageControl = screen.getByRole('button', { name: 'CRM page control' });
    pageControl.focus();
    answer(true);
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(document.activeElement).toBe(pageControl);
  });
});
