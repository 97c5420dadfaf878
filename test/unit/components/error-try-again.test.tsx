// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../components/Panel';
import { renderPanel } from './render-panel';

afterEach(cleanup);

const NO_ANSWER = {
  status: 'error',
  message: 'Touchline’s background did not answer within 20 seconds (it may be busy or stuck).',
} as const;

describe('the panel’s error state', () => {
  it('says what went wrong and offers "Try again", which reads the page again', () => {
    const onRetry = vi.fn();
    const { container } = renderPanel(NO_ANSWER, { onRetry });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Touchline could not load its data');
    expect(alert.textContent).toContain('did not answer within 20 seconds');
    const retry = screen.getByRole('button', { name: 'Try again' });
    expect(retry.getAttribute('data-action')).toBe('retry');
    expect(container.querySelector('[data-action="retry"]')).toBe(retry);
    fireEvent.click(retry);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('keeps keyboard focus in the panel, on its collapse control, as the message gives way to reading', () => {
    const { rerender, props } = renderPanel(NO_ANSWER, { onRetry: vi.fn() });
    const retry = screen.getByRole('button', { name: 'Try again' });
    retry.focus();
    fireEvent.click(retry);
    rerender(<Panel {...props} state={{ status: 'reading' }} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Collapse the Touchline panel' }));
  });

  it('offers no "Try again" where nothing can read the page again', () => {
    renderPanel(NO_ANSWER);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('Reload the page to try again.');
  });
});
