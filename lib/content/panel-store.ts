import type { LoggedOffer, PanelState } from '../../components/panel-state';
import type { TestPageState } from '../../components/TestPageOffer';
import type { NotRead } from '../schema/read-result';
import type { Layout } from './layout-choice';

export interface PanelModel {
  state: PanelState;
  collapsed: boolean;
  /** Over the page or beside it (lib/content/layout-apply.ts); absent means overlay. */
  layout?: Layout;
  /** Set for a few seconds after a touch is logged. */
  undo: LoggedOffer | null;
  /** A problem with the user's last action, shown beside the numbers it did not change. */
  notice: string | null;
  /** What the last reading of the shown record could not read (the panel offers a test page). */
  notRead?: NotRead[];
  /** Saving a test page of the shown record. */
  testPage?: TestPageState;
  /** The shown record was erased from the menu: what went (the page is not read again until asked). */
  erased?: { recordKey: string; message: string } | null;
}

/** The panel's state, owned by the content script; the Preact tree only renders it. */
export function createPanelStore(initial: PanelModel) {
  let model = initial;
  const listeners = new Set<(model: PanelModel) => void>();
  return {
    get: () => model,
    update(patch: Partial<PanelModel>) {
      model = { ...model, ...patch };
      for (const listener of listeners) listener(model);
    },
    subscribe(listener: (model: PanelModel) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type PanelStore = ReturnType<typeof createPanelStore>;
