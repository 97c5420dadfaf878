// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readWhole } from './read-written-page';

/**
 * From review pdgen (session 48). Hashed-class deal pages (no data-test ids) in languages Pipedrive ships but Touchline has no
 * word table for. A History entry that links to its own activity (/activities/{id}), shows a type
 * icon named in the page's language and a date, but no done checkbox (a past activity drawn with
 * no toggle). README ("Supported CRMs and pages"): on a page in another language, "what only
 * wording tells (a call's direction, what a task was) is reported as not read rather than
 * guessed". Both entries became `note` with no notRead entry: a call and a meeting dropped
 * out of every touch count in silence. An entry linking to its activity is one.
 */
function dealPage(lang: string, suffix: string, call: string, meeting: string): string {
  const entry = (icon: string, id: number, subject: string, date: string) =>
    `<li class="FlowItem_item__q8Tz1"><span class="cui5-icon FlowItem_icon__q8Tz1" aria-label="${icon}" title="${icon}"></span><div class="FlowItem_card__q8Tz1"><a class="FlowItem_subject__q8Tz1" href="/activities/${id}">${subject}</a><div class="FlowItem_meta__q8Tz1"><span>${date}</span> · <span>Piotr Zieliński</span> · <a href="/person/77">Ola Nowak</a></div></div></li>`;
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Wdrożenie CRM - ${suffix}</title></head><body>
<div id="root" class="AppShell_root__p3Xw1"><main class="AppShell_main__p3Xw1"><div class="DealView_root__h2Jk4">
<header class="DealHeader_root__a8Rt3"><textarea class="cui5-editable-text__input" rows="1">Wdrożenie CRM</textarea>
<div class="cui5-stage-selector"><button type="button" class="cui5-stage-selector__stage" aria-label="Proposal" aria-selected="true">3d · Proposal</button></div></header>
<aside class="DealView_sidebar__h2Jk4"><div class="FieldRow_row__Xa91k"><span class="FieldRow_label__Xa91k">Owner</span><span class="FieldRow_value__Xa91k">Piotr Zieliński</span></div>
<section><h3>Persons</h3><a href="/person/77">Ola Nowak</a></section></aside>
<section class="Flow_root__t5Lm2"><h2 class="cui5-text">History</h2><ul class="Flow_list__t5Lm2">
${entry(call, 9101, 'Rozmowa z Olą', '2026-11-18 14:05')}
${entry(meeting, 9102, 'Prezentacja wdrożenia', '2026-11-16 10:00')}
</ul></section></div></main></div></body></html>`;
}

describe.each([
  ['pl', 'Deale', 'Połączenie', 'Spotkanie'],
  ['sv', 'Affärer', 'Samtal', 'Möte'],
])('a %s deal page: activities linked as /activities/{id} without a done checkbox', (lang, suffix, call, meeting) => {
  const reading = readWhole('/deal/31', dealPage(lang, suffix, call, meeting));
  if (reading.status !== 'read') throw new Error(JSON.stringify(reading));
  const typeReported = (title: string) =>
    reading.notRead.some((n) => n.field.startsWith('activities') && n.reason.includes(title));

  it('reads the call as a call, or reports that its type was not read', () => {
    const entry = reading.activities.find((a) => a.title === 'Rozmowa z Olą');
    expect(entry).toBeDefined();
    expect(entry?.type === 'call' || typeReported('Rozmowa z Olą')).toBe(true);
  });

  it('reads the meeting as a meeting, or reports that its type was not read', () => {
    const entry = reading.activities.find((a) => a.title === 'Prezentacja wdrożenia');
    expect(entry).toBeDefined();
    expect(entry?.type === 'meeting' || typeReported('Prezentacja wdrożenia')).toBe(true);
  });
});

/**
 * The same shape on pages Touchline has words for: a company's own activity type ("Site visit",
 * "Vor-Ort-Termin") on an entry linked as /activities/{id}, no checkbox. type-gap.ts reports a
 * custom type read as a task ("read as a task, no touch"); drawn without a checkbox the entry was
 * read as a `note` keyed "note:{id}" and nothing was reported.
 */
function tabledPage(lang: string, icon: string, subject: string): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>CRM rollout - Deals</title></head><body>
<div id="root"><main class="App_main__k2Lp0"><div class="DealView_root__h2Jk4">
<header class="DealHeader_root__a8Rt3"><textarea class="cui5-editable-text__input" rows="1">CRM rollout</textarea></header>
<aside><section><h3>Persons</h3><a href="/person/77">Ola Nowak</a></section></aside>
<section class="Flow_root__t5Lm2"><h2>History</h2><ul class="Flow_list__t5Lm2">
<li class="FlowItem_item__q8Tz1"><span class="cui5-icon" aria-label="${icon}" title="${icon}"></span><div><a href="/activities/9301">${subject}</a><div><span>2026-11-18 14:05</span> · <span>Piotr Zieliński</span> · <a href="/person/77">Ola Nowak</a></div></div></li>
<li class="FlowItem_item__q8Tz1"><span class="cui5-icon" aria-label="Call" title="Call"></span><div><a href="/activities/9302">Pricing</a><div><span>2026-11-17 14:05</span> · <span>Piotr Zieliński</span> · <a href="/person/77">Ola Nowak</a></div></div></li>
</ul></section></div></main></div></body></html>`;
}

describe.each([
  ['en', 'Site visit', 'Walkthrough at the plant'],
  ['de', 'Vor-Ort-Termin', 'Werksbesuch'],
])('a %s deal page: custom-type activity "%s" without a done checkbox', (lang, icon, subject) => {
  const reading = readWhole('/deal/32', tabledPage(lang, icon, subject));
  if (reading.status !== 'read') throw new Error(JSON.stringify(reading));

  it('is read as an activity (a task whose type is reported), never a silent note', () => {
    const entry = reading.activities.find((a) => a.title === subject);
    expect(entry).toBeDefined();
    const reported = reading.notRead.some((n) => n.field === 'activities.type' && n.reason.includes(subject));
    expect(entry?.type !== 'note' && (entry?.type !== 'task' || reported)).toBe(true);
  });
});

/**
 * Whether such an activity is done is shown by its toggle or by the section it stands in; on a
 * Polish page under "Historia" (a heading Touchline has no word for) neither says, so it is read as
 * done and that is reported, never left unsaid (a meeting still to come would count as held).
 */
describe('a pl deal page under "Historia": an activity without a done checkbox', () => {
  const html = dealPage('pl', 'Deale', 'Połączenie', 'Spotkanie').replace(
    '<h2 class="cui5-text">History</h2>',
    '<h2 class="cui5-text">Historia</h2>',
  );
  const reading = readWhole('/deal/31', html);
  if (reading.status !== 'read') throw new Error(JSON.stringify(reading));

  it('reports for each activity that whether it is done was not read', () => {
    const done = reading.notRead.filter((n) => n.field === 'activities.done').map((n) => n.reason);
    expect(reading.activities.map((a) => a.title)).toEqual(['Rozmowa z Olą', 'Prezentacja wdrożenia']);
    expect(done).toHaveLength(2);
    expect(done[0]).toContain('Rozmowa z Olą');
    expect(done[1]).toContain('Prezentacja wdrożenia');
  });

  it('(control) under "History" the section says it is done: nothing reported', () => {
    const shown = readWhole('/deal/31', dealPage('pl', 'Deale', 'Połączenie', 'Spotkanie'));
    expect(shown.status === 'read' && shown.notRead.some((n) => n.field === 'activities.done')).toBe(false);
  });
});
