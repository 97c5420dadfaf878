import { describe, expect, it } from 'vitest';
import { recentTouches } from '../../../lib/metrics/recent-touches';
import { at, email, logged, note, reply, touchesOf } from './builders';

describe('recentTouches', () => {
  it('lists the last 5 touches, newest first, with where each came from', () => {
    const days = ['10', '11', '12', '13', '16', '17'];
    const touches = touchesOf([
      ...days.map((d) => email(at(`2026-11-${d} 09:00`), `Email of Nov ${d}`)),
      logged(at('2026-11-18 16:00'), 'call'),
      note(at('2026-11-19 09:00')),
    ]);
    const recent = recentTouches(touches);
    expect(recent.map((t) => t.title)).toEqual([
      'Logged call',
      'Email of Nov 17',
      'Email of Nov 16',
      'Email of Nov 13',
      'Email of Nov 12',
    ]);
    expect(recent[0]).toMatchObject({ type: 'call', origin: 'logged-in-touchline', timestamp: at('2026-11-18 16:00') });
  });

  it('lists a reply shown with only a date after the email it answers that day', () => {
    const touches = touchesOf([
      email(at('2026-11-18 10:15'), 'Route pricing v2'),
      reply(at('2026-11-18 00:00'), 'Re: Route pricing v2', { timePrecision: 'day' }),
    ]);
    expect(recentTouches(touches).map((t) => t.title)).toEqual(['Re: Route pricing v2', 'Route pricing v2']);
  });
});
