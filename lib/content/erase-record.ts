import type { ErasedResponse } from '../messaging/protocol';
import { ask } from './messages';
import type { PanelStore } from './panel-store';

/** What the content script's record session lets an erase do. */
export interface ErasableSession {
  /** Stops reading and watching the page until readAgain; returns whether the panel still shows its record. */
  pause(): () => boolean;
  readAgain(): void;
}

type Confirm = (message: string) => boolean;

/**
 * "Erase this record" from the panel's menu: asks first, saying what will go (the browser's own
 * dialog, keyboard-usable and modal), stops reading the page so nothing is stored again, erases
 * through the background, then says what went. The page is read again only when the user asks (decisions.md).
 */
export async function eraseShownRecord(store: PanelStore, session: ErasableSession, confirm: Confirm = window.confirm) {
  const { state } = store.get();
  if (state.status !== 'ready') return;
  const { recordKey, name } = state.view;
  const planned = await ask('eraseRecord', { recordKey, dryRun: true });
  if (!planned.ok) {
    store.update({ notice: `Not erased: ${planned.error.message}` });
    return;
  }
  const question = `Erase ${name} from Touchline? This removes ${summary(planned.erased)} from this browser, and cannot be undone.`;
  if (!confirm(question)) return;
  const stillShown = session.pause();
  const response = await ask('eraseRecord', { recordKey });
  // The rep opened another record meanwhile: its panel is that record's, read as usual.
  const shown = stillShown();
  if (!response.ok) {
    if (shown) session.readAgain();
    store.update({ notice: `${shown ? 'Not erased' : `${name} not erased`}: ${response.error.message}` });
    return;
  }
  if (shown)
    store.update({ erased: { recordKey, message: `Erased ${name}: ${summary(response.erased)}.` }, undo: null });
}

/** "1 contact, 42 activities and 1 touch logged in Touchline". */
function summary(erased: Extract<ErasedResponse, { ok: true }>['erased']): string {
  const part = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    erased.contacts > 0 ? part(erased.contacts, 'contact', 'contacts') : '',
    erased.deals > 0 ? part(erased.deals, 'deal', 'deals') : '',
    part(erased.activities, 'activity', 'activities'),
    part(erased.logged, 'touch logged in Touchline', 'touches logged in Touchline'),
  ].filter(Boolean);
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
