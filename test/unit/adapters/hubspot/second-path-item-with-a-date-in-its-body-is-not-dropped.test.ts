// @vitest-environment happy-dom
/**
 * Review s46 hscontact. With classes and test ids gone (README: the second path), an item whose
 * body shows a second date (a meeting's own day and time, a call's follow-up date, a task's due
 * date) disappears: find-items.ts takes each date line's largest container holding no other date
 * line, so such an item splits into its header line (nothing after its date: dropped) and its body
 * (no type: dropped or "untyped"). The held meeting and the connected call below are read with
 * test ids; stripped, they are gone without any `notRead` entry.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, previewEvent, property, readHubSpot, timeline } from './contact-record';

const pages = {
  'en-US': {
    email: 'Email',
    feed: [
      previewEvent('Email - Pricing for 40 seats', 'Nov 18, 2026 at 10:02 AM', 'from Alex Morgan to Mara Quist'),
      previewEvent(
        'Meeting - Product demo',
        'Nov 12, 2026 at 9:00 AM',
        '<div><span>Thursday, November 12, 2026</span> <span>9:00 AM – 9:30 AM</span></div><div>Outcome: Completed</div>',
      ),
      previewEvent(
        'Logged call',
        'Nov 10, 2026 at 2:00 PM',
        '<div>Outcome: Connected</div><div>Follow-up set for <span>Nov 24, 2026</span></div>',
      ),
      previewEvent('Email - Intro', 'Nov 2, 2026 at 10:02 AM', 'from Alex Morgan to Mara Quist'),
    ],
  },
  'pt-BR': {
    email: 'E-mail',
    feed: [
      previewEvent(
        'E-mail - Proposta para 40 licenças',
        '18 de nov. de 2026 às 10:02',
        'de Alex Morgan para Mara Quist',
      ),
      previewEvent(
        'Reunião - Demonstração',
        '12 de nov. de 2026 às 09:00',
        '<div><span>12/11/2026 09:00</span></div><div>Resultado: Concluída</div>',
      ),
      previewEvent(
        'Chamada registrada',
        '10 de nov. de 2026 às 14:00',
        '<div>Resultado: Conectado</div><div>Retorno em <span>24/11/2026</span></div>',
      ),
      previewEvent('E-mail - Apresentação', '2 de nov. de 2026 às 10:02', 'de Alex Morgan para Mara Quist'),
    ],
  },
};

describe('HubSpot second path: an item whose body shows another date', () => {
  it.each(Object.entries(pages))('is still read, as with test ids (%s)', (lang, { email, feed }) => {
    const html = contactRecord({
      lang,
      properties: property(email, 'mara@quist.example'),
      middle: timeline(feed.join('')),
    });
    const touches = (activities: { type: string; outcome?: string; timestamp?: string }[]) =>
      activities
        .filter((a) => a.type === 'meeting' || a.type === 'call')
        .map(({ type, outcome, timestamp }) => ({ type, outcome, timestamp }));
    const withIds = touches(readHubSpot(html).activities);
    expect(withIds).toEqual([
      { type: 'meeting', outcome: 'held', timestamp: '2026-11-12T09:00:00.000Z' },
      { type: 'call', outcome: 'connected', timestamp: '2026-11-10T14:00:00.000Z' },
    ]);
    expect(touches(readHubSpot(html, { strip: true }).activities)).toEqual(withIds);
  });
});
