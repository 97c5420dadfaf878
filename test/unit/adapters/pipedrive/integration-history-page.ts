/**
 * A hand-written Pipedrive person page of the newer detail view (crm-evidence-2.md: hashed classes,
 * the type in an icon's `aria-label`), whose History holds entries other tools file there:
 * integrations' messages and calls, Campaigns mail. Each entry: its type icon, a head line, a
 * date line with its owner, a body.
 */
export interface Entry {
  /** The type icon's name; undefined: no icon. */
  icon?: string;
  head: string;
  date: string;
  owner?: string;
  body?: string;
}

export function entry(e: Entry): string {
  const icon = e.icon === undefined ? '' : `<span class="cui5-icon" role="img" aria-label="${e.icon}"></span>`;
  const owner = e.owner === undefined ? '' : ` · <span>${e.owner}</span>`;
  const body = e.body === undefined ? '' : `<div class="HistoryEntry_text__w9Pz">${e.body}</div>`;
  return `<li class="HistoryEntry_entry__w9Pz"><div class="HistoryEntry_icon__w9Pz">${icon}</div>
 <div class="HistoryEntry_body__w9Pz"><div class="HistoryEntry_head__w9Pz">${e.head}</div>
 <div class="HistoryEntry_meta__w9Pz"><span>${e.date}</span>${owner}</div>${body}</div></li>`;
}

/** A done call logged by the rep, so the History holds an entry every reader knows. */
export const doneCall = `<li class="HistoryEntry_entry__w9Pz"><div class="HistoryEntry_icon__w9Pz"><span class="cui5-icon" role="img" aria-label="Call"></span></div>
 <div class="HistoryEntry_body__w9Pz"><div class="HistoryEntry_head__w9Pz"><button class="cui5-checkbox" role="checkbox" aria-checked="true"></button><a href="/activities/5120">Intro call</a></div>
 <div class="HistoryEntry_meta__w9Pz"><span>Nov 9 at 11:00 AM</span> · <span>Casey Nguyen</span></div></div></li>`;

export function personPage(entries: string[], history = 'History'): string {
  return `<div id="app"><main>
<div class="PersonDetail_view__q2">
 <header><div data-testid="header-title"><h1 class="cui5-editable-text">Tomás Herrera</h1></div></header>
 <aside class="PersonDetail_side__q2">
  <div class="FormField__formField--E60Qw"><div data-testid="field-name">Email</div><div data-testid="fields-list-row-field-components"><a href="mailto:tomas@herrera.es">tomas@herrera.es</a></div></div>
  <div class="FormField__formField--E60Qw"><div data-testid="field-name">Owner</div><div data-testid="fields-list-row-field-components">Casey Nguyen</div></div>
 </aside>
 <section class="Flow_history__q2"><h2>${history}</h2>
  <div><button data-testid="filter-button-all" aria-pressed="true">All</button></div>
  <ul class="Flow_list__q2">${entries.join('')}</ul>
 </section>
</div></main></div>`;
}

/** The page without class names, ids and test ids: what a redesign may leave (decisions.md: a second path). */
export const classless = (html: string) => html.replace(/\s(class|id|data-[\w-]+)="[^"]*"/g, '');
