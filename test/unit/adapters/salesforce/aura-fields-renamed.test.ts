import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { salesforce } from '../../../../lib/adapters/salesforce';
import { renamePage, stripPage } from '../../../robustness/page-transforms';
import { dealPage, NOW, URL_DEAL } from './opportunity-page';

const URL_LEAD = 'https://acme.lightning.force.com/lightning/r/Lead/00Q5g00000DpQ7aEAF/view';

/**
 * The older Aura record layout (crm-pages.md: `force-record-layout-item` with a
 * `.test-id__field-label` label, "support both") as Lightning renders an editable field: the
 * value, then the inline-edit pencil ("Edit Stage", assistive text) and, on the owner, the
 * "Change Owner" button. crm-evidence-2.md: classes and test ids churn, so the page is also read
 * with its classes renamed or removed (the project's own robustness transforms).
 */
const auraField = (label: string, value: string, help = false) =>
  `<force-record-layout-item class="slds-form-element slds-form-element_readonly"><div class="slds-form-element slds-form-element_edit slds-hint-parent"><div class="test-id__field-label-container slds-form-element__label"><span class="test-id__field-label">${label}</span>${
    help
      ? `<div class="slds-form-element__icon"><button class="slds-button slds-button_icon"><span class="slds-assistive-text">Help ${label}</span></button></div>`
      : ''
  }</div><div class="slds-form-element__control slds-grid itemBody"><span class="test-id__field-value slds-form-element__static slds-grow">${value}</span><button class="slds-button test-id__inline-edit-trigger slds-shrink-none inline-edit-trigger" title="Edit ${label}"><span class="slds-assistive-text">Edit ${label}</span></button></div></div></force-record-layout-item>`;

function auraDeal(help: boolean): string {
  return dealPage({
    fields:
      auraField('Opportunity Name', 'Contoso — Fleet pilot') +
      auraField('Stage', 'Proposal', help) +
      auraField('Amount', '<span class="uiOutputText forceOutputCurrency">$24,500.00</span>', help) +
      auraField('Close Date', '<span class="uiOutputDate">12/31/2026</span>', help) +
      auraField(
        'Opportunity Owner',
        '<div class="ownerName"><a href="/lightning/r/User/0055g00000DpQ0zAAF/view">Alex Morgan</a></div><button class="slds-button"><span class="slds-assistive-text">Change Owner</span></button>',
        help,
      ),
  });
}

function readAs(html: string, transform: 'stripped' | 'renamed', url = URL_DEAL) {
  const window = new Window({ url });
  window.document.write(html);
  const doc = window.document as unknown as Document;
  if (transform === 'stripped') stripPage(doc);
  else renamePage(doc);
  const result = salesforce.read(doc, new URL(url), { now: NOW, timeZone: 'UTC' });
  window.close();
  if (result.status !== 'read') throw new Error(`not read: ${result.status}`);
  return result;
}

const readDealAs = (html: string, transform: 'stripped' | 'renamed') => {
  const result = readAs(html, transform);
  if (result.kind !== 'deal') throw new Error('not a deal');
  return result;
};

/** An Aura Lead page (Lead records count as contacts): Lead Owner with its Change Owner button. */
const auraLead = `<!DOCTYPE html><html lang="en-US"><head><title>Jordan Lee | Lead | Salesforce</title></head><body>
<div class="windowViewMode-normal oneContent lafPageHost active">
<records-highlights2 class="slds-page-header"><lightning-formatted-name slot="primaryField">Jordan Lee</lightning-formatted-name></records-highlights2>
${auraField('Name', 'Jordan Lee')}
${auraField('Email', '<a href="mailto:jordan.lee@contoso.example">jordan.lee@contoso.example</a>')}
${auraField('Lead Owner', '<div class="ownerName"><a href="/lightning/r/User/0055g00000DpQ0zAAF/view">Alex Morgan</a></div><button class="slds-button"><span class="slds-assistive-text">Change Owner</span></button>')}
</div></body></html>`;

describe('an Aura opportunity layout with its classes renamed or removed', () => {
  for (const transform of ['stripped', 'renamed'] as const) {
    it(`reads stage, close date and owner without the edit and Change Owner buttons (${transform})`, () => {
      const { record } = readDealAs(auraDeal(false), transform);
      // The field shows "Proposal", "12/31/2026" (en-US) and the user link "Alex Morgan"; the buttons are controls.
      expect(record.stage).toBe('Proposal');
      expect(record.closeDate).toBe('2026-12-31');
      expect(record.owner).toBe('Alex Morgan');
      expect(record.amount).toBe(24500);
    });

    it(`never takes a field's help button for its value (${transform})`, () => {
      const { record, notRead } = readDealAs(auraDeal(true), transform);
      // Either the value as shown, or reported as not read: never "Help Stage" as a stage or an owner.
      for (const [field, value, expected] of [
        ['stage', record.stage, 'Proposal'],
        ['closeDate', record.closeDate, '2026-12-31'],
        ['owner', record.owner, 'Alex Morgan'],
        ['amount', record.amount, 24500],
      ] as const) {
        if (value !== undefined) expect(value, field).toBe(expected);
        else expect(notRead.map((n) => n.field)).toContain(field);
      }
    });
  }

  for (const transform of ['stripped', 'renamed'] as const) {
    it(`reads a Lead's owner and email without the field buttons (${transform})`, () => {
      const result = readAs(auraLead, transform, URL_LEAD);
      if (result.kind !== 'contact') throw new Error('not a contact');
      expect(result.record.owner).toBe('Alex Morgan');
      expect(result.record.email).toBe('jordan.lee@contoso.example');
    });
  }
});
