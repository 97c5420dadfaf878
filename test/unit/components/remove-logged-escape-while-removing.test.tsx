// @vitest-environment happy-dom
/**
 * From review "regress" (session 48), cbf03e1: while a confirmed
 * removal waits for the background, Escape in the row's question was ignored by RemoveLoggedAsk
 * (components/RemoveLoggedAsk.tsx: `if (event.key !== 'Escape' || removing) return;` without
 * preventDefault), so the panel's escape-fold.ts folded the whole panel under the rep's hand.
 * decisions.md: Escape folds the panel only when nothing inside it used the key.
 */
import { act, cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { ContactView, RecentTouch } from '../../../lib/schema/view-model';
import { renderPanel } from './render-panel';
import { jordanLee } from './view-fixtures';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-20T15:00:00.000Z'));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

it('Escape while a removal is under way does not fold the panel', async () => {
  const view: ContactView = jordanLee();
  const logged = view.recent.find((t: RecentTouch) => t.origin === 'logged-in-touchline');
  expect(logged).toBeTruthy();
  const { props } = renderPanel(
    { status: 'ready', view },
    { onRemoveLogged: vi.fn(() => new Promise<boolean>(() => {})) },
  );
  const recent = screen.getByRole('region', { name: 'Recent touches' });
  fireEvent.click(recent.querySelector('[data-action="remove-logged"]') as Element);
  const confirm = recent.querySelector('[data-action="confirm-remove"]') as HTMLButtonElement;
  await act(() => {
    fireEvent.click(confirm);
  });
  const ask = recent.querySelector('fieldset') as HTMLElement;
  fireEvent.keyDown(ask, { key: 'Escape' });
  expect(props.onToggleCollapsed).not.toHaveBeenCalled();
});
