import type { NotRead } from '../lib/schema/read-result';

/** The figures' reason when the timeline was not read: a number there would be a guess. */
export const ACTIVITIES_NOT_READ = 'activities-not-read';

/** Adapters name a record's fields with or without `record.` ("contacts", "record.contacts"). */
function reasonFor(notRead: readonly NotRead[], field: string): string | undefined {
  return notRead.find((item) => item.field === field || item.field === `record.${field}`)?.reason;
}

/** Why this page's activity timeline was not read (or not all of it), when it was not. */
export function timelineNotRead(notRead: readonly NotRead[]): string | undefined {
  return reasonFor(notRead, 'activities');
}

/** Why a deal page's associated contacts were not read (or not all of them), when they were not. */
export function contactsNotRead(notRead: readonly NotRead[]): string | undefined {
  return reasonFor(notRead, 'contacts');
}

/** Why a deal page's stage history was not read (or was cut short), when it was not. */
export function stageHistoryNotRead(notRead: readonly NotRead[]): string | undefined {
  return reasonFor(notRead, 'stageHistory');
}

/** One part of one timeline item the page did not let Touchline read: `activities[2].type`. */
export interface ItemNotRead {
  /** 0-based position on the page; absent when the adapter names the part only (`activities.type`). */
  index?: number;
  /** The item's part: `type`, `direction`, `outcome`, `timestamp` … */
  part: string;
  reason: string;
}

const ITEM_FIELD = /^(?:record\.)?activities(?:\[(\d+)\])?\.(\w+)$/;

/** The timeline items read only in part (`activities[i].type|direction|outcome…`), in page order. */
export function itemsNotRead(notRead: readonly NotRead[]): ItemNotRead[] {
  return notRead.flatMap((item) => {
    const match = ITEM_FIELD.exec(item.field);
    if (!match) return [];
    const [, index, part = ''] = match;
    return [{ ...(index === undefined ? {} : { index: Number(index) }), part, reason: item.reason }];
  });
}

/** Items whose type was not read: adapters count them as no touch, so one may be a missed touch. */
export function typesNotRead(notRead: readonly NotRead[]): ItemNotRead[] {
  return itemsNotRead(notRead).filter((item) => item.part === 'type');
}
