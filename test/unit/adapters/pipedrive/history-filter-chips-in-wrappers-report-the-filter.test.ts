/**
 * Review pd50. The History's filter chips (crm-evidence-2.md, B: `[data-testid="filter-button-all"]`,
 * `[data-testid="filter-button-files"]`, buttons with `aria-pressed`), each chip drawn inside a
 * wrapper of its own (a tooltip or pill wrapper `<span>`/`<div>`, as component libraries draw
 * buttons with hints), the "Emails" chip chosen.
 *
 * Seen: with the chips side by side the reading says `the history is filtered to "Emails"`; with
 * each chip in a wrapper it says nothing, and the reading claims the whole feed: the person's
 * calls, meetings and notes, hidden by the filter, are simply absent (no notRead). The panel then
 * shows "no calls" and a low touch count as fact (decisions.md: "`unknown` with a `notRead` entry
 * does not [count against]"; a silent gap does).
 * Expected: a notRead entry for `activities` naming the chosen filter, as without wrappers.
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

let id = 5600;
const mail = (subject: string, date: string) =>
  `<div class="FlowItem_item__t7Kq2"><span class="cui5-icon" aria-label="Email"></span><a href="/mail/thread/${id++}">${subject}</a><div>From: Priya Raman</div><div>To: Jonas Keller &lt;jonas.keller@helvetia.example&gt;</div><div><span class="FlowItem_date__t7Kq2">${date}</span></div></div>`;

const CHIPS: [string, string][] = [
  ['all', 'All'],
  ['notes', 'Notes'],
  ['activities', 'Activities'],
  ['emails', 'Emails'],
  ['files', 'Files'],
  ['changelog', 'Changelog'],
];
const chips = (wrapper: string) =>
  CHIPS.map(([key, label]) => {
    const button = `<button type="button" class="cui5-pill" data-testid="filter-button-${key}" aria-pressed="${key === 'emails'}">${label}</button>`;
    return wrapper ? `<${wrapper} class="Tooltip_trigger__w2Ks1">${button}</${wrapper}>` : button;
  }).join('');

const page = (wrapper: string) => `<div id="root"><main><div class="PersonPage_root__k9">
<header><div data-testid="header-title"><h1>Jonas Keller</h1></div></header>
<aside><div><span data-testid="field-name">Owner</span><div data-testid="fields-list-row-field-components">Priya Raman</div></div></aside>
<section class="Timeline_root__t2"><h2>History</h2>
<div class="FilterBar_root__f1" role="group" aria-label="Filter history">${chips(wrapper)}</div>
${mail('Proposal for 2027', 'Nov 17, 2026 9:02 AM')}
${mail('Following up', 'Nov 19, 2026 8:40 AM')}
</section></div></main></div>`;

describe('Pipedrive: History filtered to "Emails", each chip in a wrapper of its own', () => {
  it.each([
    ['no wrapper (control)', ''],
    ['a span per chip', 'span'],
    ['a div per chip', 'div'],
  ])('%s: the chosen filter is reported', (_name, wrapper) => {
    const result = readOk('/person/812', page(wrapper));
    expect(result.activities).toHaveLength(2);
    const filtered = result.notRead.filter((n) => n.field === 'activities' && /filter/i.test(n.reason));
    expect(filtered.map((n) => n.reason)).toEqual(['the history is filtered to "Emails"']);
  });
});
