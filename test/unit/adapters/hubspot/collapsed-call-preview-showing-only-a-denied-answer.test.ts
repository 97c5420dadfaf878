// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readHubSpot } from './contact-record';

/**
 * Review s60 (rega, "not covered" by c1ca0ce). crm-evidence-2.md: "A collapsed call preview shows the
 * outcome, not the word 'call' in every locale". c1ca0ce made "Non ha risposto" / "Não respondeu" /
 * "Niet beantwoord" / "No respondió" / "Nicht geantwortet" a call's no-answer outcome, but only
 * after a type word ("Chiamata - Non ha risposto"): the collapsed preview showing the outcome alone
 * is no touch at all (a system item), where before it was at least a touch (then wrongly an
 * inbound email). metrics.md: calls are touches; the rep's dial the contact did not answer is an
 * outbound call with a no-answer outcome (worked by hand: the contact "did not answer" the rep).
 */
function page(lang: string, header: string, when: string): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Giulia Ferri | HubSpot</title></head><body>
<section data-test-id="left-sidebar"><div data-card-type="OBJECT_HIGHLIGHT"><h1 data-selenium-test="highlightTitle">Giulia Ferri</h1></div></section>
<section data-test-id="middle-pane"><div data-test-id="crm-events-viz-timeline">
<div data-test-id="collapsible-event-accordion"><div role="button" aria-expanded="false" tabindex="0">
<div data-test-id="timeline-preview-event">
<div data-test-id="generic-preview-event-header"><span data-test-id="header-message">${header}</span> <span data-test-id="event-timestamp">${when}</span></div>
</div></div></div>
</div></section></body></html>`;
}

describe('a collapsed call preview showing only a denied answer', () => {
  it.each([
    ['it-IT', 'Non ha risposto', '18 nov 2026 alle 10:00'],
    ['pt-BR', 'Não respondeu', '18 de nov. de 2026 às 10:00'],
    ['nl-NL', 'Niet beantwoord', '18 nov. 2026 om 10:00'],
    ['es-ES', 'No respondió', '18 nov 2026 a las 10:00'],
    ['de-DE', 'Nicht geantwortet', '18. Nov. 2026 um 10:00'],
  ] as const)('%s "%s" is the rep\'s unanswered call', (lang, header, when) => {
    const touch = readHubSpot(page(lang, header, when)).activities[0];
    expect({ type: touch?.type, direction: touch?.direction, outcome: touch?.outcome }).toEqual({
      type: 'call',
      direction: 'outbound',
      outcome: 'no-answer',
    });
  });
});
