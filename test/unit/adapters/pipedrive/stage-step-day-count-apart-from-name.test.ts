// @vitest-environment happy-dom
/**
 * Review s45 (pdgen). crm-evidence-2.md (B): a stage step's visible text carries the days spent in
 * the stage as a localised prefix ("3 T · <stage>"), its name in `aria-label`. A generation without
 * the `aria-label` (stage-bar.ts falls back to the step's text) that draws the day count and the
 * name as two elements, with no separator, or keeps a hidden tooltip in the step, must still give
 * the stage's name. Read as "3 TAngebot" the stage is renamed every day ("4 TAngebot" tomorrow): a
 * stage change on every visit, days in stage reset, the panel shows a stage the CRM does not have.
 */
import { describe, expect, it } from 'vitest';
import { readDeal } from './read-written-page';

function dealPage(bar: string, price: string): string {
  return `<div id="root"><main class="App_main__k3"><div class="DealView_view__a1">
<div class="DealHeader_header__b2"><h1 class="DealHeader_title__c3">Nordhavn pilot</h1><span class="DealValue_value__d4">${price}</span></div>
${bar}
<aside class="Sidebar_sidebar__e5"><section><h3>Person</h3><a href="/person/2210">Maya Lindqvist</a></section></aside>
<section class="Flow_flow__i9"><h2>History</h2><div class="FlowItem_item__t7Kq2"><span aria-label="Call"></span><div><button type="button" role="checkbox" aria-checked="true"></button><a href="/activities/5">Call Maya</a></div><div><span class="FlowItem_date__t7Kq2">2026-11-18 15:10</span> · <span>Casey Nguyen</span></div></div></section>
</div></main></div>`;
}

const step = (selected: boolean, inner: string) =>
  `<button type="button" class="cui5-stage-selector__stage" aria-selected="${selected}">${inner}</button>`;

describe('Pipedrive: a stage step whose day count is an element of its own', () => {
  it('German "3 T" beside "Angebot": the stage is "Angebot", in it since 17 November', () => {
    const bar = `<div class="cui5-stage-selector">${step(false, '<span>12 T</span><span>Qualifiziert</span>')}${step(true, '<span>3 T</span><span>Angebot</span>')}${step(false, '<span>Verhandlung</span>')}</div>`;
    const { record } = readDeal('/deal/77', dealPage(bar, '12.500 €'), {
      lang: 'de-DE',
      title: 'Nordhavn pilot - Deals',
    });
    expect(record.stage).toBe('Angebot');
    expect(record.stages).toEqual(['Qualifiziert', 'Angebot', 'Verhandlung']);
    expect(record.stageHistory).toContainEqual({
      stage: 'Angebot',
      enteredAt: '2026-11-17T00:00:00.000Z',
      approximate: true,
    });
  });

  it('Portuguese "3 d" beside "Proposta": the stage is "Proposta"', () => {
    const bar = `<div class="cui5-stage-selector">${step(true, '<span class="cui5-stage-selector__days">3 d</span><span class="cui5-stage-selector__name">Proposta</span>')}${step(false, '<span class="cui5-stage-selector__name">Negociação</span>')}</div>`;
    const { record } = readDeal('/deal/77', dealPage(bar, 'R$ 12.500,00'), {
      lang: 'pt-BR',
      title: 'Nordhavn pilot - Negócios',
    });
    expect(record.stage).toBe('Proposta');
  });

  it('Spanish step with a hidden tooltip: the stage is "Propuesta", not the tooltip run into it', () => {
    const bar = `<div class="cui5-stage-selector">${step(false, '<span>Calificado</span>')}${step(true, '<span>Propuesta</span><span role="tooltip" hidden>3 días en esta etapa</span>')}</div>`;
    const { record } = readDeal('/deal/77', dealPage(bar, '12.500 €'), {
      lang: 'es-ES',
      title: 'Nordhavn pilot - Tratos',
    });
    expect(record.stage).toBe('Propuesta');
  });
});
