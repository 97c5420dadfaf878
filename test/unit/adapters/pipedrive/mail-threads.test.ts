import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * A Pipedrive mail message links to its thread (`/mail/thread/{id}`), which every message of the
 * thread shares (crm-evidence-2.md: one feed item per mail message): no message id.
 */
describe('Pipedrive mail messages of one thread', () => {
  const page = fixturePage('pipedrive', 'person-hashed');
  // The reply "Re: Q1 volumes" in the thread of the mail it answers, as replies are.
  const oneThread = edited(page.html, [/\/mail\/thread\/88410/g, '/mail/thread/88377']);

  it('are each read: the reply and the mail it answers', () => {
    const emails = readPage(oneThread, page.url).activities.filter((a) => a.type === 'email');
    expect(emails.map((e) => [e.title, e.direction])).toEqual([
      ['Re: Q1 volumes', 'inbound'],
      ['Q1 volumes', 'outbound'],
    ]);
  });

  it('carry no id of their own, so they never share a key', () => {
    const emails = readPage(oneThread, page.url).activities.filter((a) => a.type === 'email');
    expect(emails.map((e) => e.sourceId)).toEqual([undefined, undefined]);
    expect(new Set(emails.map((e) => e.key)).size).toBe(2);
  });
});
