// @vitest-environment happy-dom
/**
 * HubSpot's older timeline card
 * (`[data-selenium-test="timeline-card"]`, crm-pages.md) of a record event: its header line says
 * what happened ("Lena Vogt submitted a form", "Jordan Lee updated the deal amount") and names no
 * type, a row above it names the form or the property. metrics.md: a touch is an email, call,
 * meeting, message or social touch between a rep and a contact; a form submission or property
 * change is none: they read `system`. A row above the header that opened with a type word ("Call
 * me back request", "Call owner: …", "Email") made them a call or email the rep never made
 * (review s53, a regression of the type row's first form).
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, readHubSpot, timeline } from './contact-record';

const when = 'Nov 18, 2026 at 10:02 AM EST';
function card(id: string, above: string, header: string, body: string): string {
  return `<div data-selenium-test="timeline-card"><div><span>${above}</span></div><div data-test-id="timeline-event-header"><span>${header}</span> <small data-test-id="event-timestamp">${when}</small><div data-selenium-test="timeline-header-actions" data-selenium-id="${id}"><button>Actions</button></div></div><div>${body}</div></div>`;
}

function read(html: string) {
  const r = readHubSpot(contactRecord({ name: 'Lena Vogt', middle: timeline(`<h4>November 2026</h4>${html}`) }));
  return r.activities.map((a) => a.type);
}

describe('a record event card with a row above its header line', () => {
  it('a form submission named "Call me back request" is no call', () => {
    expect(read(card('8101', 'Call me back request', 'Lena Vogt submitted a form', 'Page: /contact'))).toEqual([
      'system',
    ]);
  });

  it('a deal amount change under a "Call owner" row is no call', () => {
    expect(read(card('8102', 'Call owner: Jordan Lee', 'Jordan Lee updated the deal amount', 'Amount 12,000'))).toEqual(
      ['system'],
    );
  });

  it('a lifecycle change under the changed property\'s "Email" row is no email', () => {
    expect(read(card('8103', 'Email', 'Lifecycle stage changed to Opportunity', 'Changed by Jordan Lee'))).toEqual([
      'system',
    ]);
  });
});
