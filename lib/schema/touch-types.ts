import type { ActivityType, Channel } from './activity';

/**
 * The channels a touch can have, apart from the zod schemas: the content script and the panel
 * need the list at run time and must not load zod (issue 11: our own data is not re-checked there).
 */
export const TOUCH_TYPES = ['call', 'email', 'meeting', 'social', 'sms'] as const;

export function channelOf(type: ActivityType): Channel | undefined {
  return (TOUCH_TYPES as readonly string[]).includes(type) ? (type as Channel) : undefined;
}
