import { describe, expect, it } from 'vitest';
import { readDone } from './logged-activity-page';

/**
 * metrics.md: "a meeting is a touch once held: marked done or completed by the CRM … and no
 * cancelled, no-show or rescheduled outcome". A done meeting titled "Demo rescheduled from
 * Monday" is the moved demo, held on its new day (the rep renamed the new activity, as
 * "Rescheduled demo" names the new meeting); the old Monday activity is another item. "Demo
 * rescheduled to Dec 2" still says this one was moved.
 */
const outcomeOf = (lang: string, subject: string) => readDone('meeting', lang, subject).outcome;

describe('a done Pipedrive meeting whose subject says where it was moved from', () => {
  it.each([
    ['en-US', 'Demo rescheduled from Monday'],
    ['en-US', 'Meeting postponed from Monday'],
    ['en-US', 'Onboarding session rescheduled from last week'],
    ['es', 'Demo reprogramada del lunes'],
  ])('%s "%s" is held', (lang, subject) => {
    expect(outcomeOf(lang, subject)).toBe('held');
  });

  it('"Demo rescheduled to Dec 2" is rescheduled', () => {
    expect(outcomeOf('en-US', 'Demo rescheduled to Dec 2')).toBe('rescheduled');
  });
});
