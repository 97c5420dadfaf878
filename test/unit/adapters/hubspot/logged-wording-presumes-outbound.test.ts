import { describe, expect, it } from 'vitest';
import { classifyActivity } from '../../../../lib/adapters/hubspot/classify-activity';
import { wordsFor } from '../../../../lib/adapters/hubspot/words';

// "Logged call", "Logged email": who put the item in HubSpot, not who dialled or wrote. Still read
// outbound when nothing else is shown, but presumed, so an export's stated direction wins.
describe('HubSpot: a header saying only "logged" presumes the direction', () => {
  it.each([
    ['en', 'Logged call', 'call'],
    ['en', 'Logged email', 'email'],
    ['es', 'Llamada registrada', 'call'],
    ['de', 'Protokollierter Anruf', 'call'],
    ['nl', 'Gelogde e-mail', 'email'],
  ])('%s "%s": outbound, presumed', (language, header, type) => {
    const words = wordsFor({ lang: language });
    expect(classifyActivity(header, { words })).toMatchObject({
      type,
      direction: 'outbound',
      directionPresumed: true,
    });
  });

  it.each([
    ['Outgoing call', {}, 'outbound'],
    ['Email sent', {}, 'outbound'],
    ['Inbound call', {}, 'inbound'],
    ['Logged call', { directionText: 'Inbound' }, 'inbound'],
    ['Logged call', { directionText: 'Outbound' }, 'outbound'],
  ])('"%s" %j states its direction: %s, not presumed', (header, hints, direction) => {
    const read = classifyActivity(header, hints);
    expect(read.direction).toBe(direction);
    expect(read.directionPresumed).toBeUndefined();
  });

  it('a logged email whose From row names the contact is hers, stated', () => {
    const read = classifyActivity('Logged email', {
      description: 'From: Maya Chen <maya@chen.example> To: Sam Rivera',
      contactNames: ['Maya Chen', 'maya@chen.example'],
      reps: ['Sam Rivera'],
      allContacts: true,
    });
    expect(read.direction).toBe('inbound');
    expect(read.directionPresumed).toBeUndefined();
  });
});
