// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPanel } from './render-panel';
import { jordanLee } from './view-fixtures';

afterEach(cleanup);

const loggedCall = { undo: { label: 'Logged a call', key: 'touch-1', channel: 'call' as const } };

/**
 * Escape inside the panel folds it (decisions.md), which hides the details form: a note being
 * typed would go out of sight. With details typed and not saved, Escape keeps the panel and the form.
 */
describe('Escape while adding details to a logged touch', () => {
  it('keeps the panel open and the note typed, until it is saved or cancelled', () => {
    const { props } = renderPanel({ status: 'ready', view: jordanLee() }, loggedCall);
    fireEvent.click(screen.getByRole('button', { name: 'Add details' }));
    const form = screen.getByRole('form', { name: 'Details of the touch just logged' });
    const note = within(form).getByRole('textbox', { name: 'note' }) as HTMLTextAreaElement;
    fireEvent.input(note, { target: { value: 'Called back from mobile' } });

    fireEvent.keyDown(note, { key: 'Escape' });

    expect(props.onToggleCollapsed).not.toHaveBeenCalled();
    expect(note.isConnected && note.value).toBe('Called back from mobile');
  });

  it('still folds the panel when nothing was typed', () => {
    const { props } = renderPanel({ status: 'ready', view: jordanLee() }, loggedCall);
    fireEvent.click(screen.getByRole('button', { name: 'Add details' }));
    const form = screen.getByRole('form', { name: 'Details of the touch just logged' });

    fireEvent.keyDown(within(form).getByRole('textbox', { name: 'note' }), { key: 'Escape' });

    expect(props.onToggleCollapsed).toHaveBeenCalledTimes(1);
  });
});
