import { fold } from '../../locale/fold';
import { headerLabel } from '../header-label';

/** The stage (and pipeline, where the header names one) whose entry dates a column holds. */
export interface StageColumn {
  stage: string;
  pipeline?: string;
}

const QUOTES = /^[\s:"'“”„«»]+|[\s"'“”„«»]+$/g;
const WITH_PIPELINE = /^(.*\S)\s*\(([^()]+)\)$/;

/**
 * The stage a HubSpot "Date entered" column is for: `Date entered "Qualified (Sales Pipeline)"`
 * → Qualified in Sales Pipeline. Undefined when the header does not start with one of the prefixes.
 */
export function stageColumnOf(header: string, prefixes: readonly string[]): StageColumn | undefined {
  const raw = headerLabel(header);
  const prefix = prefixes.find((p) => fold(raw).startsWith(`${fold(p)} `));
  if (!prefix) return undefined;
  const rest = raw.slice(prefix.length).replace(QUOTES, '');
  if (!rest) return undefined;
  const m = rest.match(WITH_PIPELINE);
  return m ? { stage: (m[1] as string).replace(QUOTES, ''), pipeline: (m[2] as string).trim() } : { stage: rest };
}
