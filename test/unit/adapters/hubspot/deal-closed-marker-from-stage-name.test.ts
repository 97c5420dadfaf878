import { describe, expect, it } from 'vitest';
import { dealPage, property, readDeal } from './deal-page';

/**
 * HubSpot closes a deal by moving it to a closed stage, so the reader sets the deal's closed marker
 * from the stage's name. It knew English "closed won|lost" only: a deal in an Italian "Chiuso vinto"
 * (or a German "Abgeschlossen und verloren") was read as open. The marker now uses the closed-stage
 * words the metrics use (lib/metrics/closed-stage-words.ts), in every language pages are read in.
 */
const highlight = (name: string, label: string, value: string) =>
  `<div data-test-id="highlight-property-item-${name}"><span>${label}</span> <span data-test-id="highlight-property-display-${name}">${value}</span></div>`;

function page(lang: string, stageLabel: string, stage: string, pipeline?: [string, string]): string {
  return dealPage({
    lang,
    sidebar: `<div>${highlight('dealstage', stageLabel, stage)}${pipeline ? highlight('pipeline', pipeline[0], pipeline[1]) : ''}</div>
<div data-selenium-test="highlightedPropertySidebar">${property('Amount', '$12,000.00')}</div>`,
  });
}

describe('HubSpot deal closed by its stage', () => {
  it.each([
    ['it-IT', 'Fase della trattativa', 'Chiuso vinto', 'won'],
    ['it-IT', 'Fase della trattativa', 'Chiuso perso', 'lost'],
    ['de-DE', 'Deal-Phase', 'Abgeschlossen und verloren', 'lost'],
    ['en-US', 'Deal stage', 'Closed won', 'won'],
  ] as const)('reads a %s deal in "%s: %s" as closed %s', (lang, label, stage, outcome) => {
    const { record } = readDeal(page(lang, label, stage, ['Pipeline', 'Sales Pipeline']));
    expect([record.stage, record.closed]).toEqual([stage, outcome]);
  });

  it('reads a stage shown with a pipeline the page does not name ("Closed lost (Renewals)") as closed', () => {
    const { record } = readDeal(page('en-US', 'Deal stage', 'Closed lost (Renewals)'));
    expect(record.closed).toBe('lost');
  });

  it('leaves a deal in an open stage open', () => {
    const { record } = readDeal(page('it-IT', 'Fase della trattativa', 'Proposta inviata', ['Pipeline', 'Vendite']));
    expect(record.closed).toBeUndefined();
  });
});
