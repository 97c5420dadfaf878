/**
 * A small Pipedrive deal page written from crm-pages.md / crm-evidence-2.md, not from the project's
 * fixtures: header-title textarea, cui5 stage buttons (aria-selected, aria-label, "N d · " prefix),
 * field-name rows, a "Person" card (the contact person with their email) and a "Participants (2)"
 * list (names only), History entries typed by icon aria-label, a mail with From/To lines.
 */
export const DEAL_URL = 'https://acme.pipedrive.com/deal/3150';
const row = (l: string, v: string) =>
  `<div><span data-testid="field-name">${l}</span><div data-testid="fields-list-row-field-components">${v}</div></div>`;
export const li = (icon: string, head: string, meta: string, extra = '') =>
  `<div class="Item_i__Zz"><span class="cui5-icon" aria-label="${icon}" title="${icon}"></span><div><div>${head}</div><div>${meta}</div>${extra}</div></div>`;
export const box = (c: boolean) =>
  `<button type="button" role="checkbox" aria-checked="${c}" aria-label="${c ? 'Mark as not done' : 'Mark as done'}"></button>`;
const step = (n: string, cur: boolean, d?: number) =>
  `<button type="button" class="cui5-stage-selector__stage" aria-selected="${cur}" aria-label="${n}">${d ? `${d} d · ` : ''}${n}</button>`;

export function dealPage(history: string[], focus: string[] = []): string {
  return `<!-- saved from url=(0038)${DEAL_URL} -->
<!DOCTYPE html><html lang="en-US"><head><title>Cold chain pilot - Deals</title></head><body>
<div id="root"><main><div class="Deal_root__aa">
<header><div data-testid="header-title"><textarea class="cui5-editable-text__input">Cold chain pilot</textarea></div>
<div><span>$48,000</span></div><div><button>Won</button><button>Lost</button></div>
<div class="cui5-stage-selector">${step('Qualified', false, 12)}${step('Contact Made', false, 6)}${step('Demo Scheduled', true, 3)}${step('Proposal Made', false)}</div></header>
<div><aside>
<section><h3>Summary</h3>${row('Owner', 'Casey Nguyen')}${row('Pipeline', 'Sales')}${row('Expected close date', 'Dec 18, 2026')}${row('Deal created', 'Oct 30, 2026 11:00 AM')}</section>
<section><h3>Person</h3><div><a href="/person/2210">Maya Lindqvist</a><div>maya@nordhavn.example</div><div>+1 415 555 0142</div></div></section>
<section><h3>Participants (2)</h3><ul><li><a href="/person/2210">Maya Lindqvist</a></li><li><a href="/person/2231">Jonas Berg</a></li></ul></section>
<section><h3>Organization</h3><div><a href="/organization/480">Nordhavn Logistics</a></div></section>
</aside>
<div>
<section><h2>Focus</h2>${focus.join('\n')}</section>
<section><h2>History</h2>
${history.join('\n')}
</section></div></div></div></main></div></body></html>`;
}
