import { ownerOf } from '../db/same-day-row';
import type { Activity } from '../schema/activity';
import { sameRecord } from './duplicate-rules';
import { mergedActivity } from './merge-duplicates';

interface Copy {
  activity: Activity;
  /** The record whose page showed it. */
  page: string;
}

/**
 * Undated touches without a CRM id, once each (metrics.md: duplicates are merged before any count).
 * Each page stores its own row of an item (the key hashes the page's record: lib/keys.ts), so one
 * email shown on a contact's page and on its deal's timeline is two rows, which duplicate rule 3
 * cannot compare without a date. One page never lists one touch twice, so its rows are that many
 * touches, and another page's copies of the same kind are some of them: copies with the same CRM
 * account, type, direction and title, on the same record (sameRecord), are as many touches as the
 * page showing most of them shows (two on the contact's page and one on the deal's: two), unless
 * both print a date text and the texts differ. A copy joins a touch no copy of its page is in yet,
 * preferring one printed with its date text. A row's
 * page is the record it was read on (ownerOf: its deal, else its contact); rows under one key are
 * one row read twice. Each touch keeps the most informative fields of its copies (mergedActivity):
 * `automated` if any copy is, every contact named.
 */
export function undatedOnceAcrossPages(activities: readonly Activity[], scopeKey?: string): Activity[] {
  const byShape = new Map<string, Copy[][]>();
  const touches: Copy[][] = [];
  for (const copy of inPageOrder(activities)) {
    const shape = JSON.stringify([
      copy.activity.crm,
      copy.activity.tenant,
      copy.activity.type,
      copy.activity.direction,
      copy.activity.title,
    ]);
    const candidates = byShape.get(shape) ?? [];
    byShape.set(shape, candidates);
    const open = candidates.filter((touch) =>
      touch.every(
        (other) =>
          other.page !== copy.page &&
          sameRecord(other.activity, copy.activity, scopeKey) &&
          sameDateText(other.activity, copy.activity),
      ),
    );
    const touch = open.find((t) => t.some((other) => other.activity.dateText === copy.activity.dateText)) ?? open[0];
    if (touch) touch.push(copy);
    else {
      const started = [copy];
      touches.push(started);
      candidates.push(started);
    }
  }
  return touches.map((touch) => mergedActivity(touch.map((copy) => copy.activity)));
}

/** One CRM prints one item's date alike on its pages: two date texts both given and different are two items. */
function sameDateText(a: Activity, b: Activity): boolean {
  return !a.dateText || !b.dateText || a.dateText === b.dateText;
}

/** Each row once (by key), by page, then key: the same touches whatever order the rows came in. */
function inPageOrder(activities: readonly Activity[]): Copy[] {
  const byKey = new Map<string, Activity>();
  for (const activity of activities) {
    const seen = byKey.get(activity.key);
    byKey.set(activity.key, seen ? { ...seen, automated: seen.automated || activity.automated } : activity);
  }
  return [...byKey.values()]
    .map((activity) => ({ activity, page: ownerOf(activity) ?? activity.key }))
    .sort((a, b) => compare(a.page, b.page) || compare(a.activity.key, b.activity.key));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
