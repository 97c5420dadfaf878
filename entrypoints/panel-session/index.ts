import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startTouchline } from '../../lib/content/start-touchline';

/**
 * Everything a record page runs after the idle wait but the reading and the full panel: the
 * record session, the watcher, the first-numbers shell, the layout, the messenger. A script of
 * its own so that no single script's compile and evaluation takes longer than a frame (issue 11).
 */
export default defineUnlistedScript(() => {
  globalThis.touchlinePanelSession = { start: startTouchline };
});
