// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readHubSpot } from './contact-record';

/**
 * Review s60 (rega, "not covered" by c1ca0ce). c1ca0ce made an older card's German type row with its
 * participle before the noun a type, "inflected as in `inbound` and `outbound`", listing
 * "empfangen" (received): "Empfangene E-Mail" is now an email, but its inbound word is known only
 * uninflected ("empfangen"), so the contact's received email has no direction, while "Gesendete
 * E-Mail" (the sibling the outbound words inflect) is outbound. metrics.md: "inbound (contact to
 * rep)": a received email on the contact's record is the contact's, inbound (worked by hand).
 */
function page(typeRow: string): string {
  const card = `<div data-selenium-test="timeline-card"><div><div><span>${typeRow}</span></div><div data-selenium-test="timeline-header-actions" data-selenium-id="70311"><button>Aktionen</button></div></div><div><small>17. Nov. 2026 um 14:05</small></div><div data-selenium-test="timeline-editable-title">AW: Angebot Dachsanierung</div><div>Danke, passt so.</div></div>`;
  return `<!DOCTYPE html><html lang="de-DE"><head><meta charset="utf-8"><title>Lena Vogt | HubSpot</title></head><body>
<section data-test-id="left-sidebar"><div data-card-type="OBJECT_HIGHLIGHT"><h1 data-selenium-test="highlightTitle">Lena Vogt</h1></div></section>
<section data-test-id="middle-pane"><div data-test-id="crm-events-viz-timeline"><h3>November 2026</h3>${card}</div></section></body></html>`;
}

describe('German older card type row "Empfangene E-Mail"', () => {
  it("is the contact's email: inbound", () => {
    const item = readHubSpot(page('Empfangene E-Mail')).activities.find((a) => a.sourceId === '70311');
    expect({ type: item?.type, direction: item?.direction }).toEqual({ type: 'email', direction: 'inbound' });
  });
  it('(control) "Gesendete E-Mail" is the rep\'s: outbound', () => {
    const item = readHubSpot(page('Gesendete E-Mail')).activities.find((a) => a.sourceId === '70311');
    expect({ type: item?.type, direction: item?.direction }).toEqual({ type: 'email', direction: 'outbound' });
  });
});
