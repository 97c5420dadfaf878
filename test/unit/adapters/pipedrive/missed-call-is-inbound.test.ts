/**
 * Review s43 (pdread). A call the person made and nobody took is logged as "Missed call from Maya":
 * the rep made no call, so it is not an outbound attempt (metrics.md: direction outbound = rep to
 * contact; the cadence is matched against outbound touches). Inbound, or unknown, never outbound.
 */
import { describe, expect, it } from 'vitest';
import { activityDirection } from '../../../../lib/adapters/pipedrive/activity-direction';
import { edited, fixturePage, readPage } from '../page-variation';

const person = fixturePage('pipedrive', 'person-hashed');

describe('Pipedrive: a missed call', () => {
  it('"Missed call from Maya" is not read as the rep’s outbound call', () => {
    const html = edited(
      person.html,
      ['>Call with Maya</a>', '>Missed call from Maya</a>'],
      ['Outcome: Connected', 'Missed'],
    );
    const call = readPage(html, person.url).activities.find((a) => a.title === 'Missed call from Maya');
    expect(call?.type).toBe('call');
    expect(call?.direction).not.toBe('outbound');
  });
});

describe('Pipedrive: a missed call in other words', () => {
  const subjectOf = (html: string, subject: string) =>
    edited(html, [/>(?:Call with Maya|Anruf mit Maya)<\/a>/, `>${subject}</a>`]);

  it('"Verpasster Anruf von Maya" on a German page is inbound', () => {
    const de = fixturePage('pipedrive', 'person-hashed-de');
    const call = readPage(subjectOf(de.html, 'Verpasster Anruf von Maya'), de.url).activities.find(
      (a) => a.title === 'Verpasster Anruf von Maya',
    );
    expect(call).toMatchObject({ type: 'call', direction: 'inbound' });
  });

  it('the rep returning a missed call ("Returning Maya’s missed call") is still the rep’s outbound call', () => {
    const call = readPage(subjectOf(person.html, 'Returning Maya’s missed call'), person.url).activities.find(
      (a) => a.title === 'Returning Maya’s missed call',
    );
    expect(call).toMatchObject({ type: 'call', direction: 'outbound' });
  });

  it('an export’s subject reads the same way (activityDirection is shared with the CSV import)', () => {
    expect(activityDirection('call', 'missed call from maya')).toBe('inbound');
    expect(activityDirection('call', 'appel manqué de maya')).toBe('inbound');
    expect(activityDirection('call', 'call maya about the missed call')).toBe('outbound');
  });
});

describe('Pipedrive: a missed call the rep returned', () => {
  it('"Missed call – called back, left VM" logs the rep’s call back: outbound', () => {
    const html = edited(person.html, ['>Call with Maya</a>', '>Missed call – called back, left VM</a>']);
    const call = readPage(html, person.url).activities.find((a) => a.title === 'Missed call – called back, left VM');
    expect(call).toMatchObject({ type: 'call', direction: 'outbound' });
  });

  it('in other words, and in an export’s subject', () => {
    expect(activityDirection('call', 'verpasster anruf – zurückgerufen')).toBe('outbound');
    expect(activityDirection('call', 'appel manqué, rappelé à 15h')).toBe('outbound');
    expect(activityDirection('call', 'missed call from maya, will call back')).toBe('inbound');
  });
});
