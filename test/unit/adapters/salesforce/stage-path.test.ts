import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * The SLDS path (deal-activity-groups follows its blueprint): the record's stage is
 * `slds-is-current` with "Current Stage:" assistive text; `slds-is-active` and `aria-selected` go
 * to a step the user clicks to read its guidance, as a rep does before saving the page.
 */
describe('a stage path on which the user selected an earlier step', () => {
  const page = fixturePage('salesforce', 'deal-activity-groups');
  const clickedQualification = edited(
    page.html,
    [
      `<li class="slds-path__item slds-is-complete" role="presentation">
                <a aria-selected="false" class="slds-path__link" href="#" role="option" tabindex="-1" title="Qualification">`,
      `<li class="slds-path__item slds-is-complete slds-is-active" role="presentation">
                <a aria-selected="true" class="slds-path__link" href="#" role="option" tabindex="0" title="Qualification">`,
    ],
    [
      `<li class="slds-path__item slds-is-current slds-is-active" role="presentation">
                <a aria-selected="true" class="slds-path__link" href="#" role="option" tabindex="0" title="Proposal/Price Quote">`,
      `<li class="slds-path__item slds-is-current" role="presentation">
                <a aria-selected="false" class="slds-path__link" href="#" role="option" tabindex="-1" title="Proposal/Price Quote">`,
    ],
  );

  it('reads the stage marked current, not the step selected', () => {
    expect(readPage(clickedQualification, page.url).record.stage).toBe('Proposal/Price Quote');
  });

  it('reads the same stage as before the click', () => {
    expect(readPage(page.html, page.url).record.stage).toBe('Proposal/Price Quote');
  });
});
