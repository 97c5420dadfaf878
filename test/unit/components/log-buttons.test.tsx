import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

    const picker = screen.getByRole('combobox', { name: 'with' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Jordan Lee', 'Sam Okoye', 'Rita Haas']);
    fireEvent.change(picker, { target: { value: 'hubspot:4410021:contact:953' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log a social touch' }));
    expect(props.onLog).toHaveBeenLastCalledWith({ channel: 'social', contactKey: 'hubspot:4410021:contact:953' });
  });

  describe('with details', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-11-20T15:00:00Z'));
    });

    it('submits the edited time, direction, outcome and note', () => {
      const { props } = renderPanel({ status: 'ready', view: fleetPilot() });
      const toggle = screen.getByRole('button', { name: 'details…' });
      fireEvent.click(toggle);
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      const form = screen.getByRole('form', { name: 'Log a touch with details' });
      fireEvent.change(within(form).getByRole('combobox', { name: 'channel' }), { target: { value: 'call' } });
      fireEvent.input(within(form).getByLabelText('when'), { target: { value: '2026-11-19T09:30' } });
      fireEvent.change(within(form).getByRole('combobox', { name: 'direction' }), { target: { value: 'inbound' } });
      fireEvent.change(within(form).getByRole('combobox', { name: 'outcome' }), { target: { value: 'connected' } });
      fireEvent.input(within(form).getByRole('textbox', { name: 'note' }), {
        target: { value: ' Called back from mobile ' },
      });
      fireEvent.click(within(form).getByRole('button', { name: 'Log touch' }));

      expect(props.onLog).toHaveBeenCalledWith({
        channel: 'call',
        contactKey: 'hubspot:4410021:contact:951',
        timestamp: new Date('2026-11-19T09:30').toISOString(),
        direction: 'inbound',
        outcome: 'connected',
        note: 'Called back from mobile',
      });
      expect(screen.queryByRole('form')).toBeNull();
    });

    it('starts at now, outbound, and offers no outcome for an email', () => {
      const { props } = renderPanel({ status: 'ready', view: jordanLee() });
      fireEvent.click(screen.getByRole('button', { name: 'details…' }));
      const form = screen.getByRole('form', { name: 'Log a touch with details' });
      fireEvent.change(within(form).getByRole('combobox', { name: 'channel' }), { target: { value: 'email' } });
      expect(within(form).queryByRole('combobox', { name: 'outcome' })).toBeNull();
      fireEvent.click(within(form).getByRole('button', { name: 'Log touch' }));
      expect(props.onLog).toHaveBeenCalledWith({
        channel: 'email',
        direction: 'outbound',
        timestamp: '2026-11-20T15:00:00.000Z',
      });
    });

    it('closes without logging on Cancel', () => {
      const { props } = renderPanel({ status: 'ready', view: jordanLee() });
      fireEvent.click(screen.getByRole('button', { name: 'details…' }));
      fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      expect(screen.queryByRole('form')).toBeNull();
      expect(props.onLog).not.toHaveBeenCalled();
    });
  });
});
