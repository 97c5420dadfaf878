/**
 * Review s35 r3 (never silent). metrics.md: time in a stage runs to the next entry. A stage move
 * whose date cannot be read dropped out of the stage history without a word, so the deal seemed
 * to have spent Qualified → Proposal in "Qualified" (36 days instead of 23).
 */
import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../../../../lib/schema/read-result';
import { readFixture } from './read-page';

function retext(doc: Document, from: string, to: string): void {
  const el = Array.from(doc.querySelectorAll('*')).find((e) => e.children.length === 0 && e.textContent === from);
  if (!el) throw new Error(`no element reads "${from}"`);
  el.textContent = to;
}

function deal(result: ReadResult) {
  if (result.status !== 'read' || result.kind !== 'deal') throw new Error(`not a deal read: ${result.status}`);
  return result;
}

describe('HubSpot: "moved the deal from Qualified to Demo" dated "sometime"', () => {
  const reading = deal(
    readFixture('deal-stage-history', (doc) => retext(doc, 'Oct 28, 2026 at 11:00 AM UTC', 'sometime')),
  );

  it('leaves the stage history reported as incomplete', () => {
    expect(reading.record.stageHistory.map((e) => e.stage)).not.toContain('Demo');
    expect(reading.notRead.filter((n) => n.field === 'record.stageHistory')).not.toEqual([]);
  });
});
