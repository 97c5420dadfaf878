import type { Channel } from '../lib/schema/activity';

/**
 * Channel colours for charts when the palette's custom properties cannot be read (a stylesheet
 * missing): the light palette's values (components/styles/palette.css), contrast-checked.
 */
export const CHANNEL_FALLBACK_COLORS: Record<Channel, string> = {
  call: '#2f6fde',
  email: '#7a5af8',
  meeting: '#0e8a6e',
  social: '#b8661a',
  sms: '#c2417a',
};
