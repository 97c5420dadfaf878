import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { salesforce } from '../../../../lib/adapters/salesforce';
import { fixtureFiles } from '../../../fixtures/fixture-files';
import { renamePage, stripPage } from '../../../robustness/page-transforms';

/**
 * The Salesforce console (Service Console, Sales Console): each workspace tab is a
 * `section.tabContent.oneConsoleTab` (the focused one `active`, `aria-expanded="true"`) holding its
 * own view `div.windowViewMode-maximized.active.lafPageHost` (public tools that select the shown
 * record in the console: Salesforce Inspector Reloaded's `section.oneConsoleTab
 * div.windowViewMode-maximized.active.lafPageHost`, Selenium page objects). Every tab's view is
 * `active`; only the focused tab tells the shown record. Without classes, the tabs are tab panels,
 * the focused one expanded.
 *
 * Oracle, by hand: contact-hidden-earlier-record (Jordan Lee's view, then Rita Okoye's) as two
 * console tabs. With Rita's tab focused (her address and tab title), the reading is Rita's one
 * call; with Jordan's focused, his (the first in the page), never the last view in page order.
 * Before, both read "unreadable": neither view was a `windowViewMode-normal` one.
 */
const NOW = new Date('2026-11-20T15:00:00Z');
const fixture = fixtureFiles().find((f) => f.crm === 'salesforce' && f.name === 'contact-hidden-earlier-record');
const JORDAN_URL = 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000000EXAAY/view';

function asConsoleTabs(html: string, focused: 'Jordan' | 'Rita'): string {
  const tab = (name: 'Jordan' | 'Rita') =>
    focused === name
      ? '<section class="tabContent active oneConsoleTab" role="tabpanel" aria-expanded="true">'
      : '<section class="tabContent oneConsoleTab" role="tabpanel" aria-expanded="false">';
  const page = html
    .replace(
      '<div class="windowViewMode-normal oneContent lafPageHost"><div class="record-page',
      `${tab('Jordan')}<div class="windowViewMode-maximized active lafPageHost"><div class="record-page`,
    )
    .replace(
      '</div><div class="windowViewMode-normal oneContent lafPageHost active">',
      `</div></section>${tab('Rita')}<div class="windowViewMode-maximized active lafPageHost">`,
    )
    .replace('</div></div></div></body>', '</div></section></div></div></body>')
    .replace('<title>Rita Okoye |', focused === 'Rita' ? '<title>Rita Okoye |' : '<title>Jordan Lee |');
  if (page.split('oneConsoleTab').length !== 3 || !page.includes('</section></div></div></body>'))
    throw new Error('fixture changed');
  return page;
}

function read(focused: 'Jordan' | 'Rita', transform?: (doc: Document) => void) {
  if (!fixture) throw new Error('fixture missing');
  const url = focused === 'Rita' ? fixture.url : JORDAN_URL;
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  try {
    window.document.write(asConsoleTabs(fixture.html, focused));
    const doc = window.document as unknown as Document;
    transform?.(doc);
    const r = salesforce.read(doc, new URL(url), { now: NOW, timeZone: 'UTC' });
    return r.status === 'read' ? { name: r.record.name, titles: r.activities.map((a) => a.title) } : r.status;
  } finally {
    window.close();
  }
}

const transforms = [
  ['as shown', undefined],
  ['stripped of classes', stripPage],
  ['with classes renamed', (doc: Document) => renamePage(doc)],
] as const;

describe('Salesforce console with two record tabs', () => {
  it.each(transforms)("reads the focused tab's record, Rita's second tab (%s)", (_, transform) => {
    expect(read('Rita', transform)).toEqual({ name: 'Rita Okoye', titles: ['Call with Rita Okoye'] });
  });

  it.each(transforms)("reads the focused tab's record, Jordan's first tab (%s)", (_, transform) => {
    const r = read('Jordan', transform);
    expect(typeof r === 'object' && r.name).toBe('Jordan Lee');
    expect(typeof r === 'object' && r.titles).toContain('Call with Jordan Lee');
    expect(JSON.stringify(r)).not.toContain('Rita');
  });
});
