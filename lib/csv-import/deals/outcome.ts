import { fold } from '../../locale/fold';
import { stageOutcome } from '../../metrics/stage-outcome';
import type { Crm } from '../../schema/activity';
import type { DealImportRow } from '../../schema/deal-import';
import type { DealCells } from './cells';
import { DEAL_EXPORT_WORDS } from './words';

/**
 * Checkbox cells as a Salesforce report prints them: "1" / "0" in a Details Only export, "true" /
 * "false" in a data export (assumed; no export was seen). Not words: no language to keep apart.
 */
const CHECKED = new Set(['1', 'true']);
const UNCHECKED = new Set(['0', 'false']);

/** How a row says the deal ended, and what it held about that which could not be read. */
export type RowOutcome = { ok: true; closed: DealImportRow['closed']; left: string[] } | { ok: false; reason: string };

/**
 * Won, lost or open: a status column where the export has one (Pipedrive), else the report's
 * Closed and Won checkboxes (Salesforce's IsClosed and IsWon: a won opportunity is closed, a
 * closed one not won is lost, an open one is open whatever its stage is named), else the stage's
 * name ("Closed Won"). A status word not understood makes the row unreadable; checkboxes that
 * cannot be read or do not say how the deal ended (Closed without a Won cell) are noted, and the
 * stage's name is read instead.
 */
export function rowOutcome(crm: Crm, single: DealCells['single'], stage: string): RowOutcome {
  const status = statusOf(crm, single.status);
  if (status === 'unknown') return { ok: false, reason: `status not understood: "${single.status}"` };
  if (status) return { ok: true, closed: status === 'open' ? undefined : status, left: [] };
  const ticked = checkboxes(single.isClosed, single.isWon);
  if (ticked === 'open') return { ok: true, closed: undefined, left: [] };
  if (ticked === 'won' || ticked === 'lost') return { ok: true, closed: ticked, left: [] };
  const left = ticked === undefined ? [] : [`how it ended (${ticked.reason})`];
  return { ok: true, closed: stageOutcome(stage), left };
}

/** What the Closed and Won cells say together; undefined when neither is there. */
function checkboxes(
  closedCell: string | undefined,
  wonCell: string | undefined,
): 'open' | 'won' | 'lost' | { reason: string } | undefined {
  const closed = checkbox(closedCell);
  const won = checkbox(wonCell);
  if (closed === 'unreadable' || won === 'unreadable')
    return { reason: `checkbox not understood: "${closed === 'unreadable' ? closedCell : wonCell}"` };
  if (won === true) return closed === false ? { reason: 'won but not closed' } : 'won';
  if (closed === true) return won === false ? 'lost' : { reason: 'closed, with no Won cell to say won or lost' };
  return closed === false ? 'open' : undefined;
}

function checkbox(text: string | undefined): boolean | 'unreadable' | undefined {
  if (text === undefined) return undefined;
  const folded = fold(text);
  if (CHECKED.has(folded)) return true;
  return UNCHECKED.has(folded) ? false : 'unreadable';
}

/** Won, lost or open from a status column, in any of the CRM's languages; undefined without one. */
function statusOf(crm: Crm, text: string | undefined): 'open' | 'won' | 'lost' | 'unknown' | undefined {
  if (!text) return undefined;
  for (const words of Object.values(DEAL_EXPORT_WORDS[crm])) {
    for (const status of ['open', 'won', 'lost'] as const) {
      if (words.status[status].some((w) => fold(w) === fold(text))) return status;
    }
  }
  return 'unknown';
}
