// @vitest-environment happy-dom
// HubSpot meeting previews are headed "Meeting with <attendees>" (crm-evidence-2.md:
// the type is only in the header wording; header-message), and an expanded meeting shows its
// "Meeting outcome" (Scheduled / Completed / Rescheduled / No show / Canceled). The contact here is
// Martin Held — "Held" is an ordinary German surname. Clock Fri 20 Nov 2026 15:00 UTC.
//
// Touchline reads the meeting's outcome from the outcome property *and* the header together, so
// the attendee's surname "Held" reads as the outcome "held": it beats the property's "Rescheduled"
// (metrics.md, Meetings: a meeting with a rescheduled outcome is not held; "Meetings held: ... not
// cancelled or marked no-show (booked is not held)"), and a booked meeting printed without a year
// ("Dec 3 at 10:00 AM", crm-evidence-2.md) is taken for one that took place, so its day is put in
// the past year. The same page for a contact named Martin Hale reads right.
import { cleanup } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { metric, renderPanel } from '../../components/render-panel';
import { asContact, extension } from '../../page-to-panel/chain';
import { contactPage, PORTAL, preview } from '../../page-to-panel/hubspot-northwind-day';
import { openPage } from '../../page-to-panel/open-hand-written-page';

afterEach(cleanup);

const URL = `https://app.hubspot.com/contacts/${PORTAL}/record/0-1/2207`;
const outcome = (value: string) => `<div><span>Meeting outcome</span> <span>${value}</span></div>`;

function page(name: string) {
  const items = [
    preview('Meeting', `Meeting with ${name}`, 'Dec 3 at 10:00 AM', 'Pilot review', outcome('Scheduled')),
    preview('Meeting', `Meeting with ${name}`, 'Nov 16, 2026 at 10:00 AM', 'Security review', outcome('Rescheduled')),
    preview(
      'Email',
      `Email sent by Alex Moreno`,
      'Nov 12, 2026 at 9:00 AM',
      'Security review times',
      '<span>Options for the review</span>',
    ),
  ].join('');
  return contactPage(URL, name, 'martin@fabrik.example', items);
}

for (const name of ['Martin Hale', 'Martin Held']) {
  it(`${name}: the rescheduled meeting is not held, the booked one stays ahead on 3 Dec 2026`, async () => {
    const ext = extension();
    const { reading, view } = await openPage(ext, page(name), URL);
    const booked = reading.activities.find((a) => a.title === 'Pilot review');
    expect.soft(booked).toMatchObject({ type: 'meeting', planned: true });
    expect.soft(booked?.timestamp?.slice(0, 10)).toBe('2026-12-03');
    const contact = asContact(view);
    const { container } = renderPanel({ status: 'ready', view: contact });
    expect.soft(metric(container, 'meetings-held').dataset.value).toBe('0');
    expect(contact.touches.byChannel.meeting).toBe(0);
  });
}

it('Martin Held, no outcome shown: the booked meeting headed with his name stays ahead on 3 Dec 2026', async () => {
  const items = [
    preview(
      'Meeting',
      'Meeting with Martin Held',
      'Dec 3 at 10:00 AM',
      'Pilot review',
      '<span>Agenda: pilot scope</span>',
    ),
    preview('Meeting', 'Meeting with Martin Held', 'Nov 16, 2026 at 10:00 AM', 'Security review', '<span>Notes</span>'),
  ].join('');
  const ext = extension();
  const { reading } = await openPage(ext, contactPage(URL, 'Martin Held', 'martin@fabrik.example', items), URL);
  const booked = reading.activities.find((a) => a.title === 'Pilot review');
  expect(booked).toMatchObject({ type: 'meeting', planned: true });
  expect(booked?.timestamp?.slice(0, 10)).toBe('2026-12-03');
  // The past one is held as any past meeting without an outcome is, not because of his surname.
  expect(reading.activities.find((a) => a.title === 'Security review')?.outcome).toBe('unknown');
});
