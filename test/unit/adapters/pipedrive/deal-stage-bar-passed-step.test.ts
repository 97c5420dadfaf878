/**
 * A stage bar whose steps carry no `aria-selected` (a read-only bar, or a generation without it).
 * crm-evidence-2.md marks the current stage only by `aria-selected="true"`; the `--passed` class of
 * the saved page is guessed, and wherever a page shows one it marks a step the deal has left, never
 * the stage it is in. So the bar names no stage, and the page's own changelog does: the latest move
 * was Contact Made → Demo Scheduled on 17 Nov.
 */
import { describe, expect, it } from 'vitest';
import { edited, readPage } from '../page-variation';
import { deal } from './deal-page-edits';

const page = edited(deal.html, [/ aria-selected="(?:true|false)" aria-label="/g, ' aria-label="']);

describe('Pipedrive deal stage bar without a selected step', () => {
  it('is in the stage of the changelog’s latest move, not the last passed step', () => {
    expect(readPage(page, deal.url).record.stage).toBe('Demo Scheduled');
  });

  it('does not invent a move back to the last passed step', () => {
    // Read as "Contact Made", the history gains {Contact Made, 14 Nov, approximate} after Demo Scheduled (17 Nov).
    const history = readPage(page, deal.url).record.stageHistory as { stage: string }[];
    expect(history.map((e) => e.stage)).toEqual(['Qualified', 'Contact Made', 'Demo Scheduled']);
  });
});
