// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NotRead } from '../../../lib/schema/read-result';
import { renderPanel } from '../components/render-panel';
import { jordanLee } from '../components/view-fixtures';
import { addPanelCssIn, type ColorScheme, paletteColour } from './panel-theme';

let style: HTMLStyleElement | undefined;
afterEach(() => {
  cleanup();
  style?.remove();
});

/** Background and text colour of the element among `selector` whose text starts with `start`. */
function colours(container: Element, selector: string, start: RegExp) {
  const found = [...container.querySelectorAll<HTMLElement>(selector)].find((el) => start.test(el.textContent ?? ''));
  if (!found) throw new Error(`no ${selector} starting ${start}`);
  const { backgroundColor, color } = getComputedStyle(found);
  return { backgroundColor, color };
}

/** What a note looks like (cards.css) and what a failure looks like, in the scheme the panel is drawn in. */
function looks(container: Element) {
  const panel = container.querySelector('.tl-panel') as Element;
  return {
    note: { backgroundColor: paletteColour(panel, 'surface'), color: paletteColour(panel, 'text') },
    failure: { backgroundColor: paletteColour(panel, 'bad-bg'), color: paletteColour(panel, 'bad') },
  };
}

/**
 * Notes beside the numbers and a saved test page's status are information: drawn as notes. Only a
 * failure, marked role="alert" ("Not logged: …", a period that could not be switched), takes the
 * error colours. controls.css used to draw every `.tl-notice` as a failure.
 */
describe.each<ColorScheme>(['light', 'dark'])('notices in the %s theme', (scheme) => {
  it('draws "No touches in …" as a note and "Not logged: …" as a failure', () => {
    style = addPanelCssIn(scheme);
    const view = jordanLee();
    view.touches = { ...view.touches, total: 0, manual: 0, automated: 0, inbound: 0 };
    view.touches.byChannel = { call: 0, email: 0, meeting: 0, social: 0, sms: 0 };
    const { container } = renderPanel({ status: 'ready', view }, { notice: 'Not logged: the database is full.' });
    const { note, failure } = looks(container);

    expect(colours(container, '[role="note"]', /^No touch/)).toEqual(note);
    expect(colours(container, '[role="alert"]', /^Not logged/)).toEqual(failure);
  });

  it('draws "Not all of this page\'s activity timeline was read" as a note', () => {
    style = addPanelCssIn(scheme);
    const filtered: NotRead = { field: 'activities', reason: 'the activity timeline is filtered to "Emails"' };
    const { container } = renderPanel(
      { status: 'ready', view: jordanLee() },
      { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead: [filtered] } },
    );

    expect(colours(container, '[data-notice="activities-not-read"]', /^Not all/)).toEqual(looks(container).note);
  });

  it('draws a test page saved from the menu as a note at the panel’s foot', () => {
    style = addPanelCssIn(scheme);
    const { container } = renderPanel(
      { status: 'ready', view: jordanLee() },
      { capture: { testPage: { status: 'saved' }, onSaveTestPage: vi.fn(), notRead: [] } },
    );

    expect(colours(container, '.tl-panel > [role="status"]', /^The test page opened/)).toEqual(looks(container).note);
  });

  it('draws a test page that could not be saved as a failure', () => {
    style = addPanelCssIn(scheme);
    const { container } = renderPanel(
      { status: 'ready', view: jordanLee() },
      { capture: { testPage: { status: 'failed' }, onSaveTestPage: vi.fn(), notRead: [] } },
    );

    expect(colours(container, '.tl-panel > .tl-notice', /^The test page could not/)).toEqual(looks(container).failure);
  });
});
