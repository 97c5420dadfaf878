import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { salesforce } from '../../../../lib/adapters/salesforce/index';
import { readResultSchema } from '../../../../lib/schema/read-result';
import { fixtureFiles } from '../../../fixtures/fixture-files';

const CLOCK = { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'UTC' };
const SEEDS = 8;

/** mulberry32: the same mutations on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(doc: Document, rand: () => number): void {
  const all = () => Array.from(doc.body.querySelectorAll('*'));
  const pick = () => {
    const list = all();
    return list[Math.floor(rand() * list.length)];
  };
  for (let i = 0; i < 25; i++) {
    const el = pick();
    if (!el) return;
    const op = Math.floor(rand() * 4);
    if (op === 0) el.remove();
    else if (op === 1) {
      const attr = el.attributes[0];
      if (attr) {
        el.removeAttribute(attr.name);
        el.setAttribute(`x-${attr.name}`, attr.value);
      }
    } else if (op === 2) el.textContent = (el.textContent ?? '').split('').reverse().join('');
    else {
      const junk = doc.createElement(rand() < 0.5 ? 'li' : 'records-record-layout-item');
      junk.setAttribute('class', 'slds-timeline__item_expandable slds-timeline__item_call');
      junk.setAttribute('field-label', 'Last Activity');
      junk.textContent = rand() < 0.5 ? '13/45/2026' : '3:15 PM | Febtember 99';
      el.append(junk);
    }
  }
}

describe('the Salesforce adapter on damaged pages', () => {
  const fixtures = fixtureFiles().filter((f) => f.crm === 'salesforce');
  it.each(fixtures.map((f) => [f.name, f] as const))('%s: every mutation still gives a valid result', (_n, f) => {
    const url = new URL(f.url);
    if (!salesforce.detect(url)) return;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const window = new Window({ url: f.url, settings: { disableJavaScriptEvaluation: true } });
      window.document.write(f.html);
      const doc = window.document as unknown as Document;
      mutate(doc, random(seed));
      const result = salesforce.read(doc, url, CLOCK);
      expect(readResultSchema.safeParse(result).success, `seed ${seed}`).toBe(true);
      window.close();
    }
  });
});
