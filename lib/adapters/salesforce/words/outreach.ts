import type { Direction } from '../../../schema/activity';

/**
 * The markers Outreach opens the subjects of the Tasks it syncs to Salesforce with, in no page
 * language (Outreach writes them, not Lightning): "[Outreach] [Email] [Out] <subject>" for an
 * email sent, "[Email] [In]" for the prospect's reply, "[Call] [Outbound] <disposition>" (also
 * "[outbound]", "[inbound]") for a call, "[Email] [Opened]" for an open, "[Other] <step>" for a
 * manual step such as "LinkedIn: View a Profile". Source: public reporting code that buckets
 * Salesforce Tasks by these subjects (trust B: written against live orgs); matched without case.
 */
export const OUTREACH = {
  tool: '[Outreach]',
  /** The channel marker after the tool's: the touch it logs. */
  channels: { '[Email]': 'email', '[Call]': 'call' } as Record<string, 'email' | 'call'>,
  /** The marker after the channel's that says who sent it. */
  directions: { '[Out]': 'outbound', '[Outbound]': 'outbound', '[In]': 'inbound', '[Inbound]': 'inbound' } as Record<
    string,
    Direction
  >,
  /** Tracking events logged as Tasks: what the prospect did with an email, no one's touch. */
  events: ['[Opened]', '[Clicked]', '[Bounced]'],
  /** A step of another kind: the rest of the subject says what it was, as any Task's subject. */
  other: '[Other]',
} as const;
