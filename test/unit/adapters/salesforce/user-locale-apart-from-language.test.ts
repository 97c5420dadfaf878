// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inspectPage } from '../../../../scripts/inspect-page';

/**
 * Salesforce's language and locale are separate settings: a UK user keeps the language "English"
 * (`<html lang="en-US">`) with the locale English (United Kingdom), which prints dd/MM/yyyy, a
 * 24-hour clock and the day before the month ("16:45 | 18 Nov"); a German-language user may have
 * the locale English (United States): M/d/yyyy, "9:15 AM", "Nov 18". Early in a month no numeric
 * date has a day above 12; the page's other dates and clocks still tell the order.
 * (After the review in test/unit/zz-review-sflang, session 49.)
 */
const NOW = new Date('2026-11-20T15:00:00Z');
const DEAL_URL = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000DpQ9xAAF/view';

interface Deal {
  record: { closeDate?: string; stageHistory?: { stage: string; enteredAt: string }[] };
  notRead: { field: string; reason: string }[];
}

function read(html: string): Deal {
  const { exitCode, output } = inspectPage(html, DEAL_URL, NOW, 'UTC');
  if (exitCode !== 0) throw new Error(`exit ${exitCode}`);
  return output as unknown as Deal;
}

function page(lang: string, body: string): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><title>Fleet renewal | Opportunity | Salesforce</title></head><body>
<div class="windowViewMode-normal oneContent active lafPageHost">
<records-highlights2><h1><lightning-formatted-name slot="primaryField">Fleet renewal</lightning-formatted-name></h1></records-highlights2>
${body}
</div></body></html>`;
}

function field(label: string, value: string): string {
  return `<records-record-layout-item field-label="${label}"><span class="test-id__field-label">${label}</span><div class="slds-form-element__control"><span slot="outputField">${value}</span></div></records-record-layout-item>`;
}

const closeDate = (shown: string) =>
  field('Close Date', `<lightning-formatted-date-time>${shown}</lightning-formatted-date-time>`);

function timelineCall(when: string): string {
  return `<div class="skip-timeline-wrapper"><div class="past-activity-group"><h3><button aria-expanded="true">This Month</button></h3>
<ul><li class="runtime_sales_activitiesActivityTimelineFixedStencil row Task">
  <a class="subjectLink slds-truncate" title="Call" href="/lightning/r/Task/00T5g00000AAAA4EAN/view">Call</a>
  <div class="dueDate">${when}</div><div class="summary">You logged a call with Maria Jensen</div>
</li></ul></div></div>`;
}

function stageHistory(...rows: [stage: string, modified: string][]): string {
  const cells = rows.map(([stage, modified]) => `<tr><th>${stage}</th><td>£12,500.00</td><td>${modified}</td></tr>`);
  return `<lst-related-list-single-container><article class="slds-card">
<header><h2 class="slds-card__header-title"><span title="Stage History">Stage History</span> (${rows.length})</h2></header>
<table><thead><tr><th aria-label="Stage">Stage</th><th aria-label="Amount">Amount</th><th aria-label="Last Modified">Last Modified</th></tr></thead>
<tbody>${cells.join('')}</tbody></table></article></lst-related-list-single-container>`;
}

const ukStages = stageHistory(['Proposal/Price Quote', '10/11/2026, 14:15'], ['Qualification', '03/11/2026, 09:15']);

describe('a Salesforce page whose locale prints dates apart from its language', () => {
  beforeAll(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterAll(() => vi.useRealTimers());

  it('a UK-locale page in English reads the close date 05/12/2026 as 5 December when its timeline says "18 Nov"', () => {
    const deal = read(page('en-US', `${closeDate('05/12/2026')}${timelineCall('09:45 | 18 Nov')}`));
    expect(deal.record.closeDate).toBe('2026-12-05');
  });

  it('a UK-locale page in English reads its stage history by its 24-hour times: Proposal entered 10 November', () => {
    const deal = read(page('en-US', `${closeDate('05/12/2026')}${ukStages}`));
    expect(deal.record.closeDate).toBe('2026-12-05');
    expect(deal.record.stageHistory).toEqual([
      { stage: 'Qualification', enteredAt: '2026-11-03T09:15:00.000Z' },
      { stage: 'Proposal/Price Quote', enteredAt: '2026-11-10T14:15:00.000Z' },
    ]);
  });

  it('a US-locale page in German reads the close date 12/5/2026 as 5 December when its timeline says "Nov 18"', () => {
    const deal = read(page('de', `${closeDate('12/5/2026')}${timelineCall('9:15 AM | Nov 18')}`));
    expect(deal.record.closeDate).toBe('2026-12-05');
  });

  it('a German page showing only 12-hour times leaves 12/5/2026 unread rather than 12 May', () => {
    // "9:15 AM" says the locale is not German, but Australia, India and HubSpot's UK print it too.
    const deal = read(
      page('de', `${closeDate('12/5/2026')}${field('Erstellt von', 'Alex Morgan, 11/3/2026, 9:15 AM')}`),
    );
    expect(deal.record.closeDate).toBe('12/5/2026');
    expect(deal.notRead).toContainEqual({
      field: 'closeDate',
      reason: 'the close date "12/5/2026" reads either way round',
    });
  });

  it('an all-ambiguous en-US page with nothing else to go by keeps the language’s order (12 May)', () => {
    const deal = read(
      page('en-US', `${closeDate('05/12/2026')}${field('Created By', 'Alex Morgan, 11/3/2026, 9:15 AM')}`),
    );
    expect(deal.record.closeDate).toBe('2026-05-12');
  });
});
