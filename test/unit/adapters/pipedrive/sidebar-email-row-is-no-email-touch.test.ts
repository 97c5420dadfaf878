// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readWhole } from './read-written-page';

/**
 * From review pdgen (session 48). A hashed-class Polish person page (Pipedrive ships Polish; Touchline has no word table for it).
 * The sidebar's E-mail field shows the address with its kind, "Dom" (Polish for "Home"); no
 * data-test ids. For a page in a language it has no date words for, lib/locale/date-words
 * languagesFor tried every language, so "Dom" read as Sunday ("dom." = domingo/domenica), and
 * the field row was taken for a History entry (a generation whose class names are fully
 * obfuscated, styled-components style, so no `FlowItem` marker finds the entries): the reading gained an outbound email touch "E-mail"
 * on Sun 2026-11-15 that never happened (the address itself is reported as not read). Every Polish person
 * whose home address showed got a phantom last touch on the latest Sunday.
 * Expected: only the one call in History is an activity.
 */
const row = (label: string, value: string) =>
  `<div class="sc-gKPRtg eHkSdA"><span class="sc-iBYQkv bWkNqJ">${label}</span><div class="sc-ftTHYK kXqVbz">${value}</div><button type="button" class="cui5-button cui5-button--icon" aria-label="Edytuj"></button></div>`;

const page = `<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Ola Nowak - Osoby</title></head><body>
<div id="root"><main class="App_main__k2Lp0"><div class="PersonView_root__h2Jk4">
<header class="PersonHeader_root__a8Rt3"><h1 class="cui5-text">Ola Nowak</h1></header>
<aside class="PersonView_sidebar__h2Jk4"><section><button type="button" aria-expanded="true">Szczegóły</button>
${row('E-mail', '<div><a href="mailto:ola@nowak-dom.pl">ola@nowak-dom.pl</a> <span class="sc-pyfCe dQvnHx">Dom</span></div>')}
</section></aside>
<section class="sc-kDvujY hHgWkP"><h2>Historia</h2><ul class="sc-csKJxZ jMcPzq">
<li class="sc-jrcTuL fXbRmC"><span class="cui5-icon" aria-label="Call"></span><div><button type="button" role="checkbox" aria-checked="true" aria-label="Oznacz jako niewykonane"></button><a href="/activities/8801">Rozmowa o ofercie</a></div><div><span>2026-11-18 14:05</span> · <span>Piotr Zieliński</span></div></li>
</ul></section></div></main></div></body></html>`;

describe('Polish person page: E-mail field of kind "Dom"', () => {
  const reading = readWhole('/person/77', page);
  if (reading.status !== 'read' || reading.kind !== 'contact') throw new Error(JSON.stringify(reading));

  it('reads no touch from the sidebar field row', () => {
    expect(reading.activities.map((a) => a.title)).toEqual(['Rozmowa o ofercie']);
  });
});
