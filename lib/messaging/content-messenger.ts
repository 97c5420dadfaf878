import { browser } from 'wxt/browser';
import type { ProtocolMap } from './protocol';

type Name = keyof ProtocolMap;
type Request<N extends Name> = Parameters<ProtocolMap[N]>[0];
type Answer<N extends Name> = ReturnType<ProtocolMap[N]>;

/** The envelope @webext-core/messaging (used by the background) sends and expects. */
interface Envelope {
  id: number;
  type: string;
  data: unknown;
  timestamp: number;
}
type Reply = { res: unknown; err?: undefined } | { err: { message?: string } };

let nextId = Math.floor(Math.random() * 10_000);

/**
 * The content script's side of the channel to the background, in the envelope of
 * @webext-core/messaging (lib/messaging/messenger.ts, which the background keeps), without that
 * library: the content script loads on every CRM page and needs two small functions of it.
 */
export async function sendToBackground<N extends Name>(type: N, data: Request<N>): Promise<Answer<N>> {
  const envelope: Envelope = { id: nextId++, type, data, timestamp: Date.now() };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply | undefined;
  if (!reply) throw new Error('No response');
  if (reply.err) throw new Error(reply.err.message ?? 'The background failed to answer');
  return reply.res as Answer<N>;
}

/** Answers one message the background sends to this tab; returns a function that stops listening. */
export function onBackgroundMessage<N extends Name>(type: N, listener: () => void): () => void {
  const receive = (message: unknown, _sender: unknown, sendResponse: (reply: Reply) => void) => {
    if ((message as Partial<Envelope> | null)?.type !== type) return false;
    listener();
    sendResponse({ res: undefined });
    return false;
  };
  browser.runtime.onMessage.addListener(receive);
  return () => browser.runtime.onMessage.removeListener(receive);
}
