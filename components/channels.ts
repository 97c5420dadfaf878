import type { Channel } from '../lib/schema/activity';
import { TOUCH_TYPES } from '../lib/schema/touch-types';

export const CHANNELS: readonly Channel[] = TOUCH_TYPES;

export const CHANNEL_LABEL: Record<Channel, string> = {
  call: 'call',
  email: 'email',
  meeting: 'meeting',
  social: 'social',
  sms: 'sms',
};

/** Glyphs are decoration (aria-hidden); the label always travels with them. */
export const CHANNEL_ICON: Record<Channel, string> = {
  call: '☎',
  email: '✉',
  meeting: '◷',
  social: 'in',
  sms: 'sms',
};

export const CHANNEL_ARTICLE: Record<Channel, string> = {
  call: 'a call',
  email: 'an email',
  meeting: 'a meeting',
  social: 'a social touch',
  sms: 'an SMS',
};

/** CSS custom property holding each channel's colour (panel.css defines them for light and dark). */
export const CHANNEL_COLOR_VAR: Record<Channel, string> = {
  call: '--tl-call',
  email: '--tl-email',
  meeting: '--tl-meeting',
  social: '--tl-social',
  sms: '--tl-sms',
};
