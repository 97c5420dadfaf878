import type * as z from 'zod/mini';
import { undoLoggedTouch, updateLoggedTouch } from '../db/logged-touch-changes';
import { listLoggedTouches, logTouch, owningRecordKey } from '../db/logged-touches';
import type { InvalidRow } from '../db/rows';
import { createSaveQueue } from '../db/save-queue';
import { saveReadings } from '../db/save-reading';
import type { TouchlineDb } from '../db/schema';
import { browserTimeZone } from '../db/time-precision';
import { recordKey } from '../keys';
import { type Failure, type MessageName, type ProtocolMap, REQUEST_SCHEMAS } from '../messaging/protocol';
import type { Activity } from '../schema/activity';
import type { ReadResult } from '../schema/read-result';
import type { Settings } from '../schema/settings';
import type { RecordView } from '../schema/view-model';
import { yourNameIn } from '../settings/your-name';
import { answer } from './answer';
import { eraseStoredRecord } from './erase-record';
import { withOlderNotKept } from './older-not-kept';
import { holdOlderShown, olderShown } from './older-shown';
import { recordView, savedContactView } from './record-view';
import { failure } from './validate';

export interface ServiceDeps {
  db: Promise<TouchlineDb>;
  now: () => Date;
  settings: () => Promise<Settings> | Settings;
  /** Told about stored rows that failed validation (kept in the database, left out of views). */
  onInvalid?: (rows: InvalidRow[]) => void;
}

type Response<Name extends MessageName> = ReturnType<ProtocolMap[Name]>;

/** One handler per message: each takes the raw message data, validates it, and never throws. */
export type Service = { [Name in MessageName]: (data?: unknown) => Promise<Response<Name> | Failure> };

/** What one message works with: one clock reading and one copy of the settings. */
interface Context {
  db: TouchlineDb;
  settings: Settings;
  now: Date;
  onInvalid: (rows: InvalidRow[]) => void;
  view: (recordKey: string) => Promise<RecordView | null>;
  /** Saves a page reading, sharing a transaction with readings that arrive at the same time. */
  save: ReturnType<typeof createSaveQueue>;
  /** Each record's activities its latest reading showed older than what is kept (holdOlderShown). */
  olderHeld: Map<string, Activity[]>;
}

const NOT_STORED = 'Touchline has no data for this record yet. Open its page in the CRM so Touchline can read it.';

export function createService(deps: ServiceDeps): Service {
  const onInvalid = deps.onInvalid ?? ((rows) => console.warn('Touchline: stored rows failed validation', rows));
  const save = createSaveQueue(async (batch) => saveReadings(await deps.db, batch));
  const loadSettings = sharedWhileLoading(deps.settings);
  const olderHeld = new Map<string, Activity[]>();
  const context = async (): Promise<Context> => {
    const [db, settings] = await Promise.all([deps.db, loadSettings()]);
    const now = deps.now();
    const view = (key: string) => recordView(db, key, { settings, now, onInvalid, olderShown: olderHeld.get(key) });
    return { db, settings, now, onInvalid, save, view, olderHeld };
  };
  function handler<Name extends MessageName, Schema extends z.ZodMiniType>(
    name: Name,
    schema: Schema,
    run: (input: z.output<Schema>, c: Context) => Promise<Response<Name>>,
  ) {
    return (data?: unknown): Promise<Response<Name> | Failure> =>
      answer(name, schema, data, async (input) => run(input, await context()));
  }
  return {
    readingSaved: handler('readingSaved', REQUEST_SCHEMAS.readingSaved, readingSaved),
    getView: handler('getView', REQUEST_SCHEMAS.getView, async ({ recordKey: key }, c) =>
      withView(c, key, (view) => ({ ok: true, view })),
    ),
    logTouch: handler('logTouch', REQUEST_SCHEMAS.logTouch, async (input, c) => {
      const touch = await logTouch(c.db, input, c.now, c.settings);
      return withView(c, input.recordKey, (view) => ({ ok: true, touch, view }));
    }),
    updateLoggedTouch: handler('updateLoggedTouch', REQUEST_SCHEMAS.updateLoggedTouch, async ({ key, changes }, c) => {
      const touch = await updateLoggedTouch(c.db, key, changes, c.now, c.settings.timeZone);
      return withView(c, owningRecordKey(touch), (view) => ({ ok: true, touch, view }));
    }),
    undoLoggedTouch: handler('undoLoggedTouch', REQUEST_SCHEMAS.undoLoggedTouch, async ({ key, wholeTouch }, c) => {
      const touch = await undoLoggedTouch(c.db, key, c.settings.timeZone, browserTimeZone(), c.now, wholeTouch);
      return withView(c, owningRecordKey(touch), (view) => ({ ok: true, view }));
    }),
    eraseRecord: handler('eraseRecord', REQUEST_SCHEMAS.eraseRecord, async ({ recordKey: key, dryRun }, c) => {
      // Erased means gone from memory too: the older activities its reading showed are let go.
      if (!dryRun) c.olderHeld.delete(key);
      return eraseStoredRecord(c.db, key, dryRun);
    }),
    listLoggedTouches: handler('listLoggedTouches', REQUEST_SCHEMAS.listLoggedTouches, async (_input, c) => {
      const { touches, invalid } = await listLoggedTouches(c.db);
      if (invalid.length > 0) c.onInvalid(invalid);
      return { ok: true, touches };
    }),
  };
}

/**
 * Messages that arrive while the settings are being read share that read: a burst of readings
 * (several tabs, a long timeline) costs one storage read, not one each. A change saved meanwhile
 * reaches the next message, as it would had the burst arrived a moment earlier.
 */
function sharedWhileLoading<T>(load: () => Promise<T> | T): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= Promise.resolve(load()).finally(() => {
      loading = undefined;
    });
    return loading;
  };
}

/**
 * A page that was read is saved, then shown. A page still loading, or one Touchline cannot
 * read, saves nothing: the answer carries what Touchline already has for the record, if anything.
 */
async function readingSaved(reading: ReadResult, c: Context): Promise<Response<'readingSaved'>> {
  const key = recordKey(reading);
  if (reading.status === 'read') {
    const summary = await c.save({
      result: reading,
      now: c.now,
      timeZone: c.settings.timeZone,
      retentionDays: c.settings.retentionDays,
      yourName: yourNameIn(c.settings, reading.crm),
    });
    if (summary.invalid.length > 0) c.onInvalid(summary.invalid);
    const shown = (view: RecordView) => withOlderNotKept(view, reading, c.now, c.settings);
    const older = olderShown(reading, c.now, c.settings.retentionDays, yourNameIn(c.settings, reading.crm));
    holdOlderShown(c.olderHeld, key, older);
    const saved = summary.saved && (await savedContactView(c.db, summary.saved, { ...c, olderShown: older }));
    if (saved) return { ok: true, status: 'read', recordKey: key, view: shown(saved) };
    return withView(c, key, (view) => ({ ok: true, status: 'read', recordKey: key, view: shown(view) }));
  }
  const view = await c.view(key);
  if (reading.status === 'loading') return { ok: true, status: 'loading', recordKey: key, view };
  return { ok: true, status: 'unreadable', recordKey: key, view, reason: reading.reason, notRead: reading.notRead };
}

async function withView<R>(
  c: Context,
  key: string | undefined,
  respond: (view: RecordView) => R,
): Promise<R | Failure> {
  const view = key ? await c.view(key) : null;
  return view ? respond(view) : failure('not-found', NOT_STORED);
}
