import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { salesforce } from '../../../../lib/adapters/salesforce';

/**
 * An Aura-generation record page: the header is the SLDS record-home page header
 * (`h1` with the object label, then `.slds-page-header__title` holding the name), not
 * `records-highlights2` (crm-pages.md names the LWC header; "older Aura pages … support both").
 * The timeline shows an expanded Task whose details, as in the SLDS timeline blueprint (A),
 * list "Name" (the task's contact) and "Related To". The record's name is in the header and in
 * the tab title ("maintained tools read document.title", crm-evidence-2.md, A): the expanded
 * item's "Name" is another person's.
 */
const NOW = new Date('2026-11-20T15:00:00Z');
const URL_CONTACT = 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000DpQ9xAAF/view';
const URL_DEAL = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000DpQ00AAF/view';

const auraHeader = (entity: string, name: string) =>
  `<div class="slds-page-header slds-page-header_record-home forceHighlightsPanel"><div class="slds-media"><div class="slds-media__body"><h1><div class="entityNameTitle slds-line-height_reset">${entity}</div><div class="slds-page-header__title slds-m-right_small slds-align-middle fade-text" title="${name}"><span class="uiOutputText">${name}</span></div></h1></div></div><ul class="slds-page-header__detail-row"><li class="slds-page-header__detail-block"><p class="slds-text-title slds-truncate" title="Title">Title</p><p class="slds-text-body_regular">CFO</p></li></ul></div>`;

const expandedTask = `<ul class="slds-timeline"><li><div class="slds-timeline__item_expandable slds-timeline__item_task slds-is-open"><div class="slds-media"><div class="slds-media__body">
<h3><a href="/lightning/r/Task/00T5g00000AAAA9AAA/view">Send proposal</a></h3><p class="slds-timeline__date">Nov 25</p>
<p>You have an upcoming Task with <a href="/lightning/r/Contact/0035g00000DpQ9yAAF/view">Tom Becker</a></p>
<article class="slds-box slds-timeline__item_details" aria-hidden="false"><ul class="slds-list_horizontal slds-wrap">
<li class="slds-grid slds-grid_vertical"><span class="slds-text-title">Name</span><span class="slds-text-body_medium" title="Tom Becker"><a href="/lightning/r/Contact/0035g00000DpQ9yAAF/view">Tom Becker</a></span></li>
<li class="slds-grid slds-grid_vertical"><span class="slds-text-title">Related To</span><span class="slds-text-body_medium">Contoso — Fleet pilot</span></li>
</ul></article></div></div></div></li></ul>`;

function readName(url: string, title: string, body: string): string | undefined {
  const window = new Window({ url });
  window.document.write(
    `<!DOCTYPE html><html lang="en-US"><head><title>${title}</title></head><body><div class="windowViewMode-normal oneContent lafPageHost active">${body}</div></body></html>`,
  );
  const result = salesforce.read(window.document as unknown as Document, new URL(url), { now: NOW, timeZone: 'UTC' });
  window.close();
  if (result.status !== 'read') throw new Error(result.status);
  return result.record.name;
}

describe('an Aura record header, with an expanded timeline item listing "Name"', () => {
  it('names the contact from its header, not from the task’s Name detail', () => {
    expect(
      readName(URL_CONTACT, 'Maria Jensen | Salesforce', auraHeader('Contact', 'Maria Jensen') + expandedTask),
    ).toBe('Maria Jensen');
  });

  it('names the opportunity from its header, not from the task’s Name detail', () => {
    expect(
      readName(
        URL_DEAL,
        'Contoso — Fleet pilot | Salesforce',
        auraHeader('Opportunity', 'Contoso — Fleet pilot') + expandedTask,
      ),
    ).toBe('Contoso — Fleet pilot');
  });
});
