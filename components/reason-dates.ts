import { formatDateTime } from './format';

/** An ISO 8601 instant as adapters write them into reasons ("2026-10-01T15:00:00.000Z"). */
const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;

/** An adapter's reason with its instants as a rep reads dates ("1 Oct 2026, 08:00"), in the user's zone. */
export function readableReason(reason: string, timeZone: string): string {
  return reason.replace(ISO_INSTANT, (iso) => formatDateTime(iso, timeZone));
}
