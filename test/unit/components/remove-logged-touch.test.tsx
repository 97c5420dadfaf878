// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../components/Panel';
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

const LOGGED_CALL = 'hubspot:4410021:activity:88123';
const LOGGED_SMS = 'hubspot:4410021:activity:88124';

/** Jordan Lee's Recent list: the logged call, a logged SMS, an imported email, and the page's touches. */
function jordanWithLoggedAndImported(): ContactView {
  const view = jordanLee();
  const sms: RecentTouch = {
    key: LOGGED_SMS,
    type: 'sms',
    title: 'SMS logged in Touchline',
    timestamp: '2026-11-18T10:00:00Z',
    direction: 'outbound',
    origin: 'logged-in-touchline',
    automated: false,
  };
  const imported: RecentTouch = {
    key: 'hubspot:4410021:activity:88111',
    type: 'email',
    title: 'Imported follow-up',
    timestamp: '2026-11-17T10:00:00Z',
    direction: 'outbound',
    origin: 'import',
    automated: false,
  };
  view.recent = [view.recent[0] as RecentTouch, sms, imported, ...view.recent.slice(1, 3)];
  return view;
}

/** The panel on Jordan Lee, removing through `onRemoveLogged`. */
function renderRecent(onRemoveLogged = vi.fn(() => new Promise<boolean>(() => {}))) {
  const view = jordanWithLoggedAndImported();
  const result = renderPanel({ status: 'ready', view }, { onRemoveLogged });
  return { ...result, view, onRemoveLogged };
}

const recent = () => screen.getByRole('region', { name: 'Recent touches' });
const removeButtons = () => recent().querySelectorAll('[data-action="remove-logged"]');
const confirmButtons = () => recent().querySelectorAll<HTMLButtonElement>('[data-action="confirm-remove"]');
const rowOf = (title: string) => within(recent()).getByText(title).closest('li') as HTMLElement;
const removeCall = () => screen.getByRole('button', { name: 'Remove logged call Quick check-in' });

describe('Remove on the Recent list', () => {
  it('is offered on the touches logged in Touchline only, named by type and title', () => {
    renderRecent();
    expect(removeButtons()).toHaveLength(2);
    expect(within(rowOf('Quick check-in')).getByRole('button', { name: 'Remove logged call Quick check-in' })).toBe(
      removeCall(),
    );
    expect(
      within(rowOf('SMS logged in Touchline')).getByRole('button', {
        name: 'Remove logged sms SMS logged in Touchline',
      }),
    ).toBeTruthy();
    // Read from the page or imported: the CRM holds them.
    for (const title of ['Imported follow-up', 'Route pricing v2', 'Re: Route pricing'])
      expect(within(rowOf(title)).queryByRole('button')).toBeNull();
  });

  it('is not offered where the panel cannot remove', () => {
    renderPanel({ status: 'ready', view: jordanWithLoggedAndImported() });
    expect(removeButtons()).toHaveLength(0);
  });

  it('asks in its row first, with focus on the confirm button, and removes nothing yet', () => {
    const { onRemoveLogged } = renderRecent();
    fireEvent.click(removeCall());
    const row = rowOf('Quick check-in');
    expect(within(row).getByText('Remove this logged call?')).toBeTruthy();
    const confirm = within(row).getByRole('button', { name: 'Remove' });
    expect(confirm.getAttribute('data-action')).toBe('confirm-remove');
    expect(document.activeElement).toBe(confirm);
    expect(row.querySelector('[data-action="cancel-remove"]')).not.toBeNull();
    expect(onRemoveLogged).not.toHaveBeenCalled();
  });

  it('says an SMS in words', () => {
    renderRecent();
    fireEvent.click(within(rowOf('SMS logged in Touchline')).getByRole('button'));
    expect(within(rowOf('SMS logged in Touchline')).getByText('Remove this logged SMS?')).toBeTruthy();
  });

  it('gives focus back to Remove on Cancel', () => {
    const { onRemoveLogged } = renderRecent();
    fireEvent.click(removeCall());
    fireEvent.click(within(rowOf('Quick check-in')).getByRole('button', { name: 'Cancel' }));
    expect(confirmButtons()).toHaveLength(0);
    expect(document.activeElement).toBe(removeCall());
    expect(onRemoveLogged).not.toHaveBeenCalled();
  });

  it('gives focus back to Remove on Escape, which does not fold the panel', () => {
    const { props } = renderRecent();
    fireEvent.click(removeCall());
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(confirmButtons()).toHaveLength(0);
    expect(document.activeElement).toBe(removeCall());
    expect(props.onToggleCollapsed).not.toHaveBeenCalled();
  });

  it('asks in one row at a time', () => {
    renderRecent();
    fireEvent.click(removeCall());
    fireEvent.click(within(rowOf('SMS logged in Touchline')).getByRole('button'));
    expect(confirmButtons()).toHaveLength(1);
    expect(rowOf('SMS logged in Touchline').contains(confirmButtons()[0] as Node)).toBe(true);
    expect(document.activeElement).toBe(confirmButtons()[0]);
    expect(removeCall()).toBeTruthy();
  });

  it('removes on confirm, saying so with its buttons off meanwhile; a failure keeps the row asking', async () => {
    let answer: (removed: boolean) => void = () => {};
    const onRemoveLogged = vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve)));
    renderRecent(onRemoveLogged);
    fireEvent.click(removeCall());
    fireEvent.click(confirmButtons()[0] as Element);
    expect(onRemoveLogged).toHaveBeenCalledWith(LOGGED_CALL);
    const row = rowOf('Quick check-in');
    const confirm = row.querySelector<HTMLButtonElement>('[data-action="confirm-remove"]');
    const cancel = row.querySelector<HTMLButtonElement>('[data-action="cancel-remove"]');
    expect(confirm?.textContent).toBe('Removing…');
    expect(confirm?.disabled).toBe(true);
    expect(cancel?.disabled).toBe(true);
    // One removal at a time: the other logged row waits.
    expect(within(rowOf('SMS logged in Touchline')).getByRole('button')).toHaveProperty('disabled', true);

    // A browser may take focus off a button that is disabled (focus fixup) to the page's body;
    // happy-dom ignores blur() on a disabled button, so it is enabled for the blur alone.
    if (confirm) {
      confirm.disabled = false;
      confirm.blur();
      confirm.disabled = true;
    }
    expect(document.activeElement).toBe(document.body);
    await act(async () => answer(false));
    expect(rowOf('Quick check-in').querySelector('[data-action="confirm-remove"]')).toBe(confirm);
    expect(confirm?.textContent).toBe('Remove');
    expect(confirm?.disabled).toBe(false);
    expect(cancel?.disabled).toBe(false);
    expect(document.activeElement).toBe(confirm);
    expect(onRemoveLogged).toHaveBeenCalledTimes(1);
  });

  it('takes the row away once removed, with focus on the list', async () => {
    const onRemoveLogged = vi.fn(async () => true);
    renderRecent(onRemoveLogged);
    fireEvent.click(removeCall());
    await act(async () => {
      fireEvent.click(confirmButtons()[0] as Element);
    });
    expect(within(recent()).queryByText('Quick check-in')).toBeNull();
    expect(document.activeElement).toBe(within(recent()).getByRole('heading', { name: 'Recent' }));
    expect(removeButtons()).toHaveLength(1);
  });

  it('drops the question of a row the refreshed view no longer has (merged into the CRM copy)', () => {
    const { rerender, props, view } = renderRecent();
    fireEvent.click(removeCall());
    const merged: ContactView = { ...view, recent: view.recent.slice(1) };
    rerender(<Panel {...props} state={{ status: 'ready', view: merged }} />);
    expect(confirmButtons()).toHaveLength(0);
    expect(document.activeElement).toBe(within(recent()).getByRole('heading', { name: 'Recent' }));
  });
});
