import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../../../../lib/schema/read-result';
import { htmlOf, readFixture, readPage } from './read-page';

/** Every class, id and data-* attribute removed; ARIA, title, alt, href, datetime, style and hidden kept. */
function strip(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('*')))
    for (const { name } of Array.from(el.attributes))
      if (name === 'class' || name === 'id' || name.startsWith('data-')) el.removeAttribute(name);
}

const essentials = (result: ReadResult) =>
  result.status === 'read'
    ? result.activities.map((a) => `${a.type} ${a.direction} ${a.timestamp} ${a.outcome ?? ''}`).sort()
    : [];

describe('HubSpot pages read without classes, ids or test ids', () => {
  it.each(['contact-preview-feed', 'contact-preview-feed-de', 'contact-preview-feed-fr', 'demo-contact-other'])(
    '%s reads the same record name and touches stripped as whole',
    (name) => {
      const whole = readFixture(name);
      const stripped = readFixture(name, strip);
      expect(stripped).toMatchObject({
        status: 'read',
        record: { name: (whole as { record: { name: string } }).record.name },
      });
      expect(essentials(stripped)).toEqual(essentials(whole));
      expect(essentials(whole).length).toBeGreaterThan(5);
    },
  );

  it("reads a stripped deal's stage, stage dates and only the contacts of its association sections", () => {
    const result = readFixture('deal-highlight-stage-de', strip);
    if (result.status !== 'read' || result.kind !== 'deal') throw new Error(`not read: ${result.status}`);
    expect(result.record.stage).toBe('Vertrag gesendet');
    expect(result.record.contacts.map((c) => c.id)).toEqual(['941', '942']);
    expect(result.record.stageHistory.map((e) => e.stage)).toEqual([
      'Termin vereinbart',
      'Kaufbereit',
      'Präsentation geplant',
      'Entscheidungsträger überzeugt',
      'Vertrag gesendet',
    ]);
  });
});

describe('copies the page itself makes', () => {
  it('reads each item once despite clipped accessibility clones and the pinned copy', () => {
    for (const result of [readFixture('contact-preview-feed'), readFixture('contact-preview-feed', strip)]) {
      const seen = essentials(result);
      expect(seen).toHaveLength(7);
      expect(new Set(seen).size).toBe(7);
    }
  });
});

describe('a stale record view hidden only by a class', () => {
  const { html, url } = htmlOf('contact-hidden-earlier');
  const classHidden = html.replace('style="display: none;"', 'class="RecordPage__Hidden-sc-1 is-hidden"');

  it('is never read as the shown record once classes are gone: the page is unreadable', () => {
    expect(classHidden).not.toBe(html);
    expect(readPage(classHidden, url, strip).status).toBe('unreadable');
  });

  it('with test ids left, the tab title says which of the two titles is shown', () => {
    const result = readPage(classHidden, url);
    expect(result).toMatchObject({ status: 'read', record: { name: 'Tom Haas' } });
    expect(result.status === 'read' && result.activities.map((a) => a.title)).toEqual([
      'Quick question on your fleet',
      'Call with Tom Haas',
    ]);
  });
});
