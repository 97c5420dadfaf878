import { describe, expect, it } from 'vitest';
import { classifyActivity } from '../../../../lib/adapters/hubspot/classify-activity';
import { en } from '../../../../lib/adapters/hubspot/words/en';

/**
 * On a Danish page (no word table) HubSpot's email header is "E-mail - <subject>"
 * (crm-evidence-2.md's French example) and its body says who wrote to whom in Danish ("fra … til
 * …"). English words in a subject ("sent", "reply") are no wording of who reached whom: the
 * direction is reported as not read, as the type already is when only wording shows it. On an
 * English page the same header words still decide.
 */
const danish = (header: string) =>
  classifyActivity(header, {
    icon: 'E-mail',
    description: 'fra Lena Vogt til Alex Morgan',
    contactNames: ['Lena Vogt'],
    words: [en],
    noWordsFor: 'da',
  });
const directionUnread = (c: ReturnType<typeof classifyActivity>) =>
  (c.unread ?? []).some((u) => u.field === 'direction');

describe('a Danish email whose subject holds English words', () => {
  it('"Re: Contract sent for signature" is not read as outbound: its direction is reported', () => {
    const email = danish('E-mail - Re: Contract sent for signature');
    expect(email.direction).toBe('unknown');
    expect(directionUnread(email)).toBe(true);
  });

  it('"Quick reply on pricing" is not read as inbound: its direction is reported', () => {
    const email = danish('E-mail - Quick reply on pricing');
    expect(email.direction).toBe('unknown');
    expect(directionUnread(email)).toBe(true);
  });
});

describe('an English email header', () => {
  it('still says the direction ("Email reply from Lena Vogt" is inbound)', () => {
    expect(classifyActivity('Email reply from Lena Vogt', { words: [en] }).direction).toBe('inbound');
  });
});
