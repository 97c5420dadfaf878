// @vitest-environment happy-dom
/**
 * Review s47 (pddeal). A stage step's `title` is a tooltip, on Pipedrive the day count said in
 * words ("Seit 3 Tagen in dieser Phase"); crm-evidence-2.md puts the name in `aria-label` and the
 * days as a visible prefix ("3 T · Verhandlung"). Without `aria-label` (hashed build, or the cui5
 * button without its label) the name is the visible text; the tooltip was taken first, so the
 * deal's stage read "Seit 3 Tagen in dieser Phase", the pipeline's stages were three tooltips, and
 * the stage history gained a stage that does not exist. A tooltip names only a step that shows no
 * name, and never when it is a day count.
 */
import { describe, expect, it } from 'vitest';
import { readDeal } from './read-written-page';
import { change, dealPage } from './written-deal-page';

const step = (cls: string, name: string, days: number, current: boolean) =>
  `<button class="${cls}" aria-selected="${current}" title="Seit ${days} Tagen in dieser Phase">${current ? `<span>${days} T</span> · ` : ''}<span>${name}</span></button>`;

const page = (bar: string, fields: [string, string][] = []) =>
  dealPage({
    title: 'Rahmenvertrag Nordwind',
    headerValue: '22.500,00 €',
    owner: 'Lena Vogt',
    buttons: '<button>Gewonnen</button><button>Verloren</button>',
    bar,
    fields: [
      ['Besitzer', 'Lena Vogt'],
      ['Pipeline', 'Vertrieb DACH'],
      ['Erwartetes Abschlussdatum', '15.12.2026'],
      ...fields,
    ],
    persons: '<section><h3>Personen</h3><a href="/person/501">Jonas Keller</a></section>',
    feed: [change('Änderung', 'Phase: Angebot → Verhandlung', '17. November 2026 09:00')],
  });

const read = (body: string) => readDeal('/deal/77', body, { lang: 'de-DE', title: 'Rahmenvertrag Nordwind - Deals' });

describe.each([
  ['hashed classes', 'StageSelector_stage__h2Xq'],
  ['cui5 stage buttons without aria-label', 'cui5-stage-selector__stage'],
])('Pipedrive deal, stage bar with day-count tooltips (%s)', (_, cls) => {
  const { record } = read(
    page(step(cls, 'Qualifiziert', 12, false) + step(cls, 'Angebot', 9, false) + step(cls, 'Verhandlung', 3, true)),
  );

  it('names each step by its visible name, never by its tooltip', () => {
    expect(record.stages).toEqual(['Qualifiziert', 'Angebot', 'Verhandlung']);
  });
  it('reads the current stage as the step the deal is in', () => {
    expect(record.stage).toBe('Verhandlung');
  });
  it('puts no tooltip text into the stage history', () => {
    expect(record.stageHistory.map((e) => e.stage)).not.toContain('Seit 3 Tagen in dieser Phase');
  });
});

describe('Pipedrive deal, stage steps that show no name', () => {
  const daysOnly = (days: number, current: boolean, title: string) =>
    `<button class="StageSelector_stage__h2Xq" aria-selected="${current}" title="${title}"><span>${days} T</span></button>`;

  it('never names a step by a day-count tooltip: the Stage field names the stage', () => {
    const bar =
      daysOnly(12, false, 'Seit 12 Tagen in dieser Phase') + daysOnly(3, true, 'Seit 3 Tagen in dieser Phase');
    const { record } = read(page(bar, [['Phase', 'Verhandlung']]));
    expect(record.stages).toBeUndefined();
    expect(record.stage).toBe('Verhandlung');
  });

  it('names a step by a tooltip that is no day count', () => {
    const { record } = read(page(daysOnly(12, false, 'Angebot') + daysOnly(3, true, 'Verhandlung')));
    expect(record.stages).toEqual(['Angebot', 'Verhandlung']);
    expect(record.stage).toBe('Verhandlung');
  });
});
