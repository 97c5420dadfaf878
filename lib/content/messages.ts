import { sendMessage } from '../messaging/messenger';
import {
  loggedTouchesResponseSchema,
  type MessageName,
  type ProtocolMap,
  readingResponseSchema,
  touchResponseSchema,
  viewResponseSchema,
} from '../messaging/protocol';

const RESPONSE_SCHEMAS = {
  readingSaved: readingResponseSchema,
  getView: viewResponseSchema,
  logTouch: touchResponseSchema,
  updateLoggedTouch: touchResponseSchema,
  undoLoggedTouch: viewResponseSchema,
  listLoggedTouches: loggedTouchesResponseSchema,
};

const DISCONNECTED =
  'Touchline lost contact with its background (the extension was updated or reloaded). Reload the page to continue.';

const MALFORMED = 'Touchline received an answer it does not understand. Reload the page; if it persists, report it.';

/**
 * Sends one message to the background and validates the answer on arrival. A broken channel
 * (extension reloaded, worker failing to start) or a malformed answer becomes a typed failure.
 */
export async function ask<Name extends MessageName>(
  name: Name,
  data: Parameters<ProtocolMap[Name]>[0],
): Promise<ReturnType<ProtocolMap[Name]> | { ok: false; error: { kind: 'storage'; message: string } }> {
  try {
    const parsed = RESPONSE_SCHEMAS[name].safeParse(await sendMessage(name, data as never));
    if (parsed.success) return parsed.data as ReturnType<ProtocolMap[Name]>;
    console.warn('Touchline: malformed answer', name, parsed.error.issues);
    return { ok: false, error: { kind: 'storage', message: MALFORMED } };
  } catch (error) {
    console.warn('Touchline: message failed', name, error);
    return { ok: false, error: { kind: 'storage', message: DISCONNECTED } };
  }
}
