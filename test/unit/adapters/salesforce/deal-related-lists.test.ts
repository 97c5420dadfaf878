import { describe, expect, it } from 'vitest';
import { dealPage, field, HISTORY_COLUMNS, historyRow, path, readDeal, relatedCard, step } from './opportunity-page';

/**
 * Opportunity related lists as Lightning's single related list card shows them: the newest rows
 * first, the title with a count that says "(3+)" when the card shows only its first rows (the
 * shape related-list.ts itself names), and a "View All" link. OpportunityHistory ("Stage History")
 * gets a row for every change of Stage, Amount, Probability or Close Date, with the date of the
 * change under "Last Modified" (Salesforce API docs; simplysfdc).
 */
const proposalPath = path(
  step('Discovery', 'slds-is-complete', 'Stage Complete') +
    step('Demo', 'slds-is-complete', 'Stage Complete') +
    step('Proposal', 'slds-is-current slds-is-active', 'Current Stage:') +
    step('Negotiation', 'slds-is-incomplete') +
    step('Closed', 'slds-is-incomplete'),
);
const fields =
  field('Stage', 'Proposal') +
  field('Amount', '$24,500.00') +
  field('Close Date', '12/31/2026') +
  field('Opportunity Owner', 'Alex Morgan');

describe('a Stage History card that shows only its newest rows, "(3+)"', () => {
  it('does not give the oldest stage shown an exact entry: the deal may have been in it before the rows shown', () => {
    // Three amount and close date changes in Proposal, the stage moves before them cut off.
    const html = dealPage({
      path: proposalPath,
      fields,
      related: relatedCard(
        'Stage History',
        '(3+)',
        HISTORY_COLUMNS,
        [
          historyRow('Proposal', '$24,500.00', '11/16/2026, 9:30 AM'),
          historyRow('Proposal', '$22,000.00', '11/12/2026, 9:30 AM'),
          historyRow('Proposal', '$22,000.00', '11/10/2026, 9:30 AM'),
        ],
        'OpportunityHistories',
      ),
    });
    const { record, notRead } = readDeal(html);
    // metrics.md: an entry the page does not show exactly is a lower bound ("≥ 10 days"), never an exact 10 days.
    const exact = record.stageHistory.filter((e) => e.stage === 'Proposal' && !e.firstSeen && !e.after);
    expect(exact).toEqual([]);
    // The panel can tell the rep why: the card shows its newest rows, not "no stage history"; the date as printed.
    expect(notRead.find((n) => n.field === 'stageHistory')?.reason).toContain(
      'Proposal may have been entered before 11/10/2026, 9:30 AM',
    );
  });

  it('keeps the later stage’s entry exact but not the earliest shown one’s', () => {
    const html = dealPage({
      path: proposalPath,
      fields,
      related: relatedCard(
        'Stage History',
        '(3+)',
        HISTORY_COLUMNS,
        [
          historyRow('Proposal', '$24,500.00', '11/16/2026, 9:30 AM'),
          historyRow('Proposal', '$22,000.00', '11/12/2026, 9:30 AM'),
          historyRow('Demo', '$22,000.00', '11/4/2026, 4:00 PM'),
        ],
        'OpportunityHistories',
      ),
    });
    const { record } = readDeal(html);
    expect(record.stageHistory.find((e) => e.stage === 'Proposal')).toEqual({
      stage: 'Proposal',
      enteredAt: '2026-11-12T09:30:00.000Z',
    });
    const demo = record.stageHistory.find((e) => e.stage === 'Demo');
    // Demo's rows before 4 Nov are cut off: its entry is not known to be 4 Nov.
    expect(demo === undefined || demo.firstSeen === true).toBe(true);
  });
});

describe('Stage History with two moves in the same minute', () => {
  it('keeps the page’s newest-first order for equal times: the deal entered the upper row’s stage last', () => {
    // Created in Prospecting and moved on to Qualification within the minute; newest first.
    const html = dealPage({
      path: path(
        step('Prospecting', 'slds-is-complete', 'Stage Complete') +
          step('Qualification', 'slds-is-current slds-is-active', 'Current Stage:') +
          step('Proposal', 'slds-is-incomplete'),
      ),
      fields: field('Stage', 'Qualification') + field('Amount', '$24,500.00') + field('Close Date', '12/31/2026'),
      related: relatedCard(
        'Stage History',
        '(2)',
        HISTORY_COLUMNS,
        [
          historyRow('Qualification', '$24,500.00', '11/10/2026, 9:30 AM'),
          historyRow('Prospecting', '$24,500.00', '11/10/2026, 9:30 AM'),
        ],
        'OpportunityHistories',
      ),
    });
    const { record, activities } = readDeal(html);
    // Qualification since 10 Nov 09:30: 10 days in stage on 20 Nov, the history's latest entry.
    expect(record.stageHistory).toEqual([
      { stage: 'Prospecting', enteredAt: '2026-11-10T09:30:00.000Z' },
      { stage: 'Qualification', enteredAt: '2026-11-10T09:30:00.000Z' },
    ]);
    expect(activities.filter((a) => a.type === 'system').map((a) => a.title)).toEqual([
      'Stage changed to Qualification',
    ]);
  });
});

describe('Stage History moves in one minute whose order the page does not settle', () => {
  const qualificationPath = path(
    step('Prospecting', 'slds-is-complete', 'Stage Complete') +
      step('Qualification', 'slds-is-current slds-is-active', 'Current Stage:') +
      step('Proposal', 'slds-is-incomplete'),
  );
  const tie = [
    historyRow('Prospecting', '$24,500.00', '11/10/2026, 9:30 AM'),
    historyRow('Qualification', '$24,500.00', '11/10/2026, 9:30 AM'),
  ];

  it('orders the latest tie by the current stage whichever way the rows are listed', () => {
    const html = dealPage({
      path: qualificationPath,
      related: relatedCard('Stage History', '(2)', HISTORY_COLUMNS, tie, 'OpportunityHistories'),
    });
    expect(readDeal(html).record.stageHistory.map((e) => e.stage)).toEqual(['Prospecting', 'Qualification']);
  });

  it('reports a latest tie when no path or Stage field names the current stage, and gives no entry from it', () => {
    const html = dealPage({
      related: relatedCard('Stage History', '(2)', HISTORY_COLUMNS, tie, 'OpportunityHistories'),
    });
    const { record, notRead } = readDeal(html);
    expect(record.stageHistory).toEqual([]);
    expect(notRead.filter((n) => n.field === 'stageHistory').length).toBeGreaterThan(0);
  });

  it('leaves out an earlier tie and what precedes it, and bounds the next stay from below', () => {
    const html = dealPage({
      path: proposalPath,
      fields,
      related: relatedCard(
        'Stage History',
        '(3)',
        HISTORY_COLUMNS,
        [historyRow('Proposal', '$24,500.00', '11/16/2026, 9:30 AM'), ...tie],
        'OpportunityHistories',
      ),
    });
    const { record, notRead } = readDeal(html);
    expect(record.stageHistory).toEqual([
      { stage: 'Proposal', enteredAt: '2026-11-16T09:30:00.000Z', firstSeen: true },
    ]);
    expect(notRead.map((n) => n.field)).toContain('stageHistory');
    // A rep reads the time as the page printed it, not as an ISO timestamp.
    expect(notRead.find((n) => n.field === 'stageHistory')?.reason).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });
});

describe('a "(3+)" Stage History beside a "Last Stage Change Date" field', () => {
  it('takes the field’s exact entry for the current stage over the lower bound', () => {
    const html = dealPage({
      path: proposalPath,
      fields: fields + field('Last Stage Change Date', '11/2/2026, 8:00 AM'),
      related: relatedCard(
        'Stage History',
        '(3+)',
        HISTORY_COLUMNS,
        [
          historyRow('Proposal', '$24,500.00', '11/16/2026, 9:30 AM'),
          historyRow('Proposal', '$22,000.00', '11/12/2026, 9:30 AM'),
        ],
        'OpportunityHistories',
      ),
    });
    const { record, notRead } = readDeal(html);
    expect(record.stageHistory).toEqual([{ stage: 'Proposal', enteredAt: '2026-11-02T08:00:00.000Z' }]);
    expect(notRead.map((n) => n.field)).not.toContain('stageHistory');
  });
});

describe('a Contact Roles card that shows only its first rows, "(3+)"', () => {
  it('says the deal’s contacts were not all read', () => {
    const link = (id: string, name: string) => `<a href="/lightning/r/Contact/${id}/view">${name}</a>`;
    const html = dealPage({
      path: proposalPath,
      fields,
      related: relatedCard(
        'Contact Roles',
        '(3+)',
        ['Contact Name', 'Role', 'Primary'],
        [
          [link('0035g00000000EXAAY', 'Jordan Lee'), 'Decision Maker', 'True'],
          [link('0035g00000000EYAAY', 'Rita Okoye'), 'Influencer', ''],
          [link('0035g00000000EZAAY', 'Rita Brandt'), 'Evaluator', ''],
        ],
        'OpportunityContactRoles',
      ),
    });
    const { record, notRead } = readDeal(html);
    expect(record.contacts).toHaveLength(3);
    // "contacts-touched … of 3" would understate a deal with more contacts: the card says there are more.
    expect(notRead.map((n) => n.field)).toContain('contacts');
  });
});

describe('a deal page whose Stage and Close Date fields are not rendered, beside a Stage History table', () => {
  // No Path component (it is optional), Stage and Close Date not in the compact layout and the Details tab not
  // rendered: only the Stage History table names those labels, as its column headings.
  const html = (lang: string, fieldsHtml: string, title: string, headings: string[], rows: string[][]) =>
    dealPage({ lang, fields: fieldsHtml, related: relatedCard(title, '(2)', headings, rows, 'OpportunityHistories') });
  const english = html(
    'en-US',
    field('Amount', '$24,500.00') + field('Opportunity Owner', 'Alex Morgan'),
    'Stage History',
    HISTORY_COLUMNS,
    [
      historyRow('Proposal', '$24,500.00', '11/16/2026, 9:30 AM'),
      historyRow('Demo', '$22,000.00', '11/10/2026, 9:30 AM'),
    ],
  );
  const german = html(
    'de-DE',
    field('Betrag', '24.500,00 €'),
    'Phasenverlauf',
    [
      'Phase',
      'Betrag',
      'Wahrscheinlichkeit (%)',
      'Erwarteter Umsatz',
      'Schlusstermin',
      'Zuletzt geändert von',
      'Zuletzt geändert',
    ],
    [
      ['Angebot', '24.500,00 €', '50%', '12.250,00 €', '31.12.2026', 'Alex Morgan', '16.11.2026, 09:30'],
      ['Qualifizierung', '22.000,00 €', '20%', '4.400,00 €', '31.12.2026', 'Alex Morgan', '10.11.2026, 09:30'],
    ],
  );

  it('does not take the next column heading as the stage ("Amount")', () => {
    const { record } = readDeal(english);
    // The history's newest row says Proposal; a heading is never a stage.
    expect([undefined, 'Proposal']).toContain(record.stage);
  });

  it('does not take the next column heading as the stage in German ("Betrag")', () => {
    const { record } = readDeal(german);
    expect([undefined, 'Angebot']).toContain(record.stage);
  });

  it('does not take a column heading as the close date ("Last Modified By")', () => {
    const { record } = readDeal(english);
    expect(record.closeDate === undefined || /^\d{4}-\d{2}-\d{2}$/.test(record.closeDate)).toBe(true);
  });

  it('does not take a column heading as the close date in German ("Zuletzt geändert von")', () => {
    const { record } = readDeal(german);
    expect(record.closeDate === undefined || /^\d{4}-\d{2}-\d{2}$/.test(record.closeDate)).toBe(true);
  });
});

describe('amounts as Lightning prints them in other locales', () => {
  it('reads the currency of a Japanese amount, "￥1,234,568" (Intl ja-JP, fullwidth yen)', () => {
    const { record } = readDeal(dealPage({ lang: 'ja', fields: field('Amount', '￥1,234,568') }));
    expect(record.amount).toBe(1234568);
    expect(record.currency).toBe('JPY');
  });

  it.each([
    ['de-DE', 'Betrag', '1.234,56 €', 1234.56, 'EUR'],
    ['fr-FR', 'Montant', '1\u202f234,56\u00a0€', 1234.56, 'EUR'],
    ['de-CH', 'Betrag', "CHF 1'234.50", 1234.5, 'CHF'],
    ['de-CH', 'Betrag', 'CHF 1’234.50', 1234.5, 'CHF'],
  ])('reads %s "%s" %s (guard)', (lang, label, text, amount, currency) => {
    const { record } = readDeal(dealPage({ lang, fields: field(label, text) }));
    expect([record.amount, record.currency]).toEqual([amount, currency]);
  });
});
