import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../../../../lib/schema/read-result';
import { readPage } from './read-page';

const CONTACT_URL = 'https://app.hubspot.com/contacts/2451908/record/0-1/950';

/** A bare `lang="en"` page (US and UK pages both say only "en"), its sidebar, and a call dated 03/04/2026. */
function page(sidebar: string): string {
  const card = (header: string, date: string, body: string) =>
    `<div><div><span>${header}</span><span>${date}</span></div><div><span>${body}</span></div></div>`;
  return `<!DOCTYPE html><html lang="en"><head><title>Ana Ruiz | HubSpot</title></head><body><main>
<div><h2>Ana Ruiz</h2>${sidebar}</div><div><section><h3>Activity</h3>
${card('Logged call', '03/04/2026 10:00 AM', 'Renewal')}${card('Email', 'Yesterday at 9:00 AM', 'Pricing')}
</section></div></main></body></html>`;
}

function callOn(sidebar: string) {
  const result = readPage(page(sidebar), CONTACT_URL) as Extract<ReadResult, { status: 'read' }>;
  return { call: result.activities[0], notRead: result.notRead.map((n) => n.field) };
}

/**
 * A word that only starts like a month ("Decision", "Marketing", "Junior") next to a number is not
 * a date: it must not settle the page's day order, so 03/04/2026 stays ambiguous and is reported.
 */
describe('day order on a HubSpot page whose language tag is only "en"', () => {
  it('is not set by a numbered stage path step "4 Decision maker bought-in"', () => {
    const { call, notRead } = callOn(
      '<ol><li><span>3</span> Presentation scheduled</li><li><span>4</span> Decision maker bought-in</li></ol>',
    );
    expect(call).toMatchObject({ dateText: '03/04/2026 10:00 AM' });
    expect(call?.timestamp).toBeUndefined();
    expect(notRead).toContain('activities[0].timestamp');
  });

  it('is not set by "2" followed by the property "Marketing contact status"', () => {
    const { call } = callOn(
      '<div><span>Number of times contacted</span><span>2</span></div><div><span>Marketing contact status</span><span>Non-marketing contact</span></div>',
    );
    expect(call?.timestamp).toBeUndefined();
  });

  it('is not set by a stage named "Decision 2" either way round', () => {
    const { call } = callOn('<div><span>Deal stage</span><span>Decision 2</span></div>');
    expect(call?.timestamp).toBeUndefined();
  });

  it('is still set by a real date with a month name: "3 Dec 2026" puts the day first', () => {
    const { call } = callOn('<div><span>Create date</span><span>3 Dec 2026</span></div>');
    expect(call?.timestamp).toBe('2026-04-03T10:00:00.000Z');
  });
});
