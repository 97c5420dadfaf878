import type { DBSchema, IDBPDatabase } from 'idb';
import type { Activity } from '../schema/activity';
import type { ActivityPack, PackKey } from '../schema/activity-pack';
import type { Contact, Deal } from '../schema/record';
import type { StoredUndoMark } from './folded-undo-marks';
import type { StageSummary } from './stage-summary-schema';

/** The version `openTouchlineDb` upgrades to; each version has one migration in migrations.ts. */
export const DB_VERSION = 14;

export const STORE_NAMES = [
  'contacts',
  'deals',
  'activities',
  'stageSummaries',
  'activityPacks',
  'undoneTouches',
  'undatedActivities',
] as const;
export type StoreName = (typeof STORE_NAMES)[number];

/**
 * Values are typed as the schemas say, but every row read back is parsed again with zod
 * (rows.ts): a row written by an older version, or damaged, must not crash a read.
 */
export interface TouchlineSchema extends DBSchema {
  contacts: {
    key: string;
    value: Contact;
    indexes: { byTenant: [string, string] };
  };
  deals: {
    key: string;
    value: Deal;
    indexes: { byTenant: [string, string] };
  };
  activities: {
    key: string;
    value: Activity;
    indexes: {
      /** multiEntry on contactKeys: one index entry per contact the activity was with. */
      byContact: string;
      /** multiEntry on dealKeys. */
      byDeal: string;
      byOwner: string;
      byTimestamp: string;
      /** Manager views: one rep's activities in a time range. */
      byOwnerTime: [string, string];
      /** Version 2: logged touches for export without scanning every activity. */
      byOrigin: string;
    };
  };
  /**
   * Version 4: per CRM account, pipeline and stage, what the deals' histories add up to
   * (stage-summary-store.ts); version 10 rebuilds them with `reached`, the stages deals went on to;
   * version 11 with `beganLate`, `closedWon` and `closedLost`.
   */
  stageSummaries: {
    key: string;
    value: StageSummary;
    indexes: { byPipeline: string };
  };
  /**
   * Version 5: per owner, CRM account and UTC day, that owner's dated activities (activity-packs.ts);
   * version 6 adds those without an owner, under NO_OWNER; version 9 rebuilds every pack, whose
   * entries now carry `relativeTime` and `firstSeenAt`.
   */
  activityPacks: {
    key: PackKey;
    value: ActivityPack;
    indexes: { byTenant: [string, string]; byStale: number };
  };
  /** Keys of undone logged touches, so an older backup does not bring them back (undone-touch.ts). */
  undoneTouches: {
    key: string;
    value: StoredUndoMark;
  };
  /** Version 8: the keys of the activities stored without a timestamp (undated-keys.ts). */
  undatedActivities: {
    key: string;
    value: { key: string };
  };
}

export type TouchlineDb = IDBPDatabase<TouchlineSchema>;
