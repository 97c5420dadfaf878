import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../lib/adapters/index';
import { readRecordPage, recordPageOf } from '../../../lib/adapters/record-page';
import { readResultSchema } from '../../../lib/schema/read-result';
import { seededRandom } from '../../demo-crm/seeded-random';
import { FIXTURE_NOW, FIXTURE_ZONE, fixtureFiles } from '../../fixtures/fixture-files';

const SEEDS = 12;
const clock = { now: FIXTURE_NOW, timeZone: FIXTURE_ZONE };

/** Markers the adapters look for, planted on junk nodes so damage reaches the code paths that read them. */
const JUNK_ATTRIBUTES: [string, string][] = [
  ['data-selenium-test', 'timeline-card'],
  ['data-selenium-test', 'property-label'],
  ['data-test-id', 'crm-events-viz-timeline'],
  ['class', 'slds-timeline__item_call'],
  ['class', 'runtime_sales_pathassistantPathAssistantTab slds-is-active'],
  ['field-label', 'Last Activity'],
  ['data-testid', 'header-title'],
  ['data-testid', 'flow-item'],
];
const JUNK_TEXT = ['', 'Last contacted', '¯\\_(ツ)_/¯', '99/99/9999 25:61', 'Yesterday at', 'Stage: → ', '$∞', 'NaN'];

/** Twelve random cuts: nodes removed, attributes renamed, text reversed, junk inserted, parts hidden. */
function damage(doc: Document, rand: () => number): void {
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(rand() * list.length)];
  for (let i = 0; i < 12; i++) {
    const node = pick(Array.from(doc.body?.querySelectorAll('*') ?? []));
    if (!node) return;
    const action = Math.floor(rand() * 5);
    if (action === 0) node.remove();
    else if (action === 1) {
      for (const attr of Array.from(node.attributes)) {
        node.removeAttribute(attr.name);
        node.setAttribute(`${attr.name}-x`, attr.value);
      }
    } else if (action === 2) node.textContent = (node.textContent ?? '').split('').reverse().join('');
    else if (action === 3) {
      const junk = doc.createElement(pick(['div', 'span', 'a', 'li', 'time']) ?? 'div');
      const [name, value] = pick(JUNK_ATTRIBUTES) ?? ['class', 'x'];
      junk.setAttribute(name, value);
      junk.textContent = pick(JUNK_TEXT) ?? '';
      node.append(junk);
    } else node.setAttribute(rand() < 0.5 ? 'hidden' : 'style', 'display: none');
  }
}

function load(url: string, html: string): { doc: Document; close: () => void } {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(html);
  return { doc: window.document as unknown as Document, close: () => window.close() };
}

const recordFixtures = fixtureFiles().filter((f) => recordPageOf(new URL(f.url), ADAPTERS));

describe('adapters on damaged pages', () => {
  it.each(recordFixtures.map((f) => [`${f.crm}/${f.name}`, f] as const))(
    '%s: never throws, always a valid result',
    (_, fixture) => {
      const url = new URL(fixture.url);
      const page = recordPageOf(url, ADAPTERS);
      if (!page) throw new Error('not a record page');
      for (let seed = 1; seed <= SEEDS; seed++) {
        const { doc, close } = load(fixture.url, fixture.html);
        damage(doc, seededRandom(seed));
        // The adapter itself, not the safety net around it, must cope.
        const parsed = readResultSchema.safeParse(page.adapter.read(doc, url, clock));
        expect(parsed.success, `seed ${seed}: ${JSON.stringify(parsed.error?.issues[0])}`).toBe(true);
        expect(() => page.adapter.observeRoot(doc)).not.toThrow();
        close();
      }
    },
  );

  it.each(ADAPTERS.map((a) => [a.crm, a] as const))(
    '%s answers an empty page as unreadable, saying why',
    (_, adapter) => {
      const url = recordFixtures.find((f) => f.crm === adapter.crm)?.url ?? '';
      const { doc, close } = load(url, '<html><body></body></html>');
      const result = readRecordPage({ adapter, ref: adapter.detect(new URL(url)) ?? fail() }, doc, new URL(url), clock);
      expect(result.status).toBe('unreadable');
      expect(result.status === 'unreadable' && result.reason.length > 0).toBe(true);
      close();
    },
  );
});

function fail(): never {
  throw new Error('fixture URL is not a record page');
}
