import type { Channel, Direction } from '../schema/activity';

/** Each channel's word in a logged touch's title, as the title's first word and after "Inbound". */
const CHANNEL_WORDS: Record<Channel, { first: string; after: string }> = {
  call: { first: 'Call', after: 'call' },
  email: { first: 'Email', after: 'email' },
  meeting: { first: 'Meeting', after: 'meeting' },
  social: { first: 'Social touch', after: 'social touch' },
  sms: { first: 'SMS', after: 'SMS' },
};

const TAIL = 'logged in Touchline';

/** The title a touch logged in Touchline is stored with: "Call logged in Touchline". */
export function loggedTitle(channel: Channel): string {
  return `${CHANNEL_WORDS[channel].first} ${TAIL}`;
}

/**
 * The subject the Pipedrive and Salesforce import files give a logged touch (crm-columns.ts): its
 * title, and for a touch that came in, "Inbound call logged in Touchline". Neither CRM keeps a
 * direction for an email, a meeting or a Task, and Pipedrive none for a call: the subject is all
 * that carries it back to the readers, or the CRM's copy reads as outbound and never merges with
 * the logged touch (lib/db/logged-merge.ts keeps opposite directions apart).
 */
export function exportedSubject(channel: Channel, direction: Direction): string {
  return direction === 'inbound' ? `Inbound ${CHANNEL_WORDS[channel].after} ${TAIL}` : loggedTitle(channel);
}

/** A touch as its exported subject names it. */
export interface ExportedTouch {
  channel: Channel;
  inbound: boolean;
}

const EXPORTED = new Map<string, ExportedTouch>(
  (Object.keys(CHANNEL_WORDS) as Channel[]).flatMap((channel) =>
    [false, true].map((inbound): [string, ExportedTouch] => [
      key(exportedSubject(channel, inbound ? 'inbound' : 'outbound')),
      { channel, inbound },
    ]),
  ),
);

/**
 * What a subject the import files wrote says: the touch's channel and whether it came in. The
 * Pipedrive and Salesforce readers take it where the CRM shows nothing else: a Task (Pipedrive has
 * no built-in LinkedIn or SMS type, so the file writes those as Tasks; Salesforce's file makes
 * every touch a Task, and a Task of type Meeting shows as a plain Task), and the direction of a
 * touch whose CRM records none. Only these exact subjects, in any case and spacing: they are
 * Touchline's own words, never guessed from a rep's wording ("Inbound lead call" says nothing).
 */
export function exportedTouch(subject: string): ExportedTouch | undefined {
  return EXPORTED.get(key(subject));
}

function key(subject: string): string {
  return subject.trim().replace(/\s+/g, ' ').toLowerCase();
}
