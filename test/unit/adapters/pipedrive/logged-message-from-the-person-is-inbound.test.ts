import { describe, expect, it } from 'vitest';
import { readDoneActivity } from './logged-activity-page';

/**
 * crm-evidence-2.md: teams without mail sync log each email as a done Email activity (or an SMS,
 * WhatsApp or LinkedIn activity of their own). metrics.md: "Reply rate: ... an outbound email counts
 * as answered when a (non-automated) inbound email follows it". A rep who logs the person's reply
 * says so in the subject: a came-in word opening it or after the channel's name ("Inbound email –
 * pricing question", "Correo recibido de …"), or the person's name after "from" ("Email from Ana
 * Gómez"). Those are hers, inbound. A subject saying neither is the rep's own logged touch,
 * outbound (activity-direction.ts), and so is her mail answered or forwarded ("Re: Email from Ana").
 */
const EMAIL: Record<string, string> = { 'en-US': 'Email', es: 'Correo electrónico', de: 'E-Mail', fr: 'E-mail' };

describe('a done Pipedrive message activity', () => {
  it.each([
    ['en-US', 'Email', 'Inbound email – pricing question'],
    ['en-US', 'Email', 'Email from Ana Gómez'],
    ['en-US', 'Email', 'Reply from Ana Gómez'],
    ['en-US', 'Email', 'Email received'],
    ['es', 'Email', 'Correo recibido de Ana Gómez'],
    ['de', 'Email', 'Eingehende E-Mail von Ana Gómez'],
    ['fr', 'Email', 'E-mail reçu de Ana Gómez'],
    ['en-US', 'SMS', 'Inbound SMS'],
    ['en-US', 'WhatsApp', 'WhatsApp from Ana Gómez'],
    ['en-US', 'LinkedIn', 'LinkedIn message from Ana Gómez'],
  ])('%s %s "%s" the person sent is inbound', (lang, icon, subject) => {
    const { activity } = readDoneActivity(lang, icon === 'Email' ? (EMAIL[lang] ?? icon) : icon, subject);
    expect(['email', 'sms', 'social']).toContain(activity?.type);
    expect(activity?.direction).toBe('inbound');
  });

  it.each([
    ['en-US', 'Pricing'],
    ['en-US', 'Re: Email from Ana Gómez'],
    ['en-US', 'Fwd: inbound email'],
    ['en-US', 'Reply to email from Ana Gómez'],
    ['es', 'Correo de seguimiento'],
  ])('%s "%s" is the rep’s own, outbound', (lang, subject) => {
    const { activity } = readDoneActivity(lang, EMAIL[lang] ?? 'Email', subject);
    expect(activity?.type).toBe('email');
    expect(activity?.direction).toBe('outbound');
  });
});
