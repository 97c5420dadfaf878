import { CHANNEL_ARTICLE } from '../../components/channels';
import type { LogRequest } from '../../components/panel-state';
import type { Channel } from '../schema/activity';

/** A log as sent: the click's touch, on its record, with the click's own id and time. */
export type SentLog = LogRequest & { recordKey: string; logId: string; timestamp: string };

/**
 * The logs this tab sent and heard nothing back about: the background may have stored them. A
 * click that logs the same touch on the same record meanwhile is a retry of that click, not a
 * second touch: it sends the click's id and time again, and the background stores the click once
 * however long the rep waited (lib/db/logged-again.ts). Duplicate rule 3's 2 minutes cannot tell
 * a retry from a second call; that the panel said it could not confirm the first can. A log is
 * forgotten once the background answers it, stored or refused: the next click is a new touch.
 */
export function createUnconfirmedLogs(newId: () => string = () => crypto.randomUUID()) {
  const unconfirmed = new Map<string, SentLog>();
  return {
    /** The log to send for a click at `now`: an unconfirmed one of the same touch, else a new one. */
    send(recordKey: string, touch: LogRequest, now: Date): SentLog {
      const same = sameTouch(recordKey, touch);
      const sent = unconfirmed.get(same) ?? {
        ...touch,
        recordKey,
        timestamp: touch.timestamp ?? now.toISOString(),
        logId: newId(),
      };
      unconfirmed.set(same, sent);
      return sent;
    },
    /** The background answered `log` (or a retry of it): a click now is a new touch. */
    answered(log: SentLog): void {
      for (const [same, sent] of unconfirmed) if (sent.logId === log.logId) unconfirmed.delete(same);
    },
  };
}

/** What the panel says when the background did not answer a log in time (`message` says so). */
export function unconfirmedNotice(message: string, channel: Channel): string {
  return `${message} The touch may have been logged: it is counted here once the background answers. Log ${CHANNEL_ARTICLE[channel]} again to retry it: it is never counted twice.`;
}

/** One key per touch a click asks for: its record and every field the request gives. */
function sameTouch(recordKey: string, touch: LogRequest): string {
  const fields = Object.entries(touch).filter(([, value]) => value !== undefined);
  return JSON.stringify([recordKey, fields.sort(([a], [b]) => a.localeCompare(b))]);
}
