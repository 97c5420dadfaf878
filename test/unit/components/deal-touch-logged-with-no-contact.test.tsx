// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LogButtons } from '../../../components/LogButtons';
import type { LogRequest } from '../../../components/panel-state';

afterEach(cleanup);

const ANA = { key: 'hubspot:4412345:contact:501', name: 'Ana Ortiz' };
const BEN = { key: 'hubspot:4412345:contact:502', name: 'Ben Hale' };

function logButtons() {
  const logged: LogRequest[] = [];
  render(<LogButtons onLog={(touch) => void logged.push(touch)} contacts={[ANA, BEN]} />);
  const picker = screen.getByRole('combobox', { name: 'Log the touch with contact' }) as HTMLSelectElement;
  return { logged, picker };
}

/**
 * metrics.md "Logged in Touchline": a touch logged on a deal is with "any of its contacts or the
 * deal itself". A call to the buyer's switchboard about the deal was with none of the listed
 * contacts: credited to the first, it made her "touched today" and named her in the CRM file.
 */
describe('logging a touch on a deal with contacts', () => {
  it('logs it on the deal alone when "no one listed" is picked', () => {
    const { logged, picker } = logButtons();
    fireEvent.change(picker, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log a call' }));
    expect(logged).toEqual([{ channel: 'call' }]);
    expect(picker.selectedOptions[0]?.textContent).toBe('no one listed (the deal only)');
  });

  it('still logs it with the first contact by default, and with the one picked', () => {
    const { logged, picker } = logButtons();
    fireEvent.click(screen.getByRole('button', { name: 'Log a call' }));
    fireEvent.change(picker, { target: { value: BEN.key } });
    fireEvent.click(screen.getByRole('button', { name: 'Log an email' }));
    expect(logged).toEqual([
      { channel: 'call', contactKey: ANA.key },
      { channel: 'email', contactKey: BEN.key },
    ]);
  });
});
