// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PanelState } from '../../../components/panel-state';
import { showShell } from '../../../lib/content/panel-shell';
import { createPanelStore, type PanelModel } from '../../../lib/content/panel-store';
import type { RecordView } from '../../../lib/schema/view-model';
import { renderPanel } from '../components/render-panel';
import { fleetPilot, jordanLee } from '../components/view-fixtures';

afterEach(cleanup);

function shellOf(state: PanelState, patch: Partial<PanelModel> = {}) {
  const container = document.createElement('div');
  const store = createPanelStore({ state, collapsed: false, undo: null, notice: null, ...patch });
  const onToggle = vi.fn();
  const shell = showShell(container, store, onToggle);
  return { container, store, shell, onToggle };
}

/** Every contract attribute of each metric the element shows, by metric name. */
function metricsIn(root: Element): Map<string, Record<string, string>> {
  const found = new Map<string, Record<string, string>>();
  for (const el of Array.from(root.querySelectorAll('[data-metric]'))) {
    const attributes: Record<string, string> = {};
    for (const { name, value } of Array.from(el.attributes)) if (name.startsWith('data-')) attributes[name] = value;
    found.set(el.getAttribute('data-metric') ?? '', attributes);
  }
  return found;
}

describe('the first numbers the content script draws before the whole panel loads', () => {
  it.each([
    ['contact', jordanLee()],
    ['deal', fleetPilot()],
    [
      'deal with a stage time known only as a range',
      { ...fleetPilot(), daysInStageAtLeast: true, daysInStageUpTo: 30 },
    ],
    ['contact never touched', { ...jordanLee(), daysSinceLastTouch: null }],
  ] as [string, RecordView][])('carry the same contract values as the full panel on a %s', (_, view) => {
    const state: PanelState = { status: 'ready', view };
    const shell = metricsIn(shellOf(state).container);
    const full = metricsIn(renderPanel(state).container);
    expect(shell.size).toBeGreaterThan(0);
    for (const [name, attributes] of shell) expect({ name, ...attributes }).toEqual({ name, ...full.get(name) });
  });

  it('shows the headline touches, every channel and the days since the last touch of a contact', () => {
    const names = [...metricsIn(shellOf({ status: 'ready', view: jordanLee() }).container).keys()];
    expect(names).toEqual(
      expect.arrayContaining([
        'touches-total',
        'touches-call',
        'touches-email',
        'touches-meeting',
        'touches-social',
        'touches-sms',
        'days-since-last-touch',
      ]),
    );
  });

  it('shows the stage and the days in it for a deal', () => {
    const names = [...metricsIn(shellOf({ status: 'ready', view: fleetPilot() }).container).keys()];
    expect(names).toEqual(expect.arrayContaining(['stage', 'days-in-stage']));
  });

  it('says the rest is loading, with a skeleton in its place and no number it does not have', () => {
    const { container } = shellOf({ status: 'ready', view: jordanLee() });
    const root = container.querySelector('.touchline-root');
    expect(root?.getAttribute('data-state')).toBe('ready');
    expect(root?.getAttribute('data-parts')).toBe('first');
    expect(root?.getAttribute('data-record')).toBe(jordanLee().recordKey);
    expect(container.querySelector('.tl-skeleton[aria-busy="true"]')).not.toBeNull();
    expect(metricsIn(container).has('reply-rate')).toBe(false);
  });

  it('shows no number at all while reading, and what went wrong on an unreadable page', () => {
    const { container, store } = shellOf({ status: 'reading' });
    expect(container.querySelectorAll('[data-metric]')).toHaveLength(0);
    expect(container.textContent).toContain('Reading this page');
    store.update({ state: { status: 'unreadable', reason: 'no activity timeline', notRead: [] } });
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('no activity timeline');
  });

  it('folds and unfolds from the same control as the full panel', () => {
    const { container, store, onToggle } = shellOf({ status: 'ready', view: jordanLee() });
    container.querySelector<HTMLElement>('[data-action="collapse"]')?.click();
    expect(onToggle).toHaveBeenCalledTimes(1);
    store.update({ collapsed: true });
    const tab = container.querySelector('[data-action="collapse"]');
    expect(tab?.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelectorAll('[data-metric]')).toHaveLength(0);
  });

  it('draws nothing off a record page, and hands the container over when stopped', () => {
    const { container, store, shell } = shellOf({ status: 'not-record' });
    expect(container.querySelector('.touchline-root')?.children).toHaveLength(0);
    shell.stop();
    store.update({ state: { status: 'reading' } });
    expect(container.children).toHaveLength(0);
  });
});
