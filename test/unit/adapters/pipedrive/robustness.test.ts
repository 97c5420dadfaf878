import { describe, expect, it } from 'vitest';
import { pipedrive } from '../../../../lib/adapters/pipedrive/index';
import { readResultSchema } from '../../../../lib/schema/read-result';
import { FIXTURE_NOW, FIXTURE_ZONE, fixtureFiles } from '../../../fixtures/fixture-files';

const clock = { now: FIXTURE_NOW, timeZone: FIXTURE_ZONE };
const SEEDS = 15;
const JUNK_CLASSES = ['flow-item', 'field', 'stage', 'skeleton-ish', 'rotting', 'title'];

/** mulberry32: the same mutations on every run, so a failure names a reproducible seed. */
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
  const pick = <T>(list: T[]): T | undefined => list[Math.floor(rand() * list.length)];
  const elements = () => Array.from(doc.body.querySelectorAll('*'));
  for (let i = 0; i < 12; i++) {
    const target = pick(elements());
    if (!target) return;
    const op = Math.floor(rand() * 5);
    if (op === 0) target.remove();
    else if (op === 1) {
      const attr = pick(Array.from(target.attributes));
      if (attr) {
        target.removeAttribute(attr.name);
        target.setAttribute(`${attr.name}-x`, attr.value);
      }
    } else if (op === 2) target.textContent = (target.textContent ?? '').split('').reverse().join('');
    else if (op === 3) {
      const junk = doc.createElement(pick(['div', 'span', 'a', 'time']) ?? 'div');
      junk.setAttribute('class', pick(JUNK_CLASSES) ?? 'x');
      junk.setAttribute('data-testid', pick(['flow-item', 'header-title', 'flow-item-date', 'deal-value']) ?? 'x');
      junk.setAttribute('href', '/person/not-a-number');
      junk.textContent = pick(['', '¯\\_(ツ)_/¯', '99/99/9999 25:61', 'Stage: → ', '$∞', 'Yesterday at']) ?? '';
      target.append(junk);
    } else target.setAttribute('style', 'display: none');
  }
}

describe('Pipedrive adapter on damaged pages', () => {
  const fixtures = fixtureFiles().filter((f) => f.crm === 'pipedrive');
  it.each(fixtures.map((f) => [f.name, f] as const))('%s never throws and stays schema-valid', (_name, fixture) => {
    const url = new URL(fixture.url);
    if (!pipedrive.detect(url)) return;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const doc = new DOMParser().parseFromString(fixture.html, 'text/html');
      mutate(doc, random(seed));
      const result = pipedrive.read(doc, url, clock);
      const parsed = readResultSchema.safeParse(result);
      expect(parsed.success, `seed ${seed}: ${JSON.stringify(parsed.error?.issues[0])}`).toBe(true);
    }
  });

  it('reads an empty document as unreadable, naming the missing record name', () => {
    const doc = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
    const result = pipedrive.read(doc, new URL('https://acme.pipedrive.com/person/1'), clock);
    expect(result).toMatchObject({ status: 'unreadable', notRead: [{ field: 'name' }] });
  });
});
