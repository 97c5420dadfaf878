import { en } from 'zod/locales';
import { DB_VERSION } from '../db/schema';
import { BackupError } from './errors';
import {
  BACKUP_END,
  BACKUP_FORMAT,
  BACKUP_MAX_BYTES,
  BACKUP_VERSION,
  type BackupHeader,
  backupEndSchema,
  backupHeaderSchema,
  backupRowSchema,
  type MappingRow,
  type RecordRow,
} from './format';
import { InvalidRows } from './invalid-rows';
import { linesOf, type OnProgress } from './read-lines';
import { rekeyOldRows } from './rekey-old-rows';

const englishErrors = en().localeError;

export interface ParsedBackup {
  header: BackupHeader;
  rows: RecordRow[];
  /** The exported settings, as stored: restoring checks them field by field. */
  settings: Record<string, unknown> | undefined;
  /** The CSV column mappings remembered per CRM account, restored with the settings. */
  mappings: MappingRow[];
}

const NOT_A_BACKUP = 'This is not a Touchline backup file (it does not start with a Touchline backup header).';
const NOT_UTF8 =
  'This file is not UTF-8 text, so it is not a Touchline backup (a backup is UTF-8 JSON Lines). Nothing was imported.';
const TOO_LARGE = 'This file is larger than 200 MB, more than a Touchline backup can be. Nothing was imported.';
const TRUNCATED = 'This backup file is cut short (truncated): its end is missing. Nothing was imported.';

/**
 * Reads and checks a whole backup file before anything is written (decisions.md "Backups": an
 * invalid file changes nothing): a file that is not a backup, of another version or from a newer
 * cache, damaged or cut short, or with any row that fails its schema throws a BackupError with
 * the sentence to show.
 */
export async function parseBackup(file: Blob, onProgress?: OnProgress): Promise<ParsedBackup> {
  if (file.size > BACKUP_MAX_BYTES) throw new BackupError(TOO_LARGE);
  let header: BackupHeader | undefined;
  let ended = false;
  let counted = 0;
  let settings: Record<string, unknown> | undefined;
  const rows: RecordRow[] = [];
  const mappings: MappingRow[] = [];
  const invalid = new InvalidRows();
  let number = 0;
  try {
    for await (const text of linesOf(file, onProgress)) {
      number += 1;
      if (text.trim() === '') continue;
      const value = jsonOf(text, number);
      if (!header) {
        header = headerOf(value);
        continue;
      }
      if (ended)
        throw new BackupError(`This backup file has text after its end (line ${number}). Nothing was imported.`);
      if (isEnd(value)) {
        ended = true;
        if (backupEndSchema.safeParse(value).data?.rows !== counted) throw new BackupError(TRUNCATED);
        continue;
      }
      counted += 1;
      const row = backupRowSchema.safeParse(value, { error: englishErrors });
      if (!row.success) invalid.add(number, value, row.error.issues);
      else if (row.data.store === 'settings') settings = row.data.value;
      else if (row.data.store === 'csvMapping' || row.data.store === 'csvDealMapping') mappings.push(row.data);
      else rows.push(row.data);
    }
  } catch (error) {
    // The strict decoder's (linesOf): the bytes are not UTF-8.
    if (error instanceof TypeError) throw new BackupError(NOT_UTF8);
    throw error;
  }
  if (!header) throw new BackupError('This file is empty. Nothing was imported.');
  if (!ended) throw new BackupError(TRUNCATED);
  const refused = invalid.error();
  if (refused) throw refused;
  return { header, rows: rekeyOldRows(rows, header), settings, mappings };
}

function jsonOf(text: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    if (line === 1) throw new BackupError(NOT_A_BACKUP);
    throw new BackupError(
      `This backup file is damaged or cut short: line ${line} is not complete JSON. Nothing was imported.`,
    );
  }
}

function headerOf(value: unknown): BackupHeader {
  const format = typeof value === 'object' && value !== null ? (value as { format?: unknown }).format : undefined;
  if (format !== BACKUP_FORMAT) throw new BackupError(NOT_A_BACKUP);
  const version = (value as { version?: unknown }).version;
  if (version !== BACKUP_VERSION) {
    const newer = typeof version === 'number' && version > BACKUP_VERSION;
    throw new BackupError(
      newer
        ? `This backup was made by a newer Touchline (format version ${version}). Update Touchline, then import it. Nothing was imported.`
        : `This backup's format version (${String(version)}) is not one Touchline can read (it reads version ${BACKUP_VERSION}). Nothing was imported.`,
    );
  }
  const parsed = backupHeaderSchema.safeParse(value);
  if (!parsed.success) throw new BackupError(NOT_A_BACKUP);
  // Rows of a newer cache may be keyed or shaped in a way this version cannot re-key or read.
  if (parsed.data.databaseVersion > DB_VERSION) {
    throw new BackupError(
      `This backup was made by a newer Touchline (database version ${parsed.data.databaseVersion}). Update Touchline, then import it. Nothing was imported.`,
    );
  }
  return parsed.data;
}

function isEnd(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === BACKUP_END;
}
