import { describe, expect, it } from 'vitest';
import { dealPage, property, readDeal } from './deal-page';

/**
 * crm-pages.md: the older deal header holds the pipeline and stage as `#pipeline-select` and
 * `#stage-select`. When those are native `<select>` elements in a React app, the shown option is
 * the control's live selection (React sets `select.value`; the `selected` attribute is only the
 * initial default and is never written for a controlled select, nor when the user picks a stage).
 * A closed-won deal must be read as "Closed won", not as the first option of the list.
 */
const STAGES = ['Appointment scheduled', 'Qualified to buy', 'Contract sent', 'Closed won', 'Closed lost'];
const options = (names: string[]) => names.map((n) => `<option>${n}</option>`).join('');

const page = dealPage({
  sidebar: `<div data-selenium-test="deal-highlight-details">
<label>Pipeline</label><select id="pipeline-select">${options(['Sales Pipeline', 'Renewals'])}</select>
<label>Deal stage</label><select id="stage-select">${options(STAGES)}</select></div>
<div data-selenium-test="highlightedPropertySidebar">${property('Deal owner', 'Alex Morgan')}${property('Amount', '$12,000.00')}${property('Close date', '11/12/2026')}</div>`,
  items: [
    {
      header: 'Deal stage changed',
      date: 'Nov 12, 2026 at 10:00 AM',
      body: 'Alex Morgan moved the deal from Contract sent to Closed won (Renewals)',
    },
  ],
  right:
    '<div data-test-id="associated-objects-card-content-0-1"><h3>Contacts (1)</h3><a data-selenium-test="contact-chicklet-title-link" href="/contacts/2451908/record/0-1/941">Lena Vogt</a></div>',
});

/** What React does for `<select value="Closed won">`: sets the live value, no attribute. */
function selectAsReactDoes(doc: Document): void {
  const stage = doc.getElementById('stage-select') as HTMLSelectElement;
  const pipeline = doc.getElementById('pipeline-select') as HTMLSelectElement;
  stage.value = 'Closed won';
  pipeline.value = 'Renewals';
  // The page shows these choices (guard that the environment applied them).
  expect(stage.selectedOptions[0]?.textContent).toBe('Closed won');
  expect(pipeline.selectedOptions[0]?.textContent).toBe('Renewals');
}

describe('HubSpot deal whose stage and pipeline selects are set by the app, not by attributes', () => {
  it('reads the selected stage "Closed won" (a closed deal), not the first option', () => {
    const { record } = readDeal(page, selectAsReactDoes);
    expect(record.stage).toBe('Closed won');
    expect(record.closed).toBe('won');
  });

  it('reads the selected pipeline "Renewals", not the first option', () => {
    const { record } = readDeal(page, selectAsReactDoes);
    expect(record.pipeline).toBe('Renewals');
  });
});
