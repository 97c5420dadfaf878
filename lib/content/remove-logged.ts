import type { ViewResponse } from '../messaging/protocol';
import type { RecordView } from '../schema/view-model';
import { type AskFailure, type AskOptions, ask } from './messages';

export interface RemoveLoggedDeps {
  answers: AskOptions;
  /** The record the panel shows now, or null off a record page. */
  shown(): string | null;
  showView(view: RecordView): void;
  /** A failed removal leaves the numbers in place and says why beside them. */
  notify(message: string): void;
  /** The touch is gone: the session stops offering an undo or details for it. */
  forget(key: string): void;
  /** The panel's words for this way of taking a touch back: Undo's or Remove's. */
  words: RemovalWords;
  /** Remove takes the whole touch its Recent row lists (every log of it), Undo the log just made. */
  wholeTouch: boolean;
}

export interface RemovalWords {
  /** Starts the notice when the touch stays: "Not removed". */
  notDone: string;
  /** Starts the notice when it went but the numbers could not be read again: "Removed". */
  done: string;
}

export const REMOVED: RemovalWords = { notDone: 'Not removed', done: 'Removed' };
export const UNDONE: RemovalWords = { notDone: 'Not undone', done: 'Undone' };

/**
 * Takes back a touch logged in Touchline: the panel's Undo soon after logging it, and "Remove" on
 * its row of the Recent list whenever it was logged (the background's undo of a logged touch,
 * lib/db/logged-touch-changes.ts, has no time limit). Resolves to whether the touch is gone, so the
 * row or the undo offer stays, to try again, when it is not.
 */
export function removeLoggedTouches(deps: RemoveLoggedDeps): (key: string) => Promise<boolean> {
  return async (key) => {
    const on = deps.shown();
    if (!on) return false;
    // A removal (or undo) the background did after the panel stopped waiting is done: its late answer is
    // taken, as a late undo's is, or the panel went on counting a touch that is gone.
    const response = await ask('undoLoggedTouch', deps.wholeTouch ? { key, wholeTouch: true } : { key }, {
      ...deps.answers,
      lateAnswer: (late) => void answered(deps, on, key, late),
    });
    return answered(deps, on, key, response);
  };
}

async function answered(
  deps: RemoveLoggedDeps,
  on: string,
  key: string,
  response: ViewResponse | AskFailure,
): Promise<boolean> {
  // No such touch: an Undo, another tab or an erase took it already; the record is shown as it is now.
  if (!response.ok && response.error.kind !== 'not-found') {
    if (on === deps.shown()) deps.notify(`${deps.words.notDone}: ${response.error.message}`);
    return false;
  }
  deps.forget(key);
  if (on !== deps.shown()) return true;
  // The background answers with the record the touch was logged on: a touch logged on a deal with
  // this contact, removed on the contact's page, answers with the deal's view.
  if (response.ok && response.view.recordKey === on) {
    deps.showView(response.view);
    return true;
  }
  const again = await ask('getView', { recordKey: on }, deps.answers);
  if (again.ok) deps.showView(again.view);
  else if (on === deps.shown())
    deps.notify(`${deps.words.done}, but the numbers could not be read again: ${again.error.message}`);
  return true;
}
