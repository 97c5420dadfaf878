import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { salesforce } from '../../../../lib/adapters/salesforce';

const URL_ = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000DpQ00AAF/view';
const NOW = new Date('2026-11-20T15:00:00Z');

/** A bare opportunity: a name, a current stage and one more field, in the given language. */
function deal(lang: string, fields: [string, string][]): Document {
  const window = new Window({ url: URL_ });
  const items = fields
    .map(
      ([label, value]) =>
        `<records-record-layout-item field-label="${label}"><span slot="outputField">${value}</span></records-record-layout-item>`,
    )
    .join('');
  window.document.write(
    `<html lang="${lang}"><body><records-highlights2><span slot="primaryField">Fleet pilot</span></records-highlights2>${items}</body></html>`,
  );
  return window.document as unknown as Document;
}

function stageHistory(doc: Document, timeZone = 'UTC') {
  const result = salesforce.read(doc, new URL(URL_), { now: NOW, timeZone });
  if (result.status !== 'read' || result.kind !== 'deal') throw new Error(`not read: ${result.status}`);
  return result.record.stageHistory;
}

describe('Salesforce time in stage from what the page shows', () => {
  it('takes the current stage’s entry from "Last Stage Change Date" when there is no Stage History', () => {
    const doc = deal('en-US', [
      ['Stage', 'Proposal'],
      ['Last Stage Change Date', '11/10/2026'],
    ]);
    expect(stageHistory(doc)).toEqual([{ stage: 'Proposal', enteredAt: '2026-11-10T00:00:00.000Z' }]);
  });

  it('reads the same field in German, day first', () => {
    const doc = deal('de-DE', [
      ['Phase', 'Angebot'],
      ['Datum der letzten Phasenänderung', '10.11.2026'],
    ]);
    expect(stageHistory(doc)).toEqual([{ stage: 'Angebot', enteredAt: '2026-11-10T00:00:00.000Z' }]);
  });

  it('derives an approximate entry from a shown duration: the start of today minus that many days', () => {
    const doc = deal('en-US', [
      ['Stage', 'Proposal'],
      ['Days in Stage', '12'],
    ]);
    expect(stageHistory(doc)).toEqual([
      { stage: 'Proposal', enteredAt: '2026-11-08T00:00:00.000Z', approximate: true },
    ]);
    // 07:00 on Nov 20 in Los Angeles: twelve days back is Nov 8, midnight PST.
    expect(stageHistory(doc, 'America/Los_Angeles')).toEqual([
      { stage: 'Proposal', enteredAt: '2026-11-08T08:00:00.000Z', approximate: true },
    ]);
  });

  // Review s60 (dealpanel): a count stopping at the group separator made a deal left for years "1 day", on pace.
  it.each([
    ['en-US', 'Days in Stage', '1,066'],
    ['de-DE', 'Tage in Phase', '1.066'],
    ['fr-FR', "Jours dans l'étape", '1\u202f066'],
  ])('%s: a duration printed with its thousands grouped ("%s: %s") is 1,066 days', (lang, label, value) => {
    const doc = deal(lang, [
      ['Stage', 'Negotiation'],
      [label, value],
    ]);
    expect(stageHistory(doc).map((entry) => entry.enteredAt)).toEqual(['2023-12-20T00:00:00.000Z']);
  });

  // Review s60 (rega): only the page language's own marks group; a formula field's fraction is dropped.
  it.each([
    ['en-US', 'Days in Stage', '12.347', '2026-11-08'],
    ['de-DE', 'Tage in Phase', '2,347', '2026-11-18'],
    ['en-US', 'Days in Stage', '12 days', '2026-11-08'],
    // Spanish, Italian and European Portuguese group only from five digits in Intl (review s60, regc).
    ['es-ES', 'Días en la etapa', '1.066', '2023-12-20'],
    ['it-IT', 'Giorni nella fase', '1.066', '2023-12-20'],
    ['pt-PT', 'Dias na fase', '1.066', '2023-12-20'],
  ])('%s: "%s: %s" is entered on %s', (lang, label, value, day) => {
    const doc = deal(lang, [
      ['Stage', 'Negotiation'],
      [label, value],
    ]);
    expect(stageHistory(doc).map((entry) => entry.enteredAt.slice(0, 10))).toEqual([day]);
  });

  it('prefers the exact change date over a duration', () => {
    const doc = deal('en-US', [
      ['Stage', 'Proposal'],
      ['Days in Stage', '12'],
      ['Last Stage Change Date', '11/10/2026'],
    ]);
    expect(stageHistory(doc)).toEqual([{ stage: 'Proposal', enteredAt: '2026-11-10T00:00:00.000Z' }]);
  });

  it('reports no stage history when the page shows none of the sources', () => {
    const doc = deal('en-US', [['Stage', 'Proposal']]);
    const result = salesforce.read(doc, new URL(URL_), { now: NOW, timeZone: 'UTC' });
    expect(result.status === 'read' && result.notRead.map((n) => n.field)).toContain('stageHistory');
  });

  it('reads the stage from "Stage: X" wording when no path or field shows it', () => {
    const window = new Window({ url: URL_ });
    window.document.write(
      '<html lang="fr-FR"><body><records-highlights2><span slot="primaryField">Fleet pilot</span></records-highlights2><p>Étape : Proposition/Devis</p></body></html>',
    );
    const result = salesforce.read(window.document as unknown as Document, new URL(URL_), {
      now: NOW,
      timeZone: 'UTC',
    });
    expect(result.status === 'read' && result.kind === 'deal' && result.record.stage).toBe('Proposition/Devis');
  });
});
