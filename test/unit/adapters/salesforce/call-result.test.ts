import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * A logged call's expanded details show its "Call Result" (CallDisposition) beside the rep's
 * comments. The result is what the call came to; the comments are free text that may name another
 * outcome in passing ("she had listened to my voicemail"). contact-activity-groups' call shows
 * "Call Result  No answer"; the German page "Anrufergebnis  No answer" (picklist values are org data).
 */
const en = fixturePage('salesforce', 'contact-activity-groups');
const de = fixturePage('salesforce', 'contact-activity-groups-de');
const comments = (result: string, text: string) =>
  `<dd class="slds-item--detail">${result}</dd><dt class="slds-item_label">Comments</dt><dd class="slds-item--detail">${text}</dd>`;
const outcome = (html: string, url: string) => readPage(html, url).activities.find((a) => a.type === 'call')?.outcome;

describe("a logged call's outcome", () => {
  it('is its Call Result, not an outcome its comments mention', () => {
    const html = edited(en.html, [
      '<dd class="slds-item--detail">No answer</dd>',
      comments('Connected', 'She had listened to my voicemail from Monday; agreed next steps.'),
    ]);
    expect(outcome(html, en.url)).toBe('connected');
  });

  it('is its Call Result on a German page ("Anrufergebnis")', () => {
    const html = edited(de.html, [
      '<dd class="slds-item--detail">No answer</dd>',
      comments('Connected', 'Hatte meine Voicemail gehört, nächster Termin vereinbart.'),
    ]);
    expect(outcome(html, de.url)).toBe('connected');
  });

  it('comes from the comments when the call shows no result', () => {
    const html = edited(en.html, [
      '<dt class="slds-item_label">Call Result</dt><dd class="slds-item--detail">No answer</dd>',
      '<dt class="slds-item_label">Comments</dt><dd class="slds-item--detail">Left voicemail</dd>',
    ]);
    expect(outcome(html, en.url)).toBe('voicemail');
  });
});
