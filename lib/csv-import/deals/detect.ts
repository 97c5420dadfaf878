import { fold } from '../../locale/fold';
import type { Crm } from '../../schema/activity';
import { detectColumns, foldHeader } from '../detect-columns';
import type { DealTarget } from './fields';
import { type StageColumn, stageColumnOf } from './stage-columns';
import { DEAL_EXPORT_WORDS } from './words';
import type { DealExportWords } from './words/schema';

/** What a header row says as a deal export: a target per column, the stage of each entry column, its language. */
export interface DetectedDealColumns {
  targets: DealTarget[];
  /** Per column: the stage a "Date entered" column is for, else null. */
  stageColumns: (StageColumn | null)[];
  lang: string | undefined;
}

/**
 * Maps each column to a deal field from the CRM's header words; the language matching most headers
 * wins. Two columns for one field: the one whose header comes first in the field's word list
 * keeps it, whatever the columns' order (Pipedrive's "Deal - Won time" before "Won time"); on equal
 * headers the first column does.
 */
export function detectDealColumns(crm: Crm, headers: readonly string[]): DetectedDealColumns {
  const languages = Object.entries(DEAL_EXPORT_WORDS[crm]);
  const scored = languages
    .map(([lang, words]) => ({
      lang,
      words,
      score: headers.filter((h) => targetOf(words, h).target !== 'ignore').length,
    }))
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  const stageColumns = headers.map((h) => (best ? (stageColumnOf(h, best.words.stageEnteredPrefixes) ?? null) : null));
  if (!best || best.score === 0) return { targets: headers.map(() => 'ignore'), stageColumns, lang: undefined };
  const matched = headers.map((h) => targetOf(best.words, h));
  const targets = matched.map(({ target, rank }, column): DealTarget => {
    if (target === 'stageEntered' || target === 'ignore') return target;
    const preferred = matched.some(
      (other, i) => other.target === target && (other.rank < rank || (other.rank === rank && i < column)),
    );
    return preferred ? 'ignore' : target;
  });
  return { targets, stageColumns, lang: best.lang };
}

/** The field a header names, and where its word stands in the field's list (lower is preferred). */
function targetOf(words: DealExportWords, header: string): { target: DealTarget; rank: number } {
  const folded = foldHeader(header);
  for (const [field, list] of Object.entries(words.headers) as [DealTarget, string[]][]) {
    const rank = list.findIndex((w) => fold(w) === folded);
    if (rank !== -1) return { target: field, rank };
  }
  return { target: stageColumnOf(header, words.stageEnteredPrefixes) ? 'stageEntered' : 'ignore', rank: 0 };
}

/**
 * Whether a file is a deal export: a deal id and a stage (a stage column, or HubSpot's per-stage
 * entry dates) and no activity date with a type beside it; or a deal id in a file that cannot be
 * an activity export (neither an activity date nor an activity type), so that a deal export missing
 * its stage column is told so.
 */
export function exportKind(crm: Crm, headers: readonly string[]): 'deals' | 'activities' {
  const { targets } = detectDealColumns(crm, headers);
  if (!targets.includes('dealId')) return 'activities';
  const activity = detectColumns(crm, headers);
  const dated = activity.targets.includes('date');
  const typed =
    activity.targets.includes('type') || activity.targets.includes('subtype') || activity.impliedType !== undefined;
  if (targets.includes('stage') || targets.includes('stageEntered')) return dated && typed ? 'activities' : 'deals';
  // Without a stage, a date or an activity type says activities: a calls export missing its date column
  // is told its date is missing, not its stage.
  return dated || typed ? 'activities' : 'deals';
}

const CRMS: Crm[] = ['hubspot', 'salesforce', 'pipedrive'];

/** The CRM whose deal export headers match most of a header row, or undefined on a tie. */
export function likelyDealCrm(headers: readonly string[]): Crm | undefined {
  const scored = CRMS.map((crm) => ({
    crm,
    score: detectDealColumns(crm, headers).targets.filter((t) => t !== 'ignore').length,
  })).sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (!first || first.score === 0 || first.score === second?.score) return undefined;
  return first.crm;
}
