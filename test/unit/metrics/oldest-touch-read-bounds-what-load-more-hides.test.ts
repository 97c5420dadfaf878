import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { at, call, contact, email, LA, logged, NOW, settings } from './builders';

/**
 * What "Load more" leaves unloaded is older than every touch the page showed (timeline-read-in-part
 * readBefore): the view carries when the oldest touch read had surely happened.
 */
function oldestReadBy(activities: Parameters<typeof buildContactView>[0]['activities']) {
  return buildContactView({ contact: contact(), activities, settings: settings(), now: NOW }).oldestReadBy;
}

describe('the oldest touch read from the page', () => {
  it('is the oldest dated touch, at its instant', () => {
    expect(oldestReadBy([call(at('2026-11-10 10:15')), email(at('2026-06-22 09:00'))])).toBe(at('2026-06-22 09:00'));
  });

  it('is at the end of its day when the page printed only the day: it may have been late that day', () => {
    const dayOnly = email(at('2026-08-22 00:00'), 'Intro: route pricing', {
      timePrecision: 'day',
      printedOn: '2026-08-22',
    });
    expect(oldestReadBy([dayOnly, call(at('2026-11-10 10:15'))])).toBe(
      new Date(Date.parse(at('2026-08-23 00:00', LA)) - 1).toISOString(),
    );
  });

  it('leaves out touches logged in Touchline: they do not show how far back the page was loaded', () => {
    expect(oldestReadBy([logged(at('2026-06-22 09:00'), 'email'), call(at('2026-11-10 10:15'))])).toBe(
      at('2026-11-10 10:15'),
    );
  });

  it('is absent when no touch was read from a page', () => {
    expect(oldestReadBy([logged(at('2026-11-10 10:15'))])).toBeUndefined();
  });
});
