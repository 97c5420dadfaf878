// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isHidden } from '../../../../lib/adapters/dom';
import { pipedrive } from '../../../../lib/adapters/pipedrive/index';
import { generateWorld } from '../../../demo-crm/generate-world';
import { demo } from '../../../demo-crm/pipedrive/index';
import { FIXED_NOW } from '../../../demo-crm/world';

const world = generateWorld({ now: FIXED_NOW });
const clock = { now: new Date(FIXED_NOW), timeZone: 'UTC' };
const [first, second] = world.contacts;

function visit(doc: Document, path: string) {
  const url = new URL(`https://${demo.host}${path}`);
  demo.render(doc, url, world, 'loading');
  const loading = pipedrive.read(doc, url, clock);
  demo.render(doc, url, world, 'ready');
  return { loading, ready: pipedrive.read(doc, url, clock) };
}

describe('the Pipedrive look-alike, read by the adapter', () => {
  it('shows placeholders first, then the record', () => {
    const doc = document.implementation.createHTMLDocument('demo');
    if (!first) throw new Error('no contacts');
    const { loading, ready } = visit(doc, demo.contactPath(world, first));
    expect(loading.status).toBe('loading');
    expect(ready).toMatchObject({ status: 'read', record: { name: `${first.firstName} ${first.lastName}` } });
  });

  it('after navigating, reads the new record, not the earlier one kept hidden', () => {
    const doc = document.implementation.createHTMLDocument('demo');
    if (!first || !second) throw new Error('no contacts');
    visit(doc, demo.contactPath(world, first));
    const { ready } = visit(doc, demo.contactPath(world, second));
    expect(doc.querySelectorAll('[data-testid="detail-view"]').length).toBe(2);
    expect(ready).toMatchObject({ status: 'read', recordId: String(second.id) });
    if (ready.status !== 'read') return;
    const own = world.activities.filter((a) => a.contactId === second.id);
    expect(ready.activities.map((a) => a.sourceId?.split(':')[1])).toEqual(
      expect.arrayContaining(own.map((a) => String(a.id))),
    );
    expect(ready.activities).toHaveLength(own.length);
  });

  it('renders every activity of a deal, with its stage path and history', () => {
    const deal = world.deals.find((d) => !d.closed && d.stageHistory.length > 2);
    if (!deal) throw new Error('no deal with history');
    const doc = document.implementation.createHTMLDocument('demo');
    const { ready } = visit(doc, demo.dealPath(world, deal));
    if (ready.status !== 'read' || ready.kind !== 'deal') throw new Error(`not read: ${JSON.stringify(ready)}`);
    expect(ready.activities).toHaveLength(world.activities.filter((a) => a.dealId === deal.id).length);
    expect(ready.record).toMatchObject({ stage: deal.stage, stages: deal.stages, amount: deal.amount });
    expect(ready.record.stageHistory.map((h) => h.stage)).toEqual(deal.stageHistory.map((h) => h.stage));
  });

  it('builds the page without innerHTML-style string markup and at a realistic size', () => {
    const doc = document.implementation.createHTMLDocument('demo');
    if (!first) throw new Error('no contacts');
    visit(doc, demo.contactPath(world, first));
    const nodes = doc.querySelectorAll('*').length;
    expect(nodes).toBeGreaterThan(200);
    expect(nodes).toBeLessThan(5000);
  });
});

describe('observeRoot', () => {
  it('is the content area that outlives the record views swapped in and out', () => {
    const doc = document.implementation.createHTMLDocument('demo');
    if (!first || !second) throw new Error('no contacts');
    visit(doc, demo.contactPath(world, first));
    const root = pipedrive.observeRoot(doc);
    visit(doc, demo.contactPath(world, second));
    expect(root?.isConnected).toBe(true);
    const shown = Array.from(root?.querySelectorAll('[data-record-id]') ?? []).filter((v) => !isHidden(v));
    expect(shown.map((v) => v.getAttribute('data-record-id'))).toEqual([String(second.id)]);
  });
});
