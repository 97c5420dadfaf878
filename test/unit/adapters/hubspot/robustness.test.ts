import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { hubspot } from '../../../../lib/adapters/hubspot/index';
import { readResultSchema } from '../../../../lib/schema/read-result';
import { FIXTURE_NOW, FIXTURE_ZONE, fixtureFiles } from '../../../fixtures/fixture-files';

/** mulberry32: the same mutations on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(doc: Document, rand: () => number): void {
  const all = () => Array.from(doc.body?.querySelectorAll('*') ?? []);
  const pick = () => {
    const nodes = all();
    return nodes[Math.floor(rand() * nodes.length)];
  };
  for (let i = 0; i < 12; i++) {
    const node = pick();
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
      const junk = doc.createElement(rand() < 0.5 ? 'div' : 'span');
      junk.setAttribute('data-selenium-test', rand() < 0.5 ? 'timeline-card' : 'property-label');
      junk.textContent = rand() < 0.5 ? 'Last contacted' : '¯\\_(ツ)_/¯ 99/99/9999';
      node.append(junk);
    } else node.setAttribute('hidden', '');
  }
}

const fixtures = fixtureFiles().filter((f) => f.crm === 'hubspot' && !f.name.startsWith('company'));

describe('HubSpot adapter on damaged pages', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s: every mutation still gives a valid result', (_n, fixture) => {
    for (let seed = 1; seed <= 15; seed++) {
      const window = new Window({ url: fixture.url, settings: { disableJavaScriptEvaluation: true } });
      window.document.write(fixture.html);
      const doc = window.document as unknown as Document;
      mutate(doc, random(seed));
      const result = hubspot.read(doc, new URL(fixture.url), { now: FIXTURE_NOW, timeZone: FIXTURE_ZONE });
      expect(readResultSchema.safeParse(result).success, `seed ${seed}`).toBe(true);
      expect(hubspot.observeRoot(doc)).not.toBeUndefined();
      window.close();
    }
  });

  it('answers an empty document as unreadable instead of throwing', () => {
    const window = new Window({ url: 'https://app.hubspot.com/contacts/1/record/0-1/2' });
    const result = hubspot.read(window.document as unknown as Document, new URL(window.location.href), {
      now: FIXTURE_NOW,
      timeZone: FIXTURE_ZONE,
    });
    expect(result).toMatchObject({ status: 'unreadable' });
    window.close();
  });
});
