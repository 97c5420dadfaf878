import type { onMessage as OnMessage } from '../messaging/messenger';
import { choosePeriod } from './choose-period';
import { openPage } from './open-page';

/** Answers the panel's settings messages (period switch, options and team pages); returns a function that stops. */
export function registerSettingsMessages(onMessage: typeof OnMessage): () => void {
  const stops = [
    onMessage('openPage', ({ data }) => openPage(data)),
    onMessage('choosePeriod', ({ data }) => choosePeriod(data)),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
