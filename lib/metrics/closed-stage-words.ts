/**
 * How the CRMs name the stages that close a deal, per language, in their own wording ("Closed
 * Won", Pipedrive's "Won", HubSpot's "Abgeschlossen und gewonnen", Salesforce's "Fermée gagnée").
 * Written without accents and in lower case: names are compared that way. A closed stage's name is
 * one outcome word, optionally with "closed" words and joiners around it; "closed" words alone name
 * the placeholder step a path shows for the closed stages while the deal is open. One entry per
 * language pages are read in (README), and Japanese, whose closed stages are all that is read of
 * it; the page readers' closed markers and the metrics both match these.
 */
export interface ClosedStageWords {
  won: readonly string[];
  lost: readonly string[];
  closed: readonly string[];
  joiners: readonly string[];
}

export const CLOSED_STAGE_WORDS: Record<'en' | 'de' | 'fr' | 'es' | 'pt' | 'nl' | 'it' | 'ja', ClosedStageWords> = {
  en: { won: ['won'], lost: ['lost'], closed: ['closed'], joiners: ['and'] },
  de: { won: ['gewonnen'], lost: ['verloren'], closed: ['abgeschlossen', 'geschlossen'], joiners: ['und'] },
  fr: {
    won: ['gagne', 'gagnee'],
    lost: ['perdu', 'perdue'],
    closed: ['conclu', 'conclue', 'ferme', 'fermee', 'cloture', 'cloturee'],
    joiners: ['et'],
  },
  // HubSpot's Spanish stages are "Cierre ganado" / "Cierre perdido" (knowledge.hubspot.com/es, deal pipelines and stages).
  es: {
    won: ['ganado', 'ganada'],
    lost: ['perdido', 'perdida'],
    closed: ['cerrado', 'cerrada', 'cierre'],
    joiners: ['y'],
  },
  pt: { won: ['ganho', 'ganha'], lost: ['perdido', 'perdida'], closed: ['fechado', 'fechada'], joiners: ['e'] },
  nl: { won: ['gewonnen'], lost: ['verloren'], closed: ['gesloten', 'afgesloten'], joiners: ['en'] },
  // Salesforce's "Chiusa vinta", "Chiuso/Vinto", "Chiusa/Acquisita", "Chiusa persa" and Pipedrive's
  // "Vinta" / "Persa" as the readers' word tables have them; HubSpot's "Chiuso vinto" / "Chiuso perso"
  // is a guess in the same words (README: Italian wording is mostly guessed).
  it: {
    won: ['vinto', 'vinta', 'acquisito', 'acquisita'],
    lost: ['perso', 'persa'],
    closed: ['chiuso', 'chiusa'],
    joiners: ['e'],
  },
  // HubSpot's Japanese help names the closed stages 「成立」 (won) and 「失注」 (lost)
  // (knowledge.hubspot.com/ja/object-settings/automate-deal-pipelines); "受注" (order received, the
  // pair of 失注) is the won stage's common name in Japanese sales teams. Guessed (trust C): "成約"
  // as another won name, "不成立" as Salesforce's Japanese Closed Lost and "完了" as its path's
  // placeholder step for the closed stages. A Japanese name has no spaces: it is one word and is
  // matched whole, so "不成立" is not the won "成立" and "成約済み" is not read as won.
  ja: { won: ['成立', '受注', '成約'], lost: ['失注', '不成立'], closed: ['完了'], joiners: [] },
};
