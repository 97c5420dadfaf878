import type { IDBPTransaction } from 'idb';
import type { UndoneTouch } from '../schema/undone-touch';
import type { StoreName, TouchlineSchema } from './schema';

/**
 * An undo mark as stored: the mark (undone-touch.ts) and, once the record the touch was logged on
 * is folded into another (fold-person.ts), the record that holds the person now. An export writes
 * the field as stored, an import reads the mark without it (undone-touch.ts knows no such field):
 * only this cache uses it, a restored mark of a stored one keeps the stored one's (write-rows.ts).
 */
export type StoredUndoMark = UndoneTouch & { foldedInto?: string };

type MarksTx = IDBPTransaction<TouchlineSchema, StoreName[], 'readwrite'>;

/*
 * One rule: a logged touch keeps its key for life (touchline:<record it was logged on>:…), also
 * when that record is folded into another, since the key is what finds its copies in older backups
 * and other browsers; its undo mark is found by the same key (merge-after-import.ts), so the fold
 * moves neither. A re-keyed mark would no longer stop an older backup bringing the touch back, nor
 * carry the undo to a browser that still holds the touch. The fold notes on the marks the record
 * they are erased with now; erase takes the record's key range and the marks noted as its.
 */

/**
 * Notes on the undo marks of touches logged on `from` (and of records folded into it before) that
 * they are `to`'s now. Reads every mark: there is one per undo click, and a fold is rare.
 */
export async function foldUndoMarks(tx: MarksTx, from: string, to: string): Promise<void> {
  const store = tx.objectStore('undoneTouches');
  const marks = await store.getAll();
  await Promise.all(
    marks
      .filter((mark) => mark.foldedInto === from || (!mark.foldedInto && mark.key.startsWith(rangeStart(from))))
      .map((mark) => store.put({ ...mark, foldedInto: to })),
  );
}

/** Deletes the undo marks of touches logged on a record, and of the records folded into it. */
export async function deleteUndoMarksOf(tx: MarksTx, recordKey: string): Promise<void> {
  const store = tx.objectStore('undoneTouches');
  const folded = (await store.getAll()).filter((mark) => mark.foldedInto === recordKey);
  await Promise.all([
    store.delete(IDBKeyRange.bound(rangeStart(recordKey), `${rangeStart(recordKey)}\uffff`)),
    ...folded.map((mark) => store.delete(mark.key)),
  ]);
}

/** Where the keys of touches logged on a record begin (lib/keys.ts loggedTouchKey). */
function rangeStart(recordKey: string): string {
  return `touchline:${recordKey}:`;
}
