import { calendarNamesNow } from '../locale/calendar-names';
import type { onMessage as OnMessage } from '../messaging/messenger';
import { saveTestPage } from './capture';
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
    onMessage('eraseRecord', ({ data }) => service.eraseRecord(data)),
    onMessage('saveTestPage', ({ data, sender }) => saveTestPage(data, sender.tab?.id)),
    onMessage('calendarNames', () => ({ ok: true, names: calendarNamesNow() })),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
