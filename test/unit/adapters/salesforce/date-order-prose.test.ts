import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * The order of a page's numeric dates is settled by the dates Salesforce prints (fields, cells,
 * due dates), in the user's locale. A date someone typed into an email or a comment follows the
 * writer's habits: a UK customer's "23/11/2026" in an email shown on an en-US user's page says
 * nothing about how that page prints its own dates. contact-activity-groups (en-US), with its
 * month-first proofs made ambiguous: Last Activity 11/05/2026 (5 November), Created 9/8/2026.
 */
const page = fixturePage('salesforce', 'contact-activity-groups');
const ambiguous = edited(page.html, ['11/19/2026', '11/05/2026'], ['9/28/2026', '9/8/2026']);
const withMail = (html: string, body: string) =>
  edited(html, [
    '<dd class="slds-item--detail">alex.morgan@acme.example</dd>',
    `<dd class="slds-item--detail">alex.morgan@acme.example</dd><dt class="slds-item_label">Body</dt><dd class="slds-item--detail">${body}</dd>`,
  ]);
const lastActivity = (html: string) =>
  (readPage(html, page.url) as unknown as { crmFigures: { lastActivity?: string } }).crmFigures.lastActivity;

describe("a date typed into an email does not settle the page's date order", () => {
  it('an en-US page stays month first when an email body says "23/11/2026"', () => {
    expect(lastActivity(withMail(ambiguous, 'Could we meet on 23/11/2026 at the depot?'))).toBe(
      '2026-11-05T00:00:00.000Z',
    );
  });

  it('a date the page prints as a value still settles it (a day-first user locale)', () => {
    const html = edited(ambiguous, ['Alex Morgan, 9/8/2026, 4:10 PM', 'Alex Morgan, 28/9/2026, 4:10 PM']);
    expect(lastActivity(html)).toBe('2026-05-11T00:00:00.000Z');
  });
});
