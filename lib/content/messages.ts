import { sendToBackground } from '../messaging/content-messenger';
import type { ProtocolMap } from '../messaging/protocol';

/** Every message the content script sends to the background. */
type AskName = Exclude<keyof ProtocolMap, 'togglePanel'>;

const DISCONNECTED =
  'Touchline lost contact with its background (the extension was updated or reloaded). Reload the page to continue.';

/** Waits between attempts while the background service worker starts (it sleeps when idle). */
const RETRY_DELAYS_MS = [150, 400, 1000, 2000];

/**
 * How long a message waits for the background's answer: a handler stuck on a blocked database
 * never answers, and the panel must not wait on it forever (README: never an endless skeleton).
 */
export const ANSWER_WITHIN_MS = 20_000;

const noAnswer = (ms: number) =>
  `Touchline’s background did not answer within ${Math.round(ms / 1000)} seconds (it may be busy or stuck).`;

export interface AskOptions {
  /** How long to wait for the answer before giving up with a failure that says so (kind `unanswered`). */
  answerWithinMs?: number;
}

/**
 * The channel broke before the message reached the background (`storage`: nothing was done), or
 * after it may have (`broken`: it may have acted, its worker stopped before answering), or the
 * background did not answer in time (`unanswered`: it may still act).
 */
export type AskFailure = { ok: false; error: { kind: 'storage' | 'broken' | 'unanswered'; message: string } };

/**
 * What the browser says when a message never reached the background: no receiver (the worker still
 * starting, retried below), or this content script's extension gone (reloaded or updated). Any
 * other break ("The message port closed before a response was received", no response at all)
 * comes after the background received the message.
 */
const NO_RECEIVER = /receiving end does not exist|could not establish connection/i;
const NEVER_SENT = /extension context invalidated/i;

/**
 * Sends one message to the background. The answer is trusted (issue 11): it comes from our own
 * background, its type is checked at compile time and its shape by the contract tests
 * (test/unit/background/messaging.test.ts), so the page pays for no schema library. A broken
 * channel (extension reloaded, worker failing to start, worker stopped before answering) or no
 * answer in time becomes a typed failure; an answer that comes after that is dropped, so it cannot
 * replace what was shown since, unless the caller takes it (`lateAnswer`: a write whose fate the
 * panel must learn); a channel that breaks after that is ignored unless the caller hears of it
 * (`lateFailure`: no answer will come).
 */
export async function ask<Name extends AskName>(
  name: Name,
  data: Parameters<ProtocolMap[Name]>[0],
  {
    answerWithinMs = ANSWER_WITHIN_MS,
    lateAnswer,
    lateFailure,
  }: AskOptions & { lateAnswer?(answer: ReturnType<ProtocolMap[Name]>): void; lateFailure?(): void } = {},
): Promise<ReturnType<ProtocolMap[Name]> | AskFailure> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const sent = sendWithRetry(name, data);
  const tooLate = new Promise<AskFailure>((resolve) => {
    timer = setTimeout(() => {
      if (lateAnswer || lateFailure) sent.then(lateAnswer, () => lateFailure?.());
      resolve({ ok: false, error: { kind: 'unanswered', message: noAnswer(answerWithinMs) } });
    }, answerWithinMs);
  });
  try {
    return await Promise.race([sent, tooLate]);
  } catch (error) {
    console.warn('Touchline: message failed', name, error);
    const arrived = !NO_RECEIVER.test(String(error)) && !NEVER_SENT.test(String(error));
    return { ok: false, error: { kind: arrived ? 'broken' : 'storage', message: DISCONNECTED } };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * "Receiving end does not exist" while the worker is still starting is transient: retry a few
 * times. Every message is idempotent (keyed writes) except logging, which is only retried when
 * the message never arrived.
 */
async function sendWithRetry<Name extends AskName>(name: Name, data: Parameters<ProtocolMap[Name]>[0]) {
  for (const delay of RETRY_DELAYS_MS) {
    try {
      return await sendToBackground(name, data);
    } catch (error) {
      if (!NO_RECEIVER.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return sendToBackground(name, data);
}
