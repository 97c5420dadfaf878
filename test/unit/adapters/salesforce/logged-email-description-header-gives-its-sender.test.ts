// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * An email logged from the rep's mail client is a Task ("Email: RE: Pricing", "You had a Task with
 * Maria Jensen") whose Description is the message itself, opening with its header "From: Maria
 * Jensen <maria.jensen@…>", "Sent: …", "To: …". The sentence names who owns the Task, not who
 * sent the mail (crm-evidence-2.md: "emails show To:/From: rows, so direction comes from who sent
 * it versus the record"); the header at the Description's top says the contact sent it. A header
 * below text of the message is a quoted earlier mail and says nothing of this one's sender.
 * Pages by hand: the contact Maria Jensen (maria.jensen@northwind.example), owner Alex Morgan.
 */
type Shape = 'br' | 'paragraphs';

function description(lines: readonly string[], shape: Shape, label = 'Description'): string {
  const value = shape === 'br' ? lines.join('<br>') : lines.map((l) => `<p>${l}</p>`).join('');
  return `<div class="slds-timeline__item_details"><div class="slds-grid"><div class="slds-item--label">${label}</div><div class="slds-item--detail">${value}</div></div></div>`;
}

const FROM_HER = [
  'From: Maria Jensen &lt;maria.jensen@northwind.example&gt;',
  'Sent: Wednesday, November 18, 2026 4:12 PM',
  'To: Alex Morgan &lt;alex.morgan@acme.example&gt;',
  'Subject: RE: Pricing',
  '',
  'Thanks Alex, the numbers work for us.',
];

function directionOf(
  body: string,
  opts: { transform?: 'none' | 'stripped'; lang?: string; summary?: string; group?: string } = {},
) {
  const li = item({
    token: 'Task',
    icon: 'email',
    iconTitle: 'Email',
    subject: 'Email: RE: Pricing',
    id: '00T5g00000DpQM2EAN',
    date: 'Nov 18',
    summary: opts.summary ?? 'You had a Task with Maria Jensen',
    body,
  });
  const page = contactPage(timeline('', [{ heading: opts.group ?? 'This Month', items: li }]), { lang: opts.lang });
  return read(page, opts.transform).activities.find((a) => a.type === 'email')?.direction;
}

describe('a logged email whose Description opens with the message header', () => {
  it.each([
    ['br', 'none'],
    ['paragraphs', 'none'],
    ['br', 'stripped'],
    ['paragraphs', 'stripped'],
  ] as const)('from the contact is inbound (lines: %s, page: %s)', (shape, transform) => {
    expect(directionOf(description(FROM_HER, shape), { transform })).toBe('inbound');
  });

  it('from the record’s owner is outbound', () => {
    const lines = [
      'From: Alex Morgan &lt;alex.morgan@acme.example&gt;',
      'To: Maria Jensen &lt;maria.jensen@northwind.example&gt;',
      '',
      'Hi Maria, here are the numbers.',
    ];
    expect(directionOf(description(lines, 'br'), { transform: 'stripped' })).toBe('outbound');
  });

  it('in German, "Von:" under "Beschreibung", on a stripped page, is inbound', () => {
    const lines = [
      'Von: Maria Jensen &lt;maria.jensen@northwind.example&gt;',
      'An: Alex Morgan &lt;alex.morgan@acme.example&gt;',
      '',
      'Danke, passt so.',
    ];
    const body = description(lines, 'paragraphs', 'Beschreibung');
    expect(
      directionOf(body, {
        transform: 'stripped',
        lang: 'de',
        summary: 'Sie hatten eine Aufgabe mit Maria Jensen',
        group: 'Dieser Monat',
      }),
    ).toBe('inbound');
  });

  it.each(['br', 'paragraphs'] as const)(
    'a header quoted below the message’s text is no sender (lines: %s)',
    (shape) => {
      const lines = ['Hi Maria, here are the numbers.', '', ...FROM_HER];
      expect(directionOf(description(lines, shape), { transform: 'stripped' })).not.toBe('inbound');
      expect(directionOf(description(lines, shape))).not.toBe('inbound');
    },
  );
});
