import type { PageClock } from '../types';
import { itemDate } from './item-date';
import { shownKind } from './item-facts';
import { linesOf, lineText } from './lines';
import type { PageLanguage } from './page-locale';
import type { ChangeRow } from './read-timeline';
import { SELECTORS } from './selectors';
import { alternatives, stageMoveAnnounced } from './stage-move-announced';
import { escapeRegExp, isWord } from './text-match';
import { CHECKBOX, changeRowIn } from './type-signals';
import type { Wording } from './wording';

/** Stage moves written out in feed entries, and how many entries say the stage moved without saying how. */
export interface StageMoveSentences {
  changes: ChangeRow[];
  unread: number;
}

const ARROW = /→|->|⟶/;
const QUOTES = /^["'“”‘’«»„\s]+|["'“”‘’«»„\s]+$/g;

/**
 * Changelog entries that say a stage move in words ("Stage changed from Qualified to Proposal",
 * "Stage changed to Proposal", or "Stage changed" above "from A to B"), dated like any item. A
 * move drawn with an arrow is the changelog row reader's (type-signals.ts). An entry the page shows
 * as another kind is not read (item-facts.ts, shownKind): a Note item, an activity (a done toggle,
 * its own link) or an activity's note is someone's prose ("Stage changed to Negotiation once legal
 * signs off"), never the deal's changelog. An entry whose kind only this wording tells (its icon
 * decorative, or none) is read where the stage it entered is one of the pipeline's; else, like an
 * entry that announces a move ("Stage changed") but whose stages cannot be told apart, it is counted
 * `unread`: the move may have happened, so no earlier date (the deal's creation) may stand for the
 * current stage's entry. The pipeline's stages (`stages`) settle a stage name holding the word for
 * "to" ("Ready to buy").
 */
export function stageMoveSentences(
  items: readonly Element[],
  clock: PageClock,
  language: PageLanguage,
  stages: readonly string[],
): StageMoveSentences {
  const found: StageMoveSentences = { changes: [], unread: 0 };
  for (const item of items) {
    const shown = shownKind(item, language.words);
    if (item.querySelector(CHECKBOX) || (shown !== undefined && shown !== 'change')) continue;
    const texts = linesOf(item)
      .filter((line) => !line.closest(SELECTORS.activityNote))
      .map(lineText);
    const dated = (field: string, move: { from: string; to: string }) => {
      const date = itemDate(item, clock, language, 'past');
      found.changes.push({ field, ...move, ...(date.timestamp ? { timestamp: date.timestamp } : {}) });
    };
    if (texts.some((text) => ARROW.test(text))) {
      if (changeRowIn(item, language.words)) continue;
      const bare = bareArrowMove(texts, stages);
      if (bare) dated(language.words.stageField[0] ?? '', bare);
      // An arrow under a line of its own names that line's field ("Next step" over "Demo → Proposal").
      else if (ARROW.test(texts[0] ?? '') && namesStage(texts, stages, language.words)) found.unread++;
      continue;
    }
    const at = texts.findIndex((text) => stageMoveAnnounced(text, language.words));
    const announced = stageMoveAnnounced(texts[at] ?? '', language.words);
    if (!announced) {
      const told = toldMove(texts, language.words, stages) ?? toldLast(texts, language.words, stages);
      if (told === 'other field') continue;
      if (told) dated(language.words.stageField[0] ?? '', told);
      else if (namesStage(texts, stages, language.words)) found.unread++;
      continue;
    }
    const move = moveIn(announced.rest || (texts[at + 1] ?? ''), language.words, stages);
    if (!move || (shown === undefined && !isStage(move.to, stages))) {
      found.unread++;
      continue;
    }
    dated(announced.field, move);
  }
  return found;
}

/**
 * A move drawn as a bare arrow between two of the pipeline's stages ("Contact made → Proposal
 * made") heading the entry, with no field named: it is the stage's (its field, unsaid, is given
 * the stage field's name). An arrow under another line is that line's field ("Next step" over
 * "Demo → Proposal").
 */
function bareArrowMove(texts: readonly string[], stages: readonly string[]): { from: string; to: string } | undefined {
  const m = (texts[0] ?? '').match(/^(.*?)\s*(?:→|->|⟶)\s*(.+)$/);
  const [from, to] = [unquoted(m?.[1] ?? ''), unquoted(m?.[2] ?? '')];
  return isStage(from, stages) && isStage(to, stages) ? { from, to } : undefined;
}

/**
 * A move told without naming the stage field ("Deal moved to Proposal made", "Moved from Contact
 * made to Proposal made"): a word for "changed", after nothing or the deal's own name, followed by
 * "from A to B" or "to B", into one of the pipeline's stages. Another name before it ("Next step
 * changed to Proposal", "Label changed to Demo") is another field's change: 'other field'.
 */
function toldMove(
  texts: readonly string[],
  words: Wording,
  stages: readonly string[],
): { from: string; to: string } | 'other field' | undefined {
  const changed = new RegExp(`^(.*?)(?<![\\p{L}\\p{N}])(?:${alternatives(words.stageMove.changed)})\\s+(.+)$`, 'iu');
  for (const text of texts) {
    const m = text.match(changed);
    if (!m) continue;
    const lead = (m[1] ?? '').trim();
    if (lead !== '' && !isWord(lead, words.stageMove.deal)) return 'other field';
    const move = moveIn(m[2] ?? '', words, stages);
    if (move && isStage(move.to, stages)) return move;
  }
  return undefined;
}

/**
 * A move told with its participle last, as German and Dutch say it ("Deal in Phase Verhandlung
 * verschoben", "Phase von Angebot in Verhandlung geändert", "Deal naar Onderhandeling verplaatst"):
 * a line ending in a word for "changed", before it a word for "to" (`stageMoveLast`), the stage
 * field's name maybe, and one of the pipeline's stages; before that maybe "from" and the stage left;
 * first nothing, the deal's own name or the stage field's. Another name first ("Nächster Schritt auf
 * Angebot geändert") is another field's change: 'other field'.
 */
function toldLast(
  texts: readonly string[],
  words: Wording,
  stages: readonly string[],
): { from: string; to: string } | 'other field' | undefined {
  if (words.stageMoveLast.length === 0) return undefined;
  const ending = new RegExp(`^(.+?)\\s+(?:${alternatives(words.stageMove.changed)})\\s*[.!]?$`, 'iu');
  const byLength = [...stages].sort((a, b) => b.length - a.length);
  for (const text of texts) {
    const head = text.match(ending)?.[1];
    if (!head) continue;
    const into = after(head, byLength, words.stageMoveLast, words.stageField);
    if (!into) continue;
    const left = after(into.before, byLength, words.stageMove.from, []);
    const lead = (left ? left.before : into.before).trim();
    if (lead !== '' && !isWord(lead, words.stageMove.deal) && !isWord(lead, words.stageField)) return 'other field';
    return { from: left?.stage ?? '', to: into.stage };
  }
  return undefined;
}

/** A line part ending "<word> [<field>] <stage>" (the stage maybe quoted): the stage and what comes before the word. */
function after(
  text: string,
  stages: readonly string[],
  lead: readonly string[],
  field: readonly string[],
): { stage: string; before: string } | undefined {
  const named = field.length > 0 ? `(?:(?:${alternatives(field)})\\s+)?` : '';
  for (const stage of stages) {
    const m = text.match(
      new RegExp(`^(.*?)(?:^|\\s)(?:${alternatives(lead)})\\s+${named}["'“‘„«]?${escapeRegExp(stage)}["'”’“»]?$`, 'iu'),
    );
    if (m) return { stage, before: m[1] ?? '' };
  }
  return undefined;
}

/**
 * Whether a feed entry ends a line with one of the pipeline's stages (a stage's name at the end of
 * the line, or before a closing mark), or with a stage and a word for "changed" after it: an entry
 * that may be a move in wording Touchline has no words for ("Trato movido a Propuesta enviada",
 * "Deal in die Phase Verhandlung verschoben"), so the deal's creation may not stand for the current
 * stage's entry (counted `unread`). A stage's name inside other words ("Product “Proposal
 * template” added") says nothing of a move.
 */
function namesStage(texts: readonly string[], stages: readonly string[], words: Wording): boolean {
  // A word for "changed" after the stage says a move only where the language puts it last (German, Dutch).
  const changed = words.stageMoveLast.length > 0 ? `(?:\\s+(?:${alternatives(words.stageMove.changed)}))?` : '';
  return stages.some((stage) => {
    const ending = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(stage)}["'”’»]?${changed}\\s*[.!)"”»]?$`, 'iu');
    return texts.some((text) => ending.test(text));
  });
}

/**
 * "from A to B" or "to B" (the stage left unsaid). Every place the word for "to" could split the
 * two is tried: the one whose stages are both the pipeline's wins, else the one whose new stage
 * is, else the only one; several left open read nothing rather than a guess.
 */
function moveIn(rest: string, words: Wording, stages: readonly string[]): { from: string; to: string } | undefined {
  const { from, to } = words.stageMove;
  const leadTo = rest.match(new RegExp(`^(?:${alternatives(to)})\\s+(.+)$`, 'iu'));
  if (leadTo?.[1]) return { from: '', to: unquoted(leadTo[1]) };
  const leadFrom = rest.match(new RegExp(`^(?:${alternatives(from)})\\s+(.+)$`, 'iu'));
  if (!leadFrom?.[1]) return undefined;
  const body = leadFrom[1];
  const splits: { from: string; to: string }[] = [];
  for (const m of body.matchAll(new RegExp(`\\s(?:${alternatives(to)})\\s`, 'giu'))) {
    const left = unquoted(body.slice(0, m.index));
    const right = unquoted(body.slice(m.index + m[0].length));
    if (left && right) splits.push({ from: left, to: right });
  }
  const both = splits.filter((s) => isStage(s.from, stages) && isStage(s.to, stages));
  if (both.length === 1) return both[0];
  const entered = splits.filter((s) => isStage(s.to, stages));
  if (entered.length === 1) return entered[0];
  return splits.length === 1 ? splits[0] : undefined;
}

function isStage(name: string, stages: readonly string[]): boolean {
  return stages.some((s) => s.toLowerCase() === name.toLowerCase());
}

function unquoted(text: string): string {
  return text.replace(QUOTES, '');
}
