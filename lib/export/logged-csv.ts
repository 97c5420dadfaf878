import Papa from 'papaparse';
import { ORIGIN } from '../db/logged-touches';
import { parseRow, parseRows } from '../db/rows';
import type { TouchlineDb } from '../db/schema';
import { runTransaction } from '../db/transaction';
import { activitySchema, type Crm } from '../schema/activity';
import { contactSchema, dealSchema } from '../schema/record';
import { CRM_COLUMNS } from './crm-columns';
import type { LoggedRow } from './logged-row';

/** One CRM's import file: its name and text. */
export interface LoggedCsv {
  crm: Crm;
  fileName: string;
  text: string;
  rows: number;
}

/**
 * The touches logged in Touchline that the CRM does not show, one CSV per CRM shaped for its own
 * activity import. A touch merged into a page touch is left out: the CRM has it already.
 */
export async function loggedTouchesCsv(db: TouchlineDb, timeZone: string, now: Date): Promise<LoggedCsv[]> {
  const rows = await loggedRows(db, timeZone);
  const day = now.toLocaleDateString('en-CA', { timeZone });
  const crms = [...new Set(rows.map((row) => row.touch.crm))].sort();
  return crms.map((crm) => {
    const mine = rows.filter((row) => row.touch.crm === crm);
    return { crm, fileName: `touchline-logged-${crm}-${day}.csv`, text: csvOf(crm, mine), rows: mine.length };
  });
}

export function csvOf(crm: Crm, rows: readonly LoggedRow[]): string {
  const columns = CRM_COLUMNS[crm];
  return Papa.unparse({
    fields: columns.map((column) => column.header),
    data: rows.map((row) => columns.map((column) => column.value(row))),
  });
}

async function loggedRows(db: TouchlineDb, timeZone: string): Promise<LoggedRow[]> {
  return runTransaction(db, ['contacts', 'deals', 'activities'], 'readonly', 'read', async (tx) => {
    const stored = await tx.objectStore('activities').index('byOrigin').getAll(ORIGIN);
    const touches = parseRows(activitySchema, 'activities', stored, []).filter((t) => !t.mergedInto);
    touches.sort((a, b) => (a.timestamp ?? '').localeCompare(b.timestamp ?? '') || a.key.localeCompare(b.key));
    return Promise.all(
      touches.map(async (touch) => {
        // A touch logged on a deal without a contact picked names none: the CRM links it to the deal alone.
        const contactKey = touch.contactKeys[0];
        const [contact, deal] = await Promise.all([
          contactKey ? tx.objectStore('contacts').get(contactKey) : undefined,
          touch.dealKeys[0] ? tx.objectStore('deals').get(touch.dealKeys[0]) : undefined,
        ]);
        return {
          touch,
          contact: parseRow(contactSchema, 'contacts', contact, []),
          deal: parseRow(dealSchema, 'deals', deal, []),
          ...localParts(touch.timestamp, timeZone),
        };
      }),
    );
  });
}

function localParts(timestamp: string | undefined, timeZone: string): { date: string; time: string } {
  if (!timestamp) return { date: '', time: '' };
  const at = new Date(timestamp);
  const date = at.toLocaleDateString('en-CA', { timeZone });
  const time = at.toLocaleTimeString('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return { date, time };
}
