import Papa from 'papaparse';
import { contactKeysOf } from '../db/batch-work';
import { ORIGIN } from '../db/logged-touches';
import type { DealContacts } from '../db/people-of';
import { parseRow, parseRows } from '../db/rows';
import type { TouchlineDb } from '../db/schema';
import { runTransaction } from '../db/transaction';
import { activitySchema, type Crm } from '../schema/activity';
import { type Contact, contactSchema, type Deal, dealSchema } from '../schema/record';
import { CRM_COLUMNS } from './crm-columns';
import type { LoggedRow } from './logged-row';
import { oneLinePerTouch } from './one-line-per-touch';

/** One CRM account's import file: its name and text (csvOf: a byte-order mark, then the CSV). */
export interface LoggedCsv {
  crm: Crm;
  /** The account (HubSpot portal, Salesforce org host, Pipedrive company) whose import the file is for. */
  tenant: string;
  fileName: string;
  text: string;
  rows: number;
}

/**
 * The touches logged in Touchline that the CRM does not show, one CSV per CRM account shaped for
 * its CRM's own activity import, one line per touch (oneLinePerTouch). An import goes into one
 * account: a file holding a production org's and its sandbox's record ids (or two HubSpot
 * portals') would fail, or link rows to another account's records. A touch merged into a page
 * touch is left out: the CRM has it already.
 */
export async function loggedTouchesCsv(db: TouchlineDb, timeZone: string, now: Date): Promise<LoggedCsv[]> {
  const rows = await loggedRows(db, timeZone);
  const day = now.toLocaleDateString('en-CA', { timeZone });
  const accounts = [...new Set(rows.map((row) => `${row.touch.crm}\n${row.touch.tenant}`))].sort();
  return accounts.map((account) => {
    const [crm, tenant] = account.split('\n') as [Crm, string];
    const mine = rows.filter((row) => row.touch.crm === crm && row.touch.tenant === tenant);
    const fileName = `touchline-logged-${crm}-${fileNamePart(tenant)}-${day}.csv`;
    return { crm, tenant, fileName, text: csvOf(crm, mine), rows: mine.length };
  });
}

/** An account as a file name's part: an org host's dots kept, anything a file system may refuse made a dash. */
function fileNamePart(tenant: string): string {
  return tenant.replace(/[^A-Za-z0-9.-]+/g, '-');
}

/**
 * papaparse's own test for `escapeFormulae: true`, /^[=+\-@\t\r].*$/, lacks the dotAll flag: `.`
 * stops at a line break, so a cell of several lines ("- no answer\n- try Fri", a note written as a
 * list in the details form's textarea) was written as it is. With `s`, every line is taken.
 */
const FORMULA_START = /^[=+\-@\t\r].*$/s;

/**
 * U+FEFF, first in the file (EF BB BF once saved as UTF-8). Excel on Windows opens a .csv without it
 * in the Windows code page (1252 in Western Europe and the Americas): "José Núñez" shows as
 * "JosÃ© NÃºÃ±ez", and saved after the check, that garbled name reaches the CRM's import (Pipedrive
 * matches people by name). With it Excel reads UTF-8, as it writes its own "CSV UTF-8" files;
 * papaparse and Touchline's own import (fileText) read past it.
 */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * A file's text, after a byte-order mark (BYTE_ORDER_MARK) so the spreadsheet reads its letters right.
 * The file is usually opened in a spreadsheet to check before the CRM import, and names and deal
 * titles come from CRM pages (a web-form lead can name itself `=HYPERLINK(…)`), notes from the rep
 * ("-- left voicemail"): a cell that begins with = + - @ (or a tab or carriage return) would run as
 * a formula there (CSV injection). papaparse's `escapeFormulae` puts an apostrophe before such a
 * cell; the CRM's import keeps that apostrophe, an accepted cost.
 */
export function csvOf(crm: Crm, rows: readonly LoggedRow[]): string {
  const columns = CRM_COLUMNS[crm];
  const csv = Papa.unparse(
    {
      fields: columns.map((column) => column.header),
      data: rows.map((row) => columns.map((column) => column.value(row))),
    },
    { escapeFormulae: FORMULA_START },
  );
  return `${BYTE_ORDER_MARK}${csv}`;
}

async function loggedRows(db: TouchlineDb, timeZone: string): Promise<LoggedRow[]> {
  return runTransaction(db, ['contacts', 'deals', 'activities'], 'readonly', 'read', async (tx) => {
    const stored = await tx.objectStore('activities').index('byOrigin').getAll(ORIGIN);
    const open = parseRows(activitySchema, 'activities', stored, []).filter((t) => !t.mergedInto);
    const dealKeys = [...new Set(open.flatMap((t) => t.dealKeys))];
    const dealRows = await Promise.all(dealKeys.map((key) => tx.objectStore('deals').get(key)));
    const deals = new Map(dealKeys.map((key, i) => [key, parseRow(dealSchema, 'deals', dealRows[i], [])]));
    const dealContacts: DealContacts = new Map(
      [...deals].flatMap(([key, deal]) => (deal ? [[key, contactKeysOf(deal)] as const] : [])),
    );
    return Promise.all(
      oneLinePerTouch(open, dealContacts).map(async (touch) => {
        // A touch logged on a deal without a contact picked names none: the CRM links it to the deal alone.
        const contactKey = touch.contactKeys[0];
        const contactRow = contactKey ? await tx.objectStore('contacts').get(contactKey) : undefined;
        const deal = touch.dealKeys[0] ? deals.get(touch.dealKeys[0]) : undefined;
        const read = parseRow(contactSchema, 'contacts', contactRow, []);
        const contact = read ?? (contactKey ? onDeal(contactKey, deal) : undefined);
        return { touch, contact, deal, ...localParts(touch.timestamp, timeZone) };
      }),
    );
  });
}

/**
 * A contact picked on a deal whose own page was never opened: its id is in its key, its name in
 * the deal's contact list (the CRM links the touch by id, or by name in Pipedrive).
 */
function onDeal(contactKey: string, deal: Deal | undefined): Pick<Contact, 'recordId' | 'name'> {
  const recordId = contactKey.split(':').slice(3).join(':');
  return { recordId, name: deal?.contacts.find((c) => c.id === recordId)?.name ?? '' };
}

function localParts(timestamp: string | undefined, timeZone: string): { date: string; time: string } {
  if (!timestamp) return { date: '', time: '' };
  const at = new Date(timestamp);
  const date = at.toLocaleDateString('en-CA', { timeZone });
  const time = at.toLocaleTimeString('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return { date, time };
}
