// @vitest-environment happy-dom
/**
 * Review hsdeal. "Deal stage changed from Demo to Sr. Mgmt approval": the stage entered is
 * "Sr. Mgmt approval" (the stage the page's Deal stage property shows), never "Sr"; a stage
 * named "Stage 2.5 Legal review" is never "Stage 2"; a stage whose own name holds parentheses
 * ("Negotiation (legal)", the current stage) is entered under that name. A name cut short is a
 * wrong stage in the history, and the days in the current stage are then not counted at all.
 */
import { describe, expect, it } from 'vitest';
import { timeInStage } from '../../../../lib/metrics/stage-time';
import { hsDeal, hsHighlight, readHs } from './built-deal-page';

const NOW = new Date('2026-11-20T15:00:00Z');

function read(o: { lang: string; label?: string; stage?: string; items: { header: string; date: string }[] }) {
  const highlights = o.stage ? hsHighlight('dealstage', o.label ?? 'Deal stage', o.stage) : '';
  const html = hsDeal({ lang: o.lang, highlights, items: o.items });
  return { html, reading: readHs(html) };
}

const intoSr = { header: 'Deal stage changed from Demo to Sr. Mgmt approval', date: 'Nov 17, 2026 at 9:00 AM' };

describe('HubSpot deal: stage changes into a stage whose name holds a period or parentheses', () => {
  it('reads "Sr. Mgmt approval" whole when the Deal stage property names it', () => {
    const { reading } = read({ lang: 'en', stage: 'Sr. Mgmt approval', items: [intoSr] });
    expect(reading.record.stageHistory).toEqual([
      { stage: 'Sr. Mgmt approval', enteredAt: '2026-11-17T09:00:00.000Z' },
    ]);
    expect(timeInStage(reading.record, NOW, 'UTC')).not.toBeNull();
  });

  it('reads it whole without test ids too', () => {
    // The shape path finds items as repeated lines: a timeline of one line is not one (second-path tests).
    const call = { header: 'Logged call with Lena Vogt', date: 'Nov 12, 2026 at 2:00 PM', body: 'Connected.' };
    const { html } = read({ lang: 'en', stage: 'Sr. Mgmt approval', items: [intoSr, call] });
    expect(readHs(html, { strip: true }).record.stageHistory.map((e) => e.stage)).toEqual(['Sr. Mgmt approval']);
  });

  it('reports, never guesses, a move into "Sr. Mgmt approval" where nothing on the page names the stage', () => {
    const { reading } = read({ lang: 'en', items: [intoSr] });
    expect(reading.record.stageHistory.map((e) => e.stage)).not.toContain('Sr');
    expect(reading.notRead).toContainEqual({
      field: 'record.stageHistory',
      reason:
        'the stage change "Deal stage changed from Demo to Sr. Mgmt approval" may move into "Sr" or "Sr. Mgmt approval"; nothing on the page settles which',
    });
  });

  it('never enters a stage "Stage 2" from "… to Stage 2.5 Legal review"', () => {
    const { reading } = read({
      lang: 'en',
      items: [{ header: 'Deal stage changed from Demo to Stage 2.5 Legal review', date: 'Nov 17, 2026 at 9:00 AM' }],
    });
    expect(reading.record.stageHistory.map((e) => e.stage)).toEqual(['Stage 2.5 Legal review']);
  });

  it('reads the move out of "Sr. Mgmt approval" into "Closed won", which names the stage for the move before it', () => {
    const { reading } = read({
      lang: 'en',
      stage: 'Closed won',
      items: [
        { header: 'Deal stage changed from Sr. Mgmt approval to Closed won', date: 'Nov 18, 2026 at 9:00 AM' },
        intoSr,
      ],
    });
    expect(reading.record.stageHistory.map((e) => e.stage)).toEqual(['Sr. Mgmt approval', 'Closed won']);
  });

  it('(control) ends a stage at the period that ends its sentence', () => {
    const { reading } = read({
      lang: 'en',
      items: [{ header: 'Alex Morgan moved the deal from Demo to Proposal.', date: 'Nov 17, 2026 at 9:00 AM' }],
    });
    expect(reading.record.stageHistory.map((e) => e.stage)).toEqual(['Proposal']);
  });

  it('enters "Negotiation (legal)", the current stage, under its own name', () => {
    const { reading } = read({
      lang: 'en',
      stage: 'Negotiation (legal)',
      items: [{ header: 'Deal stage changed from Demo to Negotiation (legal)', date: 'Nov 17, 2026 at 9:00 AM' }],
    });
    expect(reading.record.stageHistory.map((e) => e.stage)).toEqual(['Negotiation (legal)']);
    expect(timeInStage(reading.record, NOW, 'UTC')).not.toBeNull();
  });

  it('cuts the pipeline after "Negotiation (legal)" and keeps the stage’s own parentheses', () => {
    const { reading } = read({
      lang: 'en',
      stage: 'Negotiation (legal)',
      items: [
        {
          header: 'Alex Morgan moved the deal from Demo to Negotiation (legal) (Sales Pipeline)',
          date: 'Nov 17, 2026 at 9:00 AM',
        },
      ],
    });
    expect(reading.record.stageHistory.map((e) => e.stage)).toEqual(['Negotiation (legal)']);
  });

  it('reads "Offre v2.1" whole on a French page (as German "… nach Angebot v2.1 verschoben" already is)', () => {
    const { reading } = read({
      lang: 'fr',
      label: 'Phase de la transaction',
      stage: 'Offre v2.1',
      items: [{ header: 'Sam Lee a déplacé la transaction de Démo à Offre v2.1', date: '17 nov. 2026 à 09:00' }],
    });
    expect(reading.record.stageHistory.map((e) => e.stage)).toEqual(['Offre v2.1']);
  });
});
