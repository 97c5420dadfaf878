// @vitest-environment happy-dom
/**
 * Review s46 hscontact. README: "Every field has two ways in: the CRM's test ids and classes, and a
 * second path that needs neither". A collapsed preview that shows only its header line and time
 * (a call logged without notes: "Call - Busy" | "Oct 27, 2026 at 9:00 AM") is read through the
 * test ids, but with classes and test ids gone it vanishes: find-items.ts kindOf returns nothing for
 * an item with no text after its date (the property-row rule, checked before any type word), so the
 * calls are neither read nor reported (no `notRead` entry at all). Lost touches, and a timeline that
 * looks complete. Read now: by a header no property label has ("Call - Busy", "Logged call",
 * "Left voicemail · Alex Morgan"), or opening with a type word among items of its shape ("Llamada
 * registrada"); a property row's "Meeting booked" stays none (second-path-one-line-items.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, previewEvent, property, readHubSpot, timeline } from './contact-record';

const pages = {
  'en-US': {
    email: 'Email',
    feed: [
      previewEvent('Email - Pricing for 40 seats', 'Nov 18, 2026 at 10:02 AM', 'from Alex Morgan to Mara Quist'),
      previewEvent('Call - Busy', 'Oct 27, 2026 at 9:00 AM'),
      previewEvent('Left voicemail · Alex Morgan', 'Oct 26, 2026 at 9:30 AM'),
      previewEvent('Logged call', 'Oct 23, 2026 at 4:45 PM'),
      previewEvent('Email - Intro', 'Oct 20, 2026 at 10:02 AM', 'from Alex Morgan to Mara Quist'),
    ],
  },
  'es-ES': {
    email: 'Correo',
    feed: [
      previewEvent('Correo - Oferta para 40 licencias', '18 nov. 2026 a las 10:02', 'de Alex Morgan a Mara Quist'),
      previewEvent('Llamada - Ocupado', '27 oct. 2026 a las 9:00'),
      previewEvent('Llamada - Buzón de voz', '26 oct. 2026 a las 9:30'),
      previewEvent('Llamada registrada', '23 oct. 2026 a las 16:45'),
      previewEvent('Correo - Presentación', '20 oct. 2026 a las 10:02', 'de Alex Morgan a Mara Quist'),
    ],
  },
};

const calls = (activities: { type: string; timestamp?: string; outcome?: string; title: string }[]) =>
  activities.filter((a) => a.type === 'call').map(({ timestamp, outcome, title }) => ({ timestamp, outcome, title }));

describe('HubSpot second path: an item showing only its header line and time', () => {
  it.each(Object.entries(pages))('is read as with test ids (%s)', (lang, { email, feed }) => {
    const html = contactRecord({
      lang,
      properties: property(email, 'mara@quist.example'),
      middle: timeline(feed.join('')),
    });
    const withIds = calls(readHubSpot(html).activities);
    expect(withIds).toHaveLength(3);
    const stripped = readHubSpot(html, { strip: true });
    expect(calls(stripped.activities)).toEqual(withIds);
    expect(stripped.notRead.filter((n) => n.field.startsWith('activities'))).toEqual([]);
  });

  it('is read in a timeline of such items alone, by a header no property label has', () => {
    const html = contactRecord({
      properties: property('Email', 'mara@quist.example'),
      middle: timeline(pages['en-US'].feed.slice(1, 4).join('')),
    });
    expect(calls(readHubSpot(html, { strip: true }).activities)).toEqual([
      { timestamp: '2026-10-27T09:00:00.000Z', outcome: 'busy', title: 'Call - Busy' },
      { timestamp: '2026-10-26T09:30:00.000Z', outcome: 'voicemail', title: 'Left voicemail · Alex Morgan' },
      { timestamp: '2026-10-23T16:45:00.000Z', outcome: 'unknown', title: 'Logged call' },
    ]);
  });
});
