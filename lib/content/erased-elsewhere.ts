import type { RecordView } from '../schema/view-model';
import type { PanelStore } from './panel-store';

/**
 * The shown record is no longer stored: it was erased in another tab's panel or on the options
 * page. The panel says so as after an erase here (components/ErasedNotice.tsx in place of the
 * numbers, whose data is gone), and the page is read again only when the user asks (decisions.md).
 * An erase here already said what went: that stays.
 */
export function showErasedElsewhere(store: PanelStore, view: RecordView): void {
  if (store.get().erased?.recordKey === view.recordKey) return;
  store.update({
    erased: {
      recordKey: view.recordKey,
      message: `${view.name} was erased from Touchline, in another tab or on the options page.`,
    },
    undo: null,
  });
}

/**
 * Stops reading and watching the page (`pause`, the record session's) as soon as the panel shows
 * its record erased, however it was: otherwise the next change on the page would store the record
 * again. Returns a function that stops.
 */
export function pauseWhenErased(store: PanelStore, pause: () => void): () => void {
  let erased = store.get().erased;
  return store.subscribe((model) => {
    const was = erased;
    erased = model.erased;
    if (erased && erased !== was) pause();
  });
}
