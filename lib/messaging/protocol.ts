// zod/mini: the background and extension pages validate with these; the content script imports only their types.
import * as z from 'zod/mini';
import type { testPageSchema } from '../capture/test-page';
import type { CalendarNames } from '../locale/calendar-names';
import {
  activitySchema,
  channelSchema,
  directionSchema,
  isoTimestampSchema,
  nonEmptyString,
  outcomeSchema,
} from '../schema/activity';
import { notReadSchema, readResultSchema } from '../schema/read-result';
import { recordViewSchema } from '../schema/view-model';
import type { SettingsProtocol } from '../settings/page-messages';
import { setAsideInvalidActivities } from './arriving-reading';
import { outcomeFits } from './channel-outcomes';

export { CHANNEL_OUTCOMES, outcomeFits } from './channel-outcomes';

const outcomeMismatch = {
  message: 'this outcome does not fit the channel: only calls and meetings have outcomes',
  path: ['outcome'],
};

const logIdWithoutTime = {
  message: 'a log with a click id names the click’s time, so that a retry of it is the same touch',
  path: ['timestamp'],
};

const touchFields = {
  channel: channelSchema,
  /** Defaults to now. */
  timestamp: z.optional(isoTimestampSchema),
  /** Defaults to outbound. */
  direction: z.optional(directionSchema),
  outcome: z.optional(outcomeSchema),
  note: z.optional(z.string().check(z.maxLength(5000))),
};

export const logTouchRequestSchema = z
  .object({
    /** The contact or deal the touch is logged on. */
    recordKey: nonEmptyString,
    ...touchFields,
    /** On a deal: which of its contacts the touch was with. The touch belongs to the deal either way. */
    contactKey: z.optional(nonEmptyString),
    /**
     * The click's own id, sent with the click's `timestamp`: a retry of a log the panel could not
     * confirm sends both again, and the click is stored once however late (lib/db/logged-again.ts).
     */
    logId: z.optional(z.uuid()),
  })
  .check(z.refine((input) => outcomeFits(input.channel, input.outcome), outcomeMismatch))
  .check(z.refine((input) => input.logId === undefined || input.timestamp !== undefined, logIdWithoutTime));
export type LogTouchRequest = z.infer<typeof logTouchRequestSchema>;

export const touchChangesSchema = z.partial(z.object(touchFields));
export type TouchChanges = z.infer<typeof touchChangesSchema>;

export const updateLoggedTouchRequestSchema = z.object({ key: nonEmptyString, changes: touchChangesSchema });
export type UpdateLoggedTouchRequest = z.infer<typeof updateLoggedTouchRequestSchema>;

/**
 * A logged touch taken back. `wholeTouch`: "Remove" on its Recent row, which lists the logged
 * touches that are one touch (a call logged on a contact and on her deal) as one: all of them go.
 * Without it (the Undo offer right after logging) only the touch just logged goes.
 */
export const touchKeyRequestSchema = z.object({ key: nonEmptyString, wholeTouch: z.optional(z.boolean()) });
export const getViewRequestSchema = z.object({ recordKey: nonEmptyString });
export const listLoggedTouchesRequestSchema = z.optional(z.object({}));
/** With `dryRun`, only counts what would go (for the confirmation). */
export const eraseRecordRequestSchema = z.object({ recordKey: nonEmptyString, dryRun: z.optional(z.boolean()) });

export const errorKindSchema = z.enum(['invalid', 'storage', 'not-found']);
export const failureSchema = z.object({
  ok: z.literal(false),
  error: z.object({ kind: errorKindSchema, message: z.string() }),
});
export type Failure = z.infer<typeof failureSchema>;

function answer<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), ...shape }), failureSchema]);
}

/**
 * What the panel shows after a reading: the record's view when it was read; for a page still
 * loading or unreadable, the view of what Touchline already has (null when nothing), and why.
 */
export const readingResponseSchema = z.discriminatedUnion('ok', [
  z.discriminatedUnion('status', [
    z.object({ ok: z.literal(true), status: z.literal('read'), recordKey: z.string(), view: recordViewSchema }),
    z.object({
      ok: z.literal(true),
      status: z.literal('loading'),
      recordKey: z.string(),
      view: z.nullable(recordViewSchema),
    }),
    z.object({
      ok: z.literal(true),
      status: z.literal('unreadable'),
      recordKey: z.string(),
      view: z.nullable(recordViewSchema),
      reason: z.string(),
      notRead: z.array(notReadSchema),
    }),
  ]),
  failureSchema,
]);
export type ReadingResponse = z.infer<typeof readingResponseSchema>;

export const viewResponseSchema = answer({ view: recordViewSchema });
export type ViewResponse = z.infer<typeof viewResponseSchema>;

/** A logged touch changed: the touch and the refreshed view of the record it was logged on. */
export const touchResponseSchema = answer({ touch: activitySchema, view: recordViewSchema });
export type TouchResponse = z.infer<typeof touchResponseSchema>;

export const loggedTouchesResponseSchema = answer({ touches: z.array(activitySchema) });
export type LoggedTouchesResponse = z.infer<typeof loggedTouchesResponseSchema>;

/** A record was erased (its own activities and logged touches with it): how much went. */
const erasedCount = z.int().check(z.nonnegative());
export const erasedResponseSchema = answer({
  erased: z.object({ contacts: erasedCount, deals: erasedCount, activities: erasedCount, logged: erasedCount }),
});
export type ErasedResponse = z.infer<typeof erasedResponseSchema>;

/** Messages the background answers. Request types are what senders type-check against; the background parses every request anyway. */
export interface BackgroundProtocol {
  readingSaved(data: z.input<typeof readResultSchema>): ReadingResponse;
  getView(data: z.input<typeof getViewRequestSchema>): ViewResponse;
  logTouch(data: z.input<typeof logTouchRequestSchema>): TouchResponse;
  updateLoggedTouch(data: z.input<typeof updateLoggedTouchRequestSchema>): TouchResponse;
  undoLoggedTouch(data: z.input<typeof touchKeyRequestSchema>): ViewResponse;
  listLoggedTouches(data?: z.input<typeof listLoggedTouchesRequestSchema>): LoggedTouchesResponse;
  eraseRecord(data: z.input<typeof eraseRecordRequestSchema>): ErasedResponse;
}

/** A masked test page was handed over: the extension page that saves it is opening. */
export const testPageResponseSchema = answer({});
export type TestPageResponse = z.infer<typeof testPageResponseSchema>;

/**
 * Messages the background answers apart from the cache service: saving a test page goes
 * through an extension page (decisions.md: blob downloads from content scripts fail in Firefox).
 */
export interface CaptureProtocol {
  saveTestPage(data: z.input<typeof testPageSchema>): TestPageResponse;
}

/** The month and weekday names of every language as this browser's Intl prints them (lib/locale/calendar-names.ts). */
export interface LocaleProtocol {
  calendarNames(): { ok: true; names: CalendarNames };
}

/** Messages the background sends to a tab's content script. */
export interface TabProtocol {
  /** The keyboard shortcut: collapse or expand the panel. */
  togglePanel(): void;
}

export interface ProtocolMap
  extends BackgroundProtocol,
    TabProtocol,
    CaptureProtocol,
    LocaleProtocol,
    SettingsProtocol {}

export type MessageName = keyof BackgroundProtocol;

/** Each message's request schema, for validation on arrival. */
export const REQUEST_SCHEMAS = {
  readingSaved: z.pipe(z.transform(setAsideInvalidActivities), readResultSchema),
  getView: getViewRequestSchema,
  logTouch: logTouchRequestSchema,
  updateLoggedTouch: updateLoggedTouchRequestSchema,
  undoLoggedTouch: touchKeyRequestSchema,
  listLoggedTouches: listLoggedTouchesRequestSchema,
  eraseRecord: eraseRecordRequestSchema,
} satisfies Record<MessageName, z.ZodMiniType>;
