/**
 * A Pipedrive changelog entry may head a stage change with its own line and show the move below it
 * (test/unit/adapters/pipedrive/stage-changed-heading.test.ts: "Stage changed" over "A → B"). The
 * reader takes "Stage changed", "Deal stage changed", "Phase geändert", "Deal-Phase geändert",
 * "Étape de la transaction modifiée"; in Spanish, Portuguese and Dutch the deal-stage form of the same
 * heading ("Etapa del trato cambiada", "Etapa do negócio alterada", "Dealfase gewijzigd", named like the
 * languages' own "Estado del trato", "Valor do negócio", "Dealwaarde" labels) is not a stage change:
 * nor is French "Étape de l’affaire modifiée" (French Pipedrive's deal is an "affaire"):
 * the deal's history loses the moves, and time in stage is not known (metrics.md: entered from the move).
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const deal = fixturePage('pipedrive', 'deal-hashed-fr');
const LANG: Record<string, { icon: string; d1: string; d0: string }> = {
  'fr-FR': { icon: 'Journal des modifications', d1: '17 novembre 2026 à 09:30', d0: '11 novembre 2026 à 10:00' },
  'es-ES': { icon: 'Registro de cambios', d1: '17 de noviembre de 2026 09:30', d0: '11 de noviembre de 2026 10:00' },
  'pt-BR': { icon: 'Registro de alterações', d1: '17 de novembro de 2026 09:30', d0: '11 de novembro de 2026 10:00' },
  'nl-NL': { icon: 'Wijzigingslogboek', d1: '17 november 2026 09:30', d0: '11 november 2026 10:00' },
};

/** The French page in `lang`, its two changelog moves headed `title` over "A → B", the bar without day counts. */
function page(lang: string, title: string): string {
  const l = LANG[lang] as { icon: string; d1: string; d0: string };
  const headed = (from: string, to: string) =>
    `<div class="FlowItem_title__t7Kq2">${title}</div><div class="FlowItem_text__t7Kq2">${from} → ${to}</div>`;
  return edited(
    deal.html,
    ...((lang === 'fr-FR'
      ? []
      : [
          ['lang="fr-FR"', `lang="${lang}"`],
          [
            /aria-label="Journal des modifications" title="Journal des modifications"/g,
            `aria-label="${l.icon}" title="${l.icon}"`,
          ],
          ['17 novembre 2026 à 09:30', l.d1],
          ['11 novembre 2026 à 10:00', l.d0],
        ]) as [string | RegExp, string][]),
    [
      '<div class="FlowItem_text__t7Kq2">Étape : Contact établi → Démo planifiée</div>',
      headed('Contact établi', 'Démo planifiée'),
    ],
    ['<div class="FlowItem_text__t7Kq2">Étape : Qualifié → Contact établi</div>', headed('Qualifié', 'Contact établi')],
    ['>12 j · Qualifié<', '>Qualifié<'],
    ['>6 j · Contact établi<', '>Contact établi<'],
    ['>3 j · Démo planifiée<', '>Démo planifiée<'],
  );
}

// The two moves as the changelog dates them (the fixtures' zone is UTC).
const MOVES = [
  { stage: 'Contact établi', enteredAt: '2026-11-11T10:00:00.000Z' },
  { stage: 'Démo planifiée', enteredAt: '2026-11-17T09:30:00.000Z' },
];
const history = (html: string) => (readPage(html, deal.url).record as { stageHistory: unknown[] }).stageHistory;

describe('Pipedrive stage changes headed "deal stage changed" in Spanish, Portuguese and Dutch', () => {
  it('control: the short heading "Etapa cambiada" dates both moves', () => {
    expect(history(page('es-ES', 'Etapa cambiada'))).toEqual(expect.arrayContaining(MOVES));
  });

  it('control: "Étape de la transaction modifiée" dates both moves', () => {
    expect(history(page('fr-FR', 'Étape de la transaction modifiée'))).toEqual(expect.arrayContaining(MOVES));
  });

  for (const [lang, title] of [
    ['es-ES', 'Etapa del trato cambiada'],
    ['es-ES', 'Etapa del negocio cambiada'],
    ['pt-BR', 'Etapa do negócio alterada'],
    ['nl-NL', 'Dealfase gewijzigd'],
    // French Pipedrive calls a deal an "affaire" (its own "Affaire créée" label, the "- Affaires" tab title).
    ['fr-FR', 'Étape de l’affaire modifiée'],
  ] as const) {
    it(`${lang}: "${title}" over "A → B" dates the deal's entry into each stage`, () => {
      expect(history(page(lang, title))).toEqual(expect.arrayContaining(MOVES));
    });
  }
});
