// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPanel } from './render-panel';
import { jordanLee } from './view-fixtures';

afterEach(cleanup);

/**
 * A double-click, a habit many users have, would log two touches, both counted, and the second's
 * undo offer would replace the first's: the first could never be undone.
 */
describe('a double-click on a log button', () => {
  it('logs one touch', () => {
    const { props } = renderPanel({ status: 'ready', view: jordanLee() });
    const button = screen.getByRole('button', { name: 'Log a call' });
    // What a browser dispatches for a double-click: two clicks, the second with detail 2.
    fireEvent.click(button, { detail: 1 });
    fireEvent.click(button, { detail: 2 });
    expect(props.onLog).toHaveBeenCalledTimes(1);
    expect(props.onLog).toHaveBeenCalledWith({ channel: 'call' });
  });

  it('leaves a later single click, and each Enter or Space (a click with detail 0), logging its own touch', () => {
    const { props } = renderPanel({ status: 'ready', view: jordanLee() });
    const button = screen.getByRole('button', { name: 'Log an email' });
    fireEvent.click(button, { detail: 1 });
    fireEvent.click(button, { detail: 2 });
    fireEvent.click(button, { detail: 1 });
    fireEvent.click(button, { detail: 0 });
    fireEvent.click(button, { detail: 0 });
    expect(props.onLog).toHaveBeenCalledTimes(4);
  });
});
