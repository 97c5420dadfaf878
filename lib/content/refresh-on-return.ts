import type { PanelStore } from './panel-store';
import { refreshView } from './settings-changes';

/**
 * When the tab is shown again, the background computes the shown record's view afresh: a touch
 * logged on the same record in another tab counts here too, and "days since" follow the clock.
 * Returns a function that stops.
 */
export function refreshOnReturn(store: PanelStore): () => void {
  const onVisibility = () => {
    if (!document.hidden) void refreshView(store);
  };
  document.addEventListener('visibilitychange', onVisibility);
  return () => document.removeEventListener('visibilitychange', onVisibility);
}
