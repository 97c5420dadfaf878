// @vitest-environment happy-dom
/**
 * The second path (no class, id or test id) keeps an item found by its date line when it repeats
 * beside other items (find-items.ts). Month groups holding their items in a list
 * (`section > h3 + ul > li`) leave a month with one item a level above the items of the other
 * months: that item, a real call, vanished without a `notRead` entry (README: what is not read is
 * reported). Alone under its month's heading, its group stands among the other months.
 */
import { describe, expect, it } from 'vitest';
import { readContact } from './contact-page';

const item = (tag: string, header: string, time: string, subject: string, sentence: string) =>
  `<${tag}><div><span>${header}</span><span>${time}</span></div><div><span>${subject}</span><p>${sentence}</p></div></${tag}>`;

function page(list: string, entry: string, heading: (text: string) => string): string {
  const month = (name: string, items: string[]) =>
    `<section>${heading(name)}<${list}>${items.join('')}</${list}></section>`;
  const email = (time: string, subject: string) => item(entry, 'Email', time, subject, 'from Alex Morgan to Lena Vogt');
  return `<!DOCTYPE html><html lang="en-US"><head><title>Lena Vogt | HubSpot</title></head><body>
<div><div><h1>Lena Vogt</h1><div>
<div><span>Email</span><span>lena.vogt@northwind.example</span></div>
<div><span>Contact owner</span><span>Alex Morgan</span></div></div></div>
<div><h2>Activity</h2>
${month('November 2026', [email('Nov 18, 2026 at 10:00 AM', 'Pricing for 2027'), email('Nov 17, 2026 at 9:00 AM', 'Fleet survey')])}
${month('October 2026', [item(entry, 'Logged call', 'Oct 12, 2026 at 10:00 AM', 'first call about the fleet', 'Alex Morgan logged a call with Lena Vogt')])}
${month('September 2026', [email('Sep 12, 2026 at 10:00 AM', 'Intro'), email('Sep 10, 2026 at 10:00 AM', 'Hello')])}
</div></div></body></html>`;
}

describe('HubSpot timeline without test ids, grouped by month', () => {
  it.each([
    ['in lists under headings', 'ul', 'li', (text: string) => `<h3>${text}</h3>`],
    [
      'in blocks under ARIA headings',
      'div',
      'div',
      (text: string) => `<div role="heading" aria-level="3">${text}</div>`,
    ],
  ])('reads the only item of a month %s', (_, list, entry, heading) => {
    const reading = readContact(page(list, entry, heading));
    expect(reading.activities.map((a) => a.title)).toEqual([
      'Pricing for 2027',
      'Fleet survey',
      'first call about the fleet',
      'Intro',
      'Hello',
    ]);
    expect(reading.activities[2]).toMatchObject({
      type: 'call',
      timestamp: '2026-10-12T10:00:00.000Z',
      direction: 'outbound',
    });
    expect(reading.notRead.filter((n) => n.field.startsWith('activities'))).toEqual([]);
  });
});
