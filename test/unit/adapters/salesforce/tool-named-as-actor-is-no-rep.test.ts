import { describe, expect, it } from 'vitest';
import { classifyItem, type ItemText } from '../../../../lib/adapters/salesforce/classify-activity';
import { wordsFor } from '../../../../lib/adapters/salesforce/words';

/**
 * A sentence whose actor is a tool that sends on its own ("Sales Engagement", "High Velocity
 * Sales", "Cadence") or Salesforce's system user a Flow acts as ("Automated Process") tells an
 * automated email (metrics.md: "sent by a sequence/cadence tool without a person writing it"), and
 * no rep's: the item has no owner, so the team page lists no tool as a rep and a contact's
 * follow-up falls to a person. Oracle, by hand.
 */
const email = (summary: string): ItemText => ({
  kind: 'email',
  assistive: 'Email',
  subject: 'Cold rooms for 2027',
  summary,
  all: `Cold rooms for 2027 ${summary}`,
});
const LENA = { names: ['Lena Vogt'], owner: 'Jonas Weber' };

describe('Salesforce: a tool named as the sentence’s actor', () => {
  it.each([
    ['en', 'Sales Engagement sent an email to Lena Vogt'],
    ['en', 'High Velocity Sales sent an email to Lena Vogt'],
    ['en', 'Cadence sent an email to Lena Vogt'],
    ['en', 'Automated Process sent an email to Lena Vogt'],
    ['fr', 'Sales Engagement a envoyé un e-mail à Lena Vogt'],
  ])('%s "%s": an automated outbound email with no owner', (lang, summary) => {
    const c = classifyItem(email(summary), LENA, wordsFor(lang));
    expect([c.type, c.direction, c.automated, c.owner]).toEqual(['email', 'outbound', true, undefined]);
  });

  it('(control) a person named as the actor owns the email, sent by hand', () => {
    const c = classifyItem(email('Jonas Weber sent an email to Lena Vogt'), LENA, wordsFor('en'));
    expect([c.type, c.direction, c.automated, c.owner]).toEqual(['email', 'outbound', false, 'Jonas Weber']);
  });
});
