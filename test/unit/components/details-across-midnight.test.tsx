// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LogDetailsForm } from '../../../components/LogDetailsForm';
import { zonedDay } from '../../../lib/zoned-day';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/**
 * metrics.md "Logging a missed touch": one click logs the touch with now as its time; the details
 * step only corrects what the user changes. A rep in Los Angeles logs a call at 23:59:50 on 20 Nov,
 * clicks "Add details" twenty seconds later (00:00:10 on 21 Nov) and adds a note only. The call
 * stays on 20 Nov: what the form sends must not move it to 21 Nov (another day in every count,
 * and a merge with the CRM's copy of the 20 Nov call undone).
 */
describe('adding only a note to a call logged just before midnight', () => {
  it('keeps the call on 20 Nov in the user zone', () => {
    const ZONE = 'America/Los_Angeles';
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-21T08:00:10.000Z')); // 00:00:10 on 21 Nov in Los Angeles
    const onSubmit = vi.fn();
    render(<LogDetailsForm touch={{ channel: 'call' }} timeZone={ZONE} onSubmit={onSubmit} onCancel={() => {}} />);
    const form = screen.getByRole('form', { name: 'Details of the touch just logged' });
    fireEvent.input(within(form).getByRole('textbox', { name: 'note' }), { target: { value: 'From my mobile' } });
    fireEvent.submit(form);

    expect(onSubmit).toHaveBeenCalledTimes(1);
    const sent = onSubmit.mock.calls[0]?.[0] as { timestamp?: string; note?: string };
    expect(sent.note).toBe('From my mobile');
    // Either no new time (the logged one stays), or a time on the day the call was logged.
    const day = sent.timestamp === undefined ? '2026-11-20' : zonedDay(sent.timestamp, ZONE);
    expect(day).toBe('2026-11-20');
  });
});
