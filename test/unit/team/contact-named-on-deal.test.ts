import { describe, expect, it } from 'vitest';
import { contactKey, deal, email, NOW } from '../metrics/builders';
import { teamViewOf } from './team-cache';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const CONTACT = contactKey('51230');

/*
 * Alex wrote to contact 51230 twenty days ago; the email was read on the deal's page, whose
 * timeline item named the contact, and whose Contacts section lists "Priya Raman" (id 51230).
 * Priya's own page was never opened: no contact row. Her only touch is 20 days old, past the
 * follow-up limit (14 days): she has gone cold, and the manager must see her name, not "51230".
 */
async function coldContact() {
  const pilot = deal({ name: 'Fleet pilot', contacts: [{ id: '51230', name: 'Priya Raman' }] });
  const touch = email(daysAgo(20), 'Route pricing v2', { contactKeys: [CONTACT], dealKeys: [pilot.key] });
  const view = await teamViewOf({ activities: [touch], deals: [pilot] });
  return view.followUps.find((f) => f.contactKey === CONTACT);
}

describe('team page: a contact only a deal page listed', () => {
  it('is named as the deal page named it', async () => {
    expect(await coldContact()).toMatchObject({ kind: 'gone-cold', name: 'Priya Raman', owner: 'Alex Morgan' });
  });

  it('links to the contact’s record in the CRM', async () => {
    expect((await coldContact())?.url).toBe('https://app.hubspot.com/contacts/4410982/record/0-1/51230');
  });
});
