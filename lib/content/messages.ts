import { sendMessage } from '../messaging/messenger';
import {
  type CaptureProtocol,
  loggedTouchesResponseSchema,
  type MessageName,
  type ProtocolMap,
  readingResponseSchema,
  testPageResponseSchema,
  touchResponseSchema,
  viewResponseSchema,
} from '../messaging/protocol';

/** Every message the content script sends to the background. */
type AskName = MessageName | keyof CaptureProtocol;

const RESPONSE_SCHEMAS = {
  readingSaved: readingResponseSchema,
  getView: viewResponseSchema,
  logTouch: touchResponseSchema,
  updateLoggedTouch: touchResponseSchema,
  undoLoggedTouch: viewResponseSchema,
  listLoggedTouches: loggedTouchesResponseSchema,
  saveTestPage: testPageResponseSchema,
};

const DISCONNECTED =
  'Touchline lost contact with its background (the extension was updated or reloaded). Reload the page to continue.';

const MALFORMED = 'Touchline received an answer it does not understand. Reload the page; if it persists, report it.';

/** Waits between attempts while the background service worker starts (it sleeps when idle). */
const RETRY_DELAYS_MS = [150, 400, 1000, 2000];

/**
 * Sends one message to the background and validates the answer on arrival. A broken channel
 * (extension reloaded, worker failing to start) or a malformed answer becomes a typed failure.
 */
export async function ask<Name extends AskName>(
  name: Name,
  data: Parameters<ProtocolMap[Name]>[0],
): Promise<ReturnType<ProtocolMap[Name]> | { ok: false; error: { kind: 'storage'; message: string } }> {
  try {
    const parsed = RESPONSE_SCHEMAS[name].safeParse(await sendWithRetry(name, data));
    if (parsed.success) return parsed.data as ReturnType<ProtocolMap[Name]>;
    console.warn('Touchline: malformed answer', name, parsed.error.issues);
    return { ok: false, error: { kind: 'storage', message: MALFORMED } };
  } catch (error) {
    console.warn('Touchline: message failed', name, error);
    return { ok: false, error: { kind: 'storage', message: DISCONNECTED } };
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
      return await sendMessage(name, data as never);
    } catch (error) {
      if (!/receiving end does not exist|could not establish connection/i.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return sendMessage(name, data as never);
}
