// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../components/Panel';
import { toZonedInputValue } from '../../../components/zoned-input';
import { renderPanel } from './render-panel';
import { fleetPilot, jordanLee } from './view-fixtures';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('Logging a missed touch', () => {
  it('logs a call with one click, at once', () => {
    const { props } = renderPanel({ status: 'ready', view: jordanLee() });
    fireEvent.click(screen.getByRole('button', { name: 'Log a call' }));
    expect(props.onLog).toHaveBeenCalledTimes(1);
    expect(props.onLog).toHaveBeenCalledWith({ channel: 'call' });
  });

  it('has a named button per channel with the contract data-action', () => {
    renderPanel({ status: 'ready', view: jordanLee() });
    const names = ['Log a call', 'Log an email', 'Log a meeting', 'Log a social touch', 'Log an SMS'];
    const actions = names.map((name) => screen.getByRole('button', { name }).getAttribute('data-action'));
    expect(actions).toEqual(['log-call', 'log-email', 'log-meeting', 'log-social', 'log-sms']);
  });

  it('on a deal logs against the first contact unless another is picked', () => {
    const { props } = renderPanel({ status: 'ready', view: fleetPilot() });
    fireEvent.click(screen.getByRole('button', { name: 'Log an email' }));
    expect(props.onLog).toHaveBeenLastCalledWith({ channel: 'email', contactKey: 'hubspot:4410021:contact:951' });

    const picker = screen.getByRole('combobox', { name: 'Log the touch with contact' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Jordan Lee', 'Sam Okoye', 'Rita Haas', 'no one listed (the deal only)']);
    fireEvent.change(picker, { target: { value: 'hubspot:4410021:contact:953' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log a social touch' }));
    expect(props.onLog).toHaveBeenLastCalledWith({ channel: 'social', contactKey: 'hubspot:4410021:contact:953' });
  });

  describe('adding details to the touch just logged', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-11-20T15:00:00Z'));
    });

    const loggedCall = { undo: { label: 'Logged a call', key: 'touch-1', channel: 'call' as const } };

    it('edits the time, direction, outcome and note of the logged touch', () => {
      const { props } = renderPanel({ status: 'ready', view: fleetPilot() }, loggedCall);
      fireEvent.click(screen.getByRole('button', { name: 'Add details' }));
      const form = screen.getByRole('form', { name: 'Details of the touch just logged' });
      expect((within(form).getByRole('combobox', { name: 'channel' }) as HTMLSelectElement).value).toBe('call');
      fireEvent.input(within(form).getByLabelText('when'), { target: { value: '2026-11-19T09:30' } });
      fireEvent.change(within(form).getByRole('combobox', { name: 'direction' }), { target: { value: 'inbound' } });
      fireEvent.change(within(form).getByRole('combobox', { name: 'outcome' }), { target: { value: 'connected' } });
      fireEvent.input(within(form).getByRole('textbox', { name: 'note' }), {
        target: { value: ' Called back from mobile ' },
      });
      fireEvent.click(within(form).getByRole('button', { name: 'Save details' }));

      expect(props.onEditLogged).toHaveBeenCalledWith('touch-1', {
        channel: 'call',
        timestamp: new Date('2026-11-19T09:30').toISOString(),
        direction: 'inbound',
        outcome: 'connected',
        note: 'Called back from mobile',
      });
      expect(props.onLog).not.toHaveBeenCalled();
      expect(screen.queryByRole('form')).toBeNull();
    });

    it('starts at now, outbound, and offers no outcome for an email', () => {
      const { props } = renderPanel(
        { status: 'ready', view: jordanLee() },
        { undo: { label: 'Logged an email', key: 'touch-1', channel: 'email' } },
      );
      fireEvent.click(screen.getByRole('button', { name: 'Add details' }));
      const form = screen.getByRole('form', { name: 'Details of the touch just logged' });
      expect(within(form).queryByRole('combobox', { name: 'outcome' })).toBeNull();
      expect((within(form).getByLabelText('when') as HTMLInputElement).value).toBe(
        toZonedInputValue(new Date('2026-11-20T15:00:00.000Z'), jordanLee().period.timeZone),
      );
      fireEvent.click(within(form).getByRole('button', { name: 'Save details' }));
      // The time shown is left as it was: the touch keeps the time it was logged at.
      expect(props.onEditLogged).toHaveBeenCalledWith('touch-1', { channel: 'email', direction: 'outbound' });
    });

    it('keeps the form open after the undo offer times out, and closes on Cancel without a change', () => {
      const { props, rerender } = renderPanel({ status: 'ready', view: jordanLee() }, loggedCall);
      fireEvent.click(screen.getByRole('button', { name: 'Add details' }));
      rerender(<Panel {...props} undo={null} />);
      expect(screen.getByRole('form')).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      expect(screen.queryByRole('form')).toBeNull();
      expect(props.onEditLogged).not.toHaveBeenCalled();
    });

    it("fills and reads the time in the user's zone setting, not the browser's, and names that zone", () => {
      const view = jordanLee();
      view.period.timeZone = 'America/New_York';
      const { props } = renderPanel({ status: 'ready', view }, loggedCall);
      fireEvent.click(screen.getByRole('button', { name: 'Add details' }));
      const form = screen.getByRole('form', { name: 'Details of the touch just logged' });
      const when = within(form).getByLabelText(/^when/) as HTMLInputElement;
      // 15:00 UTC is 10:00 in New York (EST, UTC-5, in November).
      expect(when.value).toBe('2026-11-20T10:00');
      expect(within(form).getByText('America/New_York')).toBeTruthy();
      fireEvent.input(when, { target: { value: '2026-11-19T09:30' } });
      fireEvent.click(within(form).getByRole('button', { name: 'Save details' }));
      expect(props.onEditLogged).toHaveBeenCalledWith(
        'touch-1',
        expect.objectContaining({ timestamp: '2026-11-19T14:30:00.000Z' }),
      );
    });

    it('offers no details step before anything is logged', () => {
      renderPanel({ status: 'ready', view: jordanLee() });
      expect(screen.queryByRole('button', { name: 'Add details' })).toBeNull();
    });
  });
});
