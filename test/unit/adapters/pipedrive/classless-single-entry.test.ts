import { describe, expect, it } from 'vitest';
import { item, personPage, read } from './hashed-person-page';

/**
 * A new person with a single History entry, on a page with no class names and no test ids (the
 * second path, crm-evidence-2.md: find items "by what they are"). The History section has its
 * filter chips (crm-evidence-2.md: buttons with aria-pressed, "All" pressed). The one entry is a done
 * call, Nov 17 3:10 PM, subject "Call with Maya". metrics.md: a call is a touch; the page shows one.
 */
describe('Pipedrive person page without classes: a feed with a single done call', () => {
  const strip = (html: string) => html.replace(/\s(class|data-testid)="[^"]*"/g, '');
  const filters = `<div role="group" aria-label="Filter history">${[
    'All',
    'Activities',
    'Notes',
    'Emails',
    'Files',
    'Changelog',
  ]
    .map((n) => `<button type="button" aria-pressed="${n === 'All'}">${n}</button>`)
    .join('')}</div>`;
  const reading = read(
    strip(
      personPage({
        filters,
        history: [item({ icon: 'Call', done: true, subject: 'Call with Maya', date: 'Nov 17, 2026 3:10 PM' })],
      }),
    ),
  );

  it('reads the call as one call touch at its time', () => {
    const calls = reading.activities.filter((a) => a.type === 'call');
    expect(calls.map((c) => c.timestamp)).toEqual(['2026-11-17T15:10:00.000Z']);
  });

  it("names the call by its subject, not by a sidebar value (the person's phone number)", () => {
    expect(reading.activities.map((a) => a.title)).toEqual(['Call with Maya']);
  });
});
