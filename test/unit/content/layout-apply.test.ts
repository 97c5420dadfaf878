// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PanelState } from '../../../components/panel-state';
import { applyLayout, followLayout, MAKE_ROOM_STYLE_ID, PANEL_WIDTH_PX } from '../../../lib/content/layout-apply';
import { createPanelStore } from '../../../lib/content/panel-store';

const reading: PanelState = { status: 'reading' };

/** The right margin the page gets, or null when it has its whole width (read from the style Touchline added). */
function roomMade(): string | null {
  const style = document.getElementById(MAKE_ROOM_STYLE_ID);
  if (!style) return null;
  return style.textContent?.match(/html\s*\{[^}]*margin-right:\s*([^;!]+)/)?.[1]?.trim() ?? 'no margin';
}

function countResizes() {
  const resized = vi.fn();
  window.addEventListener('resize', resized);
  return resized;
}

afterEach(() => {
  document.getElementById(MAKE_ROOM_STYLE_ID)?.remove();
});

describe('applying a layout to the CRM page', () => {
  it('narrows the page by the panel’s width only when making room beside the open panel', () => {
    applyLayout(document, 'overlay', true);
    expect(roomMade()).toBeNull();
    applyLayout(document, 'make-room', false);
    expect(roomMade()).toBeNull();
    applyLayout(document, 'make-room', true);
    expect(roomMade()).toBe(`${PANEL_WIDTH_PX}px`);
    expect(document.getElementById(MAKE_ROOM_STYLE_ID)?.parentElement).toBe(document.head);
  });

  it('gives the page its whole width back when the panel folds or the layout goes back to overlay', () => {
    applyLayout(document, 'make-room', true);
    applyLayout(document, 'make-room', false);
    expect(roomMade()).toBeNull();
    applyLayout(document, 'make-room', true);
    applyLayout(document, 'overlay', true);
    expect(roomMade()).toBeNull();
  });

  it('adds one style element however often it is applied, and tells the page of each change once', () => {
    const resized = countResizes();
    applyLayout(document, 'make-room', true);
    applyLayout(document, 'make-room', true);
    expect(document.querySelectorAll(`#${MAKE_ROOM_STYLE_ID}`)).toHaveLength(1);
    expect(resized).toHaveBeenCalledTimes(1);
    applyLayout(document, 'overlay', true);
    applyLayout(document, 'overlay', false);
    expect(resized).toHaveBeenCalledTimes(2);
  });

  it('uses the width the panel is drawn with', () => {
    const frame = readFileSync(resolve(import.meta.dirname, '../../../components/styles/frame.css'), 'utf8');
    const panelRule = frame.match(/^\.tl-panel \{([^}]*)\}/m)?.[1] ?? '';
    expect(panelRule).toMatch(new RegExp(`\\bwidth: ${PANEL_WIDTH_PX}px;`));
  });
});

describe('following the panel', () => {
  function store(layout: 'overlay' | 'make-room' | undefined, collapsed = false) {
    return createPanelStore({ state: { status: 'not-record' }, collapsed, layout, undo: null, notice: null });
  }

  it('makes room once the panel shows on a record, not on other pages', () => {
    const panel = store('make-room');
    followLayout(panel);
    expect(roomMade()).toBeNull();
    panel.update({ state: reading });
    expect(roomMade()).toBe(`${PANEL_WIDTH_PX}px`);
    panel.update({ state: { status: 'not-record' } });
    expect(roomMade()).toBeNull();
  });

  it('follows folding, unfolding and a new choice of layout', () => {
    const panel = store('make-room', true);
    followLayout(panel);
    panel.update({ state: reading });
    expect(roomMade()).toBeNull();
    panel.update({ collapsed: false });
    expect(roomMade()).not.toBeNull();
    panel.update({ layout: 'overlay' });
    expect(roomMade()).toBeNull();
    panel.update({ layout: 'make-room' });
    expect(roomMade()).not.toBeNull();
  });

  it('overlays when no layout was chosen', () => {
    const panel = store(undefined);
    followLayout(panel);
    panel.update({ state: reading });
    expect(roomMade()).toBeNull();
  });

  it('gives the page back its width when stopped (the extension reloaded or removed) and follows no more', () => {
    const panel = store('make-room');
    const stop = followLayout(panel);
    panel.update({ state: reading });
    stop();
    expect(roomMade()).toBeNull();
    panel.update({ collapsed: true });
    panel.update({ collapsed: false });
    expect(roomMade()).toBeNull();
  });
});
