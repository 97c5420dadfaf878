// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LogDetailsForm } from '../../../components/LogDetailsForm';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const ZONE = 'America/Los_Angeles';
const form = () => screen.getByRole('form', { name: 'Details of the touch just logged' });
const field = (name: string) =>
  within(form()).getByLabelText(new RegExp(`^${name}`)) as HTMLInputElement | HTMLSelectElement;

/**
 * The details form opens on the touch as known (as logged, or as its details were saved), so a
 * save changes only what the rep changes: a time saved before is shown and not sent again, and
 * Escape folds the panel when nothing was changed from what the form opened on.
 */
describe('the details form of a touch whose details were saved before', () => {
  const touch = {
    channel: 'call',
    direction: 'inbound',
    timestamp: '2026-11-19T17:30:00.000Z',
    outcome: 'voicemail',
    note: 'left a message',
  } as const;

  it('shows its time, direction, outcome and note, and sends them unchanged without the time', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T15:00:00.000Z'));
    const onSubmit = vi.fn();
    render(<LogDetailsForm touch={touch} timeZone={ZONE} onSubmit={onSubmit} onCancel={() => {}} />);
    expect(field('when').value).toBe('2026-11-19T09:30');
    expect(field('direction').value).toBe('inbound');
    expect(field('outcome').value).toBe('voicemail');
    expect(field('note').value).toBe('left a message');
    fireEvent.submit(form());
    expect(onSubmit).toHaveBeenCalledWith({
      channel: 'call',
      direction: 'inbound',
      outcome: 'voicemail',
      note: 'left a message',
    });
  });

  it('lets Escape fold the panel while nothing differs from what it opened on', () => {
    const keyDown = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    render(<LogDetailsForm touch={touch} timeZone={ZONE} onSubmit={() => {}} onCancel={() => {}} />);
    field('note').dispatchEvent(keyDown);
    expect(keyDown.defaultPrevented).toBe(false);
  });
});
