// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inspectPage } from '../../../../scripts/inspect-page';

/**
 * A US user (Salesforce language English, locale English (United States): M/d/yyyy, "Nov 18",
 * "4:10 PM") opens an opportunity whose close date, 3/4/2026, is 4 March. The timeline holds an
 * email from a UK customer, expanded, whose body quotes an earlier message the way Outlook does:
 * "Sent: Wednesday, 18 November 2026 14:05". That line is the customer's mail client's habit,
 * not how the page prints its own dates (shown-date-order.ts says as much of "23/11/2026").
 */
const NOW = new Date('2026-11-20T15:00:00Z');
const DEAL_URL = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000DpQ9xAAF/view';

interface Deal {
  record: { closeDate?: string };
  notRead: { field: string; reason: string }[];
}

function read(html: string): Deal {
  const { exitCode, output } = inspectPage(html, DEAL_URL, NOW, 'UTC');
  if (exitCode !== 0) throw new Error(`exit ${exitCode}: ${JSON.stringify(output)}`);
  return output as unknown as Deal;
}

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en-US"><head><title>Fleet renewal | Opportunity | Salesforce</title></head><body>
<div class="windowViewMode-normal oneContent active lafPageHost">
<records-highlights2><h1><lightning-formatted-name slot="primaryField">Fleet renewal</lightning-formatted-name></h1></records-highlights2>
<records-record-layout-item field-label="Close Date"><span class="test-id__field-label">Close Date</span><div class="slds-form-element__control"><span slot="outputField"><lightning-formatted-date-time>3/4/2026</lightning-formatted-date-time></span></div></records-record-layout-item>
${body}
</div></body></html>`;
}

function email(quoted: string, due = 'Yesterday'): string {
  return `<div class="skip-timeline-wrapper"><div class="past-activity-group"><h3><button aria-expanded="true">This Month</button></h3>
<ul><li class="runtime_sales_activitiesActivityTimelineFixedStencil row Task">
  <a class="subjectLink slds-truncate" title="RE: Fleet renewal" href="/lightning/r/Task/00T5g00000AAAA4EAN/view">RE: Fleet renewal</a>
  <div class="dueDate">${due}</div><div class="summary">You sent an email to Maria Jensen</div>
  <div class="timelineItem"><dl>
    <dt class="slds-item_label">From Address</dt><dd class="slds-item--detail">sam.lee@acme.example</dd>
    <dt class="slds-item_label">To Address</dt><dd class="slds-item--detail">maria.jensen@fleetco.example</dd>
    <dt class="slds-item_label">Body</dt><dd class="slds-item--detail">Thanks Maria, will do.<br><br>From: Maria Jensen<br>${quoted}<br>To: Sam Lee<br>Subject: Fleet renewal<br>Can you send the revised quote?</dd>
  </dl></div>
</li></ul></div></div>`;
}

describe('a date quoted in an email body does not settle the page order', () => {
  beforeAll(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterAll(() => vi.useRealTimers());

  it('control: without the quoted header, 3/4/2026 on an en-US page is 4 March', () => {
    expect(read(page(email('Sent: Wednesday 18th')))).toMatchObject({ record: { closeDate: '2026-03-04' } });
  });

  it('an Outlook-style "Sent: Wednesday, 18 November 2026 14:05" in an email body leaves 3/4/2026 as 4 March', () => {
    const deal = read(page(email('Sent: Wednesday, 18 November 2026 14:05')));
    expect(deal.record.closeDate).toBe('2026-03-04');
  });

  it('an Outlook meeting invite "When: Wednesday, 18 November 2026 14:00-15:00" in a body leaves 3/4/2026 as 4 March', () => {
    const deal = read(
      page(email('When: Wednesday, 18 November 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London')),
    );
    expect(deal.record.closeDate).toBe('2026-03-04');
  });

  it('with the email dated "Nov 12" (month first, as Salesforce prints it) the Outlook header still leaves 3/4/2026 as 4 March', () => {
    const deal = read(page(email('Sent: Wednesday, 18 November 2026 14:05', 'Nov 12')));
    expect(deal.record.closeDate).toBe('2026-03-04');
  });

  it('a quoted "Date: 18 November 2026 at 14:05:12 GMT" (Apple Mail) leaves 3/4/2026 as 4 March', () => {
    const deal = read(page(email('Date: 18 November 2026 at 14:05:12 GMT')));
    expect(deal.record.closeDate).toBe('2026-03-04');
  });
});
