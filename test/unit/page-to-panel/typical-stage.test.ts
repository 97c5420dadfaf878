// Typical time in stage from the manager's own deals (metrics.md: the median over deals that left the
// stage, once 5 are known), across deal pages read one after another.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../lib/adapters/index';
import { readRecordPage, recordPageOf } from '../../../lib/adapters/record-page';
import type { ReadResult } from '../../../lib/schema/read-result';
import { fixtureFiles } from '../../fixtures/fixture-files';
import { asDeal, extension, NOW } from './chain';

/** The Salesforce page of deal-stage-history as another opportunity of the same org would show it. */
function otherOpportunity(id: string): ReadResult {
  const f = fixtureFiles().find((x) => x.crm === 'salesforce' && x.name === 'deal-stage-history');
  if (!f) throw new Error('missing');
  const html = f.html
    .replaceAll('0065g00000001IfAAI', id)
    .replaceAll(/00T5g0000000Ko|00U5g0000000Ko|02s5g0000000Ko|0695g0000000Ko/g, (m) =>
      m.replace('0000000Ko', `00000${id.slice(-4, -3)}${id.slice(-3, -2)}`),
    );
  const url = f.url.replace('0065g00000001IfAAI', id);
  const page = recordPageOf(new URL(url), ADAPTERS);
  if (!page) throw new Error('no page');
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  try {
    window.document.write(html);
    return readRecordPage(page, window.document as unknown as Document, new URL(url), { now: NOW, timeZone: 'UTC' });
  } finally {
    window.close();
  }
}

describe('typical days in Demo once five deals left it', () => {
  // Five opportunities each spent Nov 4 16:00 -> Nov 14 09:30 in Demo: 10 days. Northwind — Annual renewal
  // (demo-deal-path) is in Demo since Oct 2: 49 days against a typical 10.
  it('is their median, 10 days from own deals, and the renewal is stalled', async () => {
    const ext = extension();
    for (const id of [
      '0065g00000002AaAAA',
      '0065g00000002AbAAA',
      '0065g00000002AcAAA',
      '0065g00000002AdAAA',
      '0065g00000002AeAAA',
    ]) {
      const r = otherOpportunity(id);
      if (r.status !== 'read') throw new Error(JSON.stringify(r).slice(0, 300));
      await ext.save(r);
    }
    const view = asDeal(await ext.open('salesforce', 'demo-deal-path'));
    expect(view.stage).toBe('Demo');
    expect(view.typicalDaysInStage).toMatchObject({ days: 10, source: 'own-deals', deals: 5 });
    expect(view.daysInStage).toBe(49);
    expect(view.warning).toBe('stalled');
  });
});
