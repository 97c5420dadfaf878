// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../components/Panel';
import type { PanelProps } from '../../../components/panel-state';
import type { TrendChartModule } from '../../../components/trend-chart-api';
import { jordanLee } from './view-fixtures';

afterEach(cleanup);

const LOGGED_CALL: PanelProps['undo'] = { label: 'Logged a call', key: 'touch-1', channel: 'call' };

/** The panel beside a control of the CRM page, with the undo offer of a call just logged. */
function renderOffer(onHoldUndo = vi.fn()) {
  const props: PanelProps = {
    state: { status: 'ready', view: jordanLee() },
    collapsed: false,
    onToggleCollapsed: vi.fn(),
    onLog: vi.fn(),
    onUndo: vi.fn(),
    onEditLogged: vi.fn(),
    onHoldUndo,
    undo: LOGGED_CALL,
    loadTrendChart: () => new Promise<TrendChartModule>(() => {}),
  };
  const page = (panelProps: PanelProps) => (
    <div>
      <button type="button">CRM page control</button>
      <Panel {...panelProps} />
    </div>
  );
  const { rerender } = render(page(props));
  /** The content script takes the offer away (its time ran out, or another record was opened). */
  const offerGone = () => rerender(page({ ...props, undo: null }));
  return { onHoldUndo, offerGone };
}

const button = (name: string) => screen.getByRole('button', { name });

describe('the undo offer going away by itself (README: focus never lost into the host page)', () => {
  it('leaves focus that was on Undo in the panel, on the log button of the touch, not on the page body', () => {
    const { offerGone } = renderOffer();
    button('Undo').focus();
    offerGone();
    expect(document.activeElement).toBe(button('Log a call'));
  });

  it('leaves focus that was on "Add details" in the panel too', () => {
    const { offerGone } = renderOffer();
    button('Add details').focus();
    offerGone();
    expect(document.activeElement).toBe(button('Log a call'));
  });

  it('does not pull focus into the panel when it was elsewhere on the page', () => {
    const { offerGone } = renderOffer();
    button('CRM page control').focus();
    offerGone();
    expect(document.activeElement).toBe(button('CRM page control'));
  });

  it('does not pull focus into the panel when nothing had it', () => {
    const { offerGone } = renderOffer();
    offerGone();
    expect(document.activeElement).toBe(document.body);
  });
});

describe('holding the undo offer while the rep is on it (WCAG 2.2.1, enough time)', () => {
  it('says so when focus comes onto the offer and when it leaves, not when it moves between its buttons', () => {
    const { onHoldUndo } = renderOffer();
    button('Undo').focus();
    expect(onHoldUndo.mock.calls).toEqual([[true]]);
    button('Add details').focus();
    expect(onHoldUndo.mock.calls).toEqual([[true]]);
    button('CRM page control').focus();
    expect(onHoldUndo.mock.calls).toEqual([[true], [false]]);
  });

  it('holds it while the pointer is over it', () => {
    const { onHoldUndo } = renderOffer();
    const offer = button('Undo').closest('.tl-undo') as HTMLElement;
    fireEvent.pointerEnter(offer);
    expect(onHoldUndo.mock.calls).toEqual([[true]]);
    fireEvent.pointerLeave(offer);
    expect(onHoldUndo.mock.calls).toEqual([[true], [false]]);
  });

  it('stays held while the pointer is still over it after focus left', () => {
    const { onHoldUndo } = renderOffer();
    const offer = button('Undo').closest('.tl-undo') as HTMLElement;
    button('Undo').focus();
    fireEvent.pointerEnter(offer);
    button('CRM page control').focus();
    expect(onHoldUndo.mock.calls).toEqual([[true]]);
  });

  it('lets go when the offer is taken away while held', () => {
    const { onHoldUndo, offerGone } = renderOffer();
    button('Undo').focus();
    offerGone();
    expect(onHoldUndo.mock.calls).toEqual([[true], [false]]);
  });
});
