// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { renderPanel } from './render-panel';
import { fleetPilot } from './view-fixtures';

afterEach(cleanup);

/**
 * On a deal, the one-click log buttons log against the contact picked beside them (LogButtons.tsx).
 * Its visible label is only "with": its accessible name says what it picks, and keeps that word
 * (speech input users say what they see).
 */
it('names the deal’s contact picker by what it picks', () => {
  renderPanel({ status: 'ready', view: fleetPilot() });
  const log = screen.getByRole('region', { name: 'Log a missed touch' });
  const picker = log.querySelector('select') as HTMLSelectElement;

  expect(screen.getByRole('combobox', { name: 'Log the touch with contact' })).toBe(picker);
});
