/**
 * A HubSpot contact record as it renders once the test ids are gone (crm-evidence-2.md: "class
 * names and even test ids churn"): styled-components' hashed classes only ("sc-kAyceB hRzXhE"),
 * no `data-*` attribute, ARIA roles kept. Written by hand from crm-pages.md and crm-evidence-2.md
 * (three columns; the middle one holds the record's tabs, the filter bar with its search box, then
 * the timeline's groups: "Upcoming", then one per month, each item a collapsed preview with its
 * header, date line and body), not from test/fixtures.
 */

/** Wording of the page around the timeline, in its language. */
export interface RecordWording {
  lang: string;
  about: string;
  /** Sidebar property rows: label and value. */
  properties: [string, string][];
  tabs: string[];
  search: string;
  /** The filter bar's buttons ("Filter activity (1/1)", "All users", "Collapse all"). */
  filters: string[];
  /** The right sidebar's deal card: heading, deal name, and its rows (one of them a date). */
  dealCard: { heading: string; name: string; rows: [string, string][] };
}

export const EN: RecordWording = {
  lang: 'en-US',
  about: 'About this contact',
  properties: [
    ['Email', 'mara.quist@northwind.example'],
    ['Contact owner', 'Alex Morgan'],
    ['Create date', 'Nov 16, 2026 8:12 AM'],
  ],
  tabs: ['Activity', 'Notes', 'Emails', 'Calls', 'Tasks', 'Meetings'],
  search: 'Search activities',
  filters: ['Filter activity (1/1)', 'All users', 'All teams', 'Collapse all'],
  dealCard: {
    heading: 'Deals (1)',
    name: 'Northwind fleet telematics',
    rows: [
      ['Amount:', '$12,000.00'],
      ['Close date:', 'Dec 15, 2026'],
      ['Stage:', 'Presentation scheduled'],
    ],
  },
};

export const DE: RecordWording = {
  lang: 'de-DE',
  about: 'Über diesen Kontakt',
  properties: [
    ['E-Mail', 'mara.quist@northwind.example'],
    ['Kontaktinhaber', 'Alex Morgan'],
    ['Erstellungsdatum', '16.11.2026 08:12'],
  ],
  tabs: ['Aktivität', 'Notizen', 'E-Mails', 'Anrufe', 'Aufgaben', 'Meetings'],
  search: 'Aktivitäten durchsuchen',
  filters: ['Aktivität filtern (1/1)', 'Alle Benutzer', 'Alle Teams', 'Alle einklappen'],
  dealCard: {
    heading: 'Deals (1)',
    name: 'Northwind Flottentelematik',
    rows: [
      ['Betrag:', '12.000,00 €'],
      ['Abschlussdatum:', '15.12.2026'],
      ['Phase:', 'Präsentation geplant'],
    ],
  },
};

/**
 * One collapsed preview: a decorative icon (no label: the type is in the wording only), the header,
 * the date line, and the body when there is one (a call logged without notes has none). `timeBelow`:
 * the date line on its own under the header, beside the body, as crm-evidence-2.md leaves open.
 * `actions`: buttons beside the preview (an email's "Reply", "Forward"), which a call has none of.
 * `badge`: a status shown just before the date line (a task's "Overdue").
 */
export function preview(
  header: string,
  when: string,
  body?: string,
  { timeBelow = false, actions = [] as readonly string[], badge = '' } = {},
): string {
  const shownBadge = badge ? `<span class="sc-jRQBWg kPrJxW">${badge}</span>` : '';
  const time = `${shownBadge}<span class="sc-fhzFiK gRdTcc">${when}</span>`;
  const headerLine = `<div class="sc-eDPEul fTaVnC"><svg aria-hidden="true" class="sc-eBMEME hWkQzb" viewBox="0 0 16 16"></svg><span class="sc-dCFHLb dXbrdm">${header}</span>${timeBelow ? '' : time}</div>`;
  const bar = actions.map((label) => `<button type="button" class="sc-bpUBKd iHwQxC">${label}</button>`).join('');
  return [
    '<div class="sc-dhKdcB iZmLpT"><div role="button" aria-expanded="false" tabindex="0" class="sc-kpDqfm bBqzLo">',
    '<div class="sc-dLMFU cWcHyv">',
    headerLine,
    timeBelow ? `<div class="sc-hmdomO ePqWvb">${time}</div>` : '',
    body === undefined ? '' : `<div class="sc-jnOGJG kxVLcb">${body}</div>`,
    '</div></div>',
    bar ? `<div class="sc-eZkCL fXqHsN">${bar}</div>` : '',
    '</div>',
  ].join('');
}

/** A group of the timeline: its heading ("Upcoming", "November 2026") and its entries; `after`: what follows them in the group. */
export function group(heading: string, entries: string[], after = ''): string {
  return `<div class="sc-gsFSXq bVqLzT"><h3 class="sc-imWYAI kHsBtQ">${heading}</h3><div class="sc-jXbUNg eXwPpc">${entries.join('')}${after}</div></div>`;
}

/**
 * The record around `groups`. `tabs`, `search`: whether the middle column shows the record's tabs
 * and the filter bar's search box above the timeline; `cardToggle`: the deal card headed by its
 * collapse toggle (a button) rather than a heading; `cardRegion`: the deal card drawn as a region
 * labelled by its heading's words, no heading shown; `middle`: the middle column's whole content,
 * for layouts other than tabs, filter bar and groups (the record's Overview and Activities tabs).
 */
export function hashedRecord(
  wording: RecordWording,
  groups: string[],
  {
    name = 'Mara Quist',
    tabs = true,
    search = true,
    cardToggle = false,
    cardRegion = false,
    middle = undefined as string | undefined,
  } = {},
): string {
  const row = ([label, value]: [string, string]) =>
    `<div class="sc-dAlyuH eJeqWx"><span class="sc-jxOSlx cTgLrU">${label}</span><div class="sc-lcIPJg bPZvmb">${value}</div></div>`;
  const tab = (label: string, i: number) =>
    `<button role="tab" aria-selected="${i === 0}" class="sc-cfxfcM jQmWfE">${label}</button>`;
  const { dealCard } = wording;
  const cardHeading = cardRegion
    ? ''
    : cardToggle
      ? `<button type="button" aria-expanded="true" class="sc-iGgWBj cXpRtN">${dealCard.heading}</button>`
      : `<h3 class="sc-iGgWBj cXpRtN">${dealCard.heading}</h3>`;
  const cardLabel = cardRegion ? ` role="region" aria-label="${dealCard.heading.replace(/\s*\(\d+\)$/, '')}"` : '';
  const timelineColumn = [
    tabs ? `<div role="tablist" class="sc-hknOHE bYdWgq">${wording.tabs.map(tab).join('')}</div>` : '',
    `<div class="sc-tagGq fvyMre">${search ? `<input type="search" placeholder="${wording.search}" class="sc-uVWWZ kLxXbn">` : ''}${wording.filters.map((f) => `<button type="button" class="sc-bpUBKd gHnNqa">${f}</button>`).join('')}</div>`,
    `<div class="sc-esYiGF kDmGvB">${groups.join('')}</div>`,
  ].join('\n');
  return `<!DOCTYPE html><html lang="${wording.lang}"><head><meta charset="utf-8"><title>${name} | HubSpot</title></head><body>
<div class="sc-kAyceB hRzXhE">
<div class="sc-eldPxv jbXQmR">
<div class="sc-fPXMVe kPqcSj"><h1 class="sc-gFqAkR fBxEPx">${name}</h1><div class="sc-ikkxIA cvYxaB">Fleet manager at Northwind</div></div>
<div class="sc-cwHptR gPuTgX"><h2 class="sc-jlZhew dNbQwI">${wording.about}</h2>${wording.properties.map(row).join('')}</div>
</div>
<div class="sc-kdBSHD iLvKuP">
${middle ?? timelineColumn}
</div>
<div class="sc-fqkvVR bHtCxq"><div class="sc-dcJsrY jUbBnH"${cardLabel}>${cardHeading}<div class="sc-gsFSXq fPeKmU"><a href="/contacts/7730215/record/0-3/88123" class="sc-dAbbOL eHvDpQ">${dealCard.name}</a>${dealCard.rows.map(row).join('')}</div></div></div>
</div></body></html>`;
}
