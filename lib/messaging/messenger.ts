import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';

/** The one channel between the content script and the background; both import it from here. */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
