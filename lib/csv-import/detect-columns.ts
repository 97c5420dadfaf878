import { fold } from '../locale/fold';
import type { ActivityType, Crm } from '../schema/activity';
import type { ColumnTarget, ImportField } from './fields';
import { headerLabel } from './header-label';
import { type PerTypeColumn, perTypeColumnsOf } from './per-type-columns';
import { EXPORT_WORDS } from './words';
import type { ExportWords } from './words/schema';

/** What the header row says about a file: a target per column, its language, a type for every row. */
export interface DetectedColumns {
  targets: ColumnTarget[];
  /** The language whose headers matched most columns; undefined when none matched. */
  lang: string | undefined;
  /** The one type every row has when the headers say so ("Call title": a calls export). */
  impliedType?: ActivityType;
  /**
   * The title column's own header names that type ("Call title", "Anruftitel"): the file is an
   * export of one kind, not a mixed export that merely has a "Call outcome" column.
   */
  oneKind?: true;
  /** Columns of one type's that fill in a field another column holds (per-type-columns.ts). */
  perType?: PerTypeColumn[];
}

/**
 * Maps each column to a field from the CRM's header words: the language matching most headers
 * wins, and where several columns could hold a field (a meetings export's "Activity date" and
 * "Meeting start time"), the header listed first in the word table takes it.
 */
export function detectColumns(crm: Crm, headers: readonly string[]): DetectedColumns {
  const folded = headers.map(foldHeader);
  const languages = Object.entries(EXPORT_WORDS[crm]);
  const scored = languages.map(([lang, words]) => ({
    lang,
    words,
    score: folded.filter((h) => fieldOf(words, h)).length,
  }));
  const best = [...scored].sort((a, b) => b.score - a.score)[0];
  if (!best || best.score === 0) return { targets: headers.map(() => 'ignore'), lang: undefined };
  const order = [best.words, ...languages.map(([, w]) => w).filter((w) => w !== best.words)];
  const targets = withDoneTimeAsDate(assign(folded, order));
  const impliedType = impliedTypeOf(folded, best.words);
  const title = folded[targets.indexOf('subject')];
  const oneKind = !!impliedType && title !== undefined && typedHeaderOf(best.words, title) === impliedType;
  const matched = (column: number) => order.find((words) => fieldOf(words, folded[column] ?? ''));
  const perType = perTypeColumnsOf(
    targets,
    (column) => {
      const words = matched(column);
      return words && fieldOf(words, folded[column] ?? '')?.field;
    },
    (column) => {
      const words = matched(column);
      return words && typedHeaderOf(words, folded[column] ?? '');
    },
  );
  return {
    targets,
    lang: best.lang,
    ...(impliedType ? { impliedType } : {}),
    ...(oneKind ? { oneKind } : {}),
    ...(perType.length > 0 ? { perType } : {}),
  };
}

export function foldHeader(header: string): string {
  return fold(headerLabel(header))
    .replace(/[:*]+$/, '')
    .trim();
}

function assign(folded: string[], order: ExportWords[]): ColumnTarget[] {
  const targets: ColumnTarget[] = folded.map(() => 'ignore');
  const taken = new Map<ImportField, number>();
  folded.forEach((header, column) => {
    for (const words of order) {
      const found = fieldOf(words, header);
      if (!found) continue;
      const holder = taken.get(found.field);
      if (holder === undefined || rank(words, found.field, folded[holder] as string) > found.rank) {
        if (holder !== undefined) targets[holder] = 'ignore';
        taken.set(found.field, column);
        targets[column] = found.field;
      }
      return;
    }
  });
  return targets;
}

/** A file with a done time and no due date (Pipedrive's list showing only done activities) is dated by it. */
function withDoneTimeAsDate(targets: ColumnTarget[]): ColumnTarget[] {
  if (targets.includes('date')) return targets;
  return targets.map((target) => (target === 'doneAt' ? 'date' : target));
}

function fieldOf(words: ExportWords, header: string): { field: ImportField; rank: number } | undefined {
  for (const [field, list] of Object.entries(words.headers) as [ImportField, string[]][]) {
    const rank = list.findIndex((w) => fold(w) === header);
    if (rank >= 0) return { field, rank };
  }
  return undefined;
}

function rank(words: ExportWords, field: ImportField, header: string): number {
  const at = (words.headers[field] ?? []).findIndex((w) => fold(w) === header);
  return at < 0 ? Number.POSITIVE_INFINITY : at;
}

function typedHeaderOf(words: ExportWords, header: string): ActivityType | undefined {
  return Object.entries(words.typedHeaders).find(([typed]) => fold(typed) === header)?.[1];
}

function impliedTypeOf(folded: string[], words: ExportWords): ActivityType | undefined {
  const types = new Set(
    Object.entries(words.typedHeaders)
      .filter(([header]) => folded.includes(fold(header)))
      .map(([, type]) => type),
  );
  return types.size === 1 ? [...types][0] : undefined;
}
