import { CHANNEL_ARTICLE } from '../../components/channels';
import type { LogRequest } from '../../components/panel-state';
import type { Channel } from '../schema/activity';

/** A log as sent: the click's touch, on its record, with the click's own id and time. */
export type SentLog = LogRequest & { recordKey: string; logId: string; timestamp: string };

/**
 * How long after the panel last heard of an unconfirmed log (sent it, or said it could not confirm
 * it) a click of the same touch still retries it. A rep who reads the notice and clicks again does
 * so within minutes, and 10 minutes also covers a background busy for a while (a team import);
 * a real second call to the same record that soon is rare (and two within 2 minutes are one call
 * by duplicate rule 3 anyway). Without a limit, a call made an hour later was stored as the first.
 */
export const RETRY_WINDOW_MS = 10 * 60_000;

/** A log sent and not settled: the sends of it still awaited, and until when a click retries it. */
interface Pending {
  log: SentLog;
  inFlight: number;
  until: number;
}

/**
 * The logs this tab sent and heard nothing back about: the background may have stored them. A
 * click that logs the same touch on the same record within RETRY_WINDOW_MS is a retry of that
 * click, not a second touch: it sends the click's id and time again, and the background stores the
 * click once however late the retry comes (lib/db/logged-again.ts). Duplicate rule 3's 2 minutes
 * cannot tell a retry from a second call; that the panel said it could not confirm the first can.
 * A log is forgotten once the background answers it (stored or refused), once every send of it
 * failed (the channel broke: no answer will come), and once its window has passed: the next click
 * is then a new touch at its own time. `now` is the caller's clock, so tests set the time.
 */
export function createUnconfirmedLogs(newId: () => string = () => crypto.randomUUID()) {
  const pending = new Map<string, Pending>();
  const entryOf = (log: SentLog) => [...pending].find(([, open]) => open.log.logId === log.logId);
  return {
    /** The log to send for a click at `now`: an unconfirmed one of the same touch still open, else a new one. */
    send(recordKey: string, touch: LogRequest, now: Date): SentLog {
      const same = sameTouch(recordKey, touch);
      const open = pending.get(same);
      const retry = open && now.getTime() <= open.until ? open : undefined;
      const log = retry?.log ?? {
        ...touch,
        recordKey,
        timestamp: touch.timestamp ?? now.toISOString(),
        logId: newId(),
      };
      pending.set(same, { log, inFlight: (retry?.inFlight ?? 0) + 1, until: now.getTime() + RETRY_WINDOW_MS });
      return log;
    },
    /** The panel said at `now` that it could not confirm `log`: a click within the window from now retries it. */
    unanswered(log: SentLog, now: Date): void {
      const entry = entryOf(log);
      if (entry) entry[1].until = now.getTime() + RETRY_WINDOW_MS;
    },
    /** The background answered `log` (or a retry of it): a click now is a new touch. */
    answered(log: SentLog): void {
      const entry = entryOf(log);
      if (entry) pending.delete(entry[0]);
    },
    /**
     * A send of `log` failed after the panel stopped waiting for it: true when it was the last one
     * awaited, and the log is forgotten (no answer will come to settle it).
     */
    failed(log: SentLog): boolean {
      const entry = entryOf(log);
      if (!entry) return false;
      entry[1].inFlight -= 1;
      if (entry[1].inFlight > 0) return false;
      pending.delete(entry[0]);
      return true;
    },
  };
}

/** What the panel says when the background did not answer a log in time (`message` says so). */
export function unconfirmedNotice(message: string, channel: Channel): string {
  return `${message} The touch may have been logged: it is counted here once the background answers. Log ${CHANNEL_ARTICLE[channel]} again within ${RETRY_WINDOW_MS / 60_000} minutes to retry it: it is never counted twice.`;
}

/** What the panel says when the message of a log it could not confirm broke: no answer will come. */
export const UNCONFIRMED_LOST =
  'Touchline’s background stopped before it answered: the touch may have been logged. Reload the page to see whether it was before you log it again.';

/** One key per touch a click asks for: its record and every field the request gives. */
function sameTouch(recordKey: string, touch: LogRequest): string {
  const fields = Object.entries(touch).filter(([, value]) => value !== undefined);
  return JSON.stringify([recordKey, fields.sort(([a], [b]) => a.localeCompare(b))]);
}
