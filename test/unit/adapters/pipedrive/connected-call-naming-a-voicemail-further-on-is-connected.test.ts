import { describe, expect, it } from 'vitest';
import { readDoneActivity } from './logged-activity-page';
import { readNotedActivity } from './noted-activity-page';

/**
 * metrics.md: "Connect rate: calls with a connected outcome / call attempts". Only a mailbox named
 * right after the connect word ("reached voicemail", "joint la messagerie") makes the call a
 * voicemail attempt. "Reached Ana after 2 voicemails" and "Spoke with Ana – she got my voicemail"
 * reached the person: the voicemails are earlier attempts. French "messagerie" alone is
 * "messaging" ("par messagerie", "messagerie LinkedIn", "messagerie instantanée"): a call "joint"
 * that says a quote went out by messaging connected.
 */
const outcomeOf = (lang: string, icon: string, subject: string) => {
  const { activity } = readDoneActivity(lang, icon, subject);
  expect(activity?.type).toBe('call');
  return activity?.outcome;
};

describe('a done Pipedrive call that connected and names a voicemail or messaging further on', () => {
  it.each([
    ['en-US', 'Call', 'Reached Ana after 2 voicemails'],
    ['en-US', 'Call', 'Spoke with Ana – she got my voicemail'],
    ['fr', 'Appel', 'Appel – joint, devis envoyé par messagerie'],
    ['fr', 'Appel', 'Joint – suite par messagerie LinkedIn'],
  ])('%s "%s" is connected', (lang, icon, subject) => {
    expect(outcomeOf(lang, icon, subject)).toBe('connected');
  });

  it('a French call noted "Joint, elle préfère la messagerie instantanée" is connected', () => {
    const call = readNotedActivity('fr', 'Appel', 'Appel', 'Joint, elle préfère la messagerie instantanée');
    expect(call?.type).toBe('call');
    expect(call?.outcome).toBe('connected');
  });
});
