import type { onMessage as OnMessage } from '../messaging/messenger';
import type { Service } from './service';

/** Answers every message with the service; returns a function that stops listening. */
export function registerService(onMessage: typeof OnMessage, service: Service): () => void {
  const stops = [
    onMessage('readingSaved', ({ data }) => service.readingSaved(data)),
    onMessage('getView', ({ data }) => service.getView(data)),
    onMessage('logTouch', ({ data }) => service.logTouch(data)),
    onMessage('updateLoggedTouch', ({ data }) => service.updateLoggedTouch(data)),
    onMessage('undoLoggedTouch', ({ data }) => service.undoLoggedTouch(data)),
    onMessage('listLoggedTouches', ({ data }) => service.listLoggedTouches(data)),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
