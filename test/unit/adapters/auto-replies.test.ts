import { describe, expect, it } from 'vitest';
import { markAutoReplies } from '../../../lib/adapters/auto-replies';
import type { ActivityReading } from '../../../lib/schema/activity';
import type { ReadResult } from '../../../lib/schema/read-result';

const email = (title: string, direction: ActivityReading['direction']): ActivityReading => ({
  type: 'email',
  channel: 'email',
  direction,
  title,
  automated: false,
  timestamp: '2026-11-18T10:00:00.000Z',
});

function reading(activities: ActivityReading[]): ReadResult {
  return {
    crm: 'hubspot',
    tenant: '1',
    kind: 'contact',
    recordId: '9',
    status: 'read',
    record: { name: 'Anna Schmidt' },
    activities,
    crmFigures: {},
    notRead: [],
  };
}

const automatedFlags = (result: ReadResult) =>
  result.status === 'read' ? result.activities.map((a) => a.automated) : [];

describe('automatic replies on a page', () => {
  /**
   * A person's answer about auto replies ("Re: Auto reply rules for the support inbox": a rep selling
   * helpdesk software, the contact answering) is Jordan writing back, not an automatic reply
   * (metrics.md: only "an automated inbound email (auto-reply, out-of-office) is never a reply"): the
   * spaced "Auto Reply" says so only opening the subject.
   */
  it('a person’s answer whose subject talks about auto replies stays a reply', () => {
    const result = markAutoReplies(
      reading([
        email('Auto reply rules for the support inbox', 'outbound'),
        email('Re: Auto reply rules for the support inbox', 'inbound'),
      ]),
      'en-US',
    );
    expect(automatedFlags(result)).toEqual([false, false]);
  });

  it('an inbound out-of-office email in the page language is automated', () => {
    const result = markAutoReplies(reading([email('Abwesenheitsnotiz: Anna Schmidt', 'inbound')]), 'de-DE');
    expect(automatedFlags(result)).toEqual([true]);
  });

  it('an ordinary reply, and an outbound email with such words, stay as read', () => {
    const result = markAutoReplies(
      reading([email('Re: Angebot', 'inbound'), email('Automatic reply: rules for the team', 'outbound')]),
      'en',
    );
    expect(automatedFlags(result)).toEqual([false, false]);
  });

  /**
   * Review s60 (pdlang, regc). Outlook's read receipt ("Gelesen: <subject>") from the contact's own
   * address says she opened the rep's mail, no more: never a reply (metrics.md). A person's own
   * subject opening the same way ("Read: your proposal, three questions…") names no mail the rep sent.
   */
  it.each([
    ['en', 'Licence offer 2027', 'Read: Licence offer 2027'],
    ['de', 'Angebot Lizenz 2027', 'Gelesen: Angebot Lizenz 2027'],
    ['fr', 'Offre licence 2027', 'Lu : Offre licence 2027'],
    ['pt', 'Oferta de licença 2027', 'Lida: Oferta de licença 2027'],
  ])('%s: a read receipt of a mail the rep sent is no reply', (lang, subject, receipt) => {
    const result = markAutoReplies(reading([email(subject, 'outbound'), email(receipt, 'inbound')]), lang);
    expect(automatedFlags(result)).toEqual([false, true]);
  });

  it('a subject opening "Read:" that names no mail the rep sent stays a reply', () => {
    const result = markAutoReplies(
      reading([email('Licence offer 2027', 'outbound'), email('Read: your proposal, three questions', 'inbound')]),
      'en',
    );
    expect(automatedFlags(result)).toEqual([false, false]);
  });
});
