import { describe, expect, it } from 'vitest';
import { contactPage, read } from './contact-page';

/**
 * The Activity timeline's items may sit in a shadow root (crm-pages.md: "some parts are in real
 * shadow roots"). A saved page then carries them either serialised as a declarative shadow root
 * (`<template shadowrootmode="open">`) or not at all (the host element left empty). A timeline
 * Lightning has really left empty says so: "No next steps. …" and "No past activity. Past meetings
 * and tasks marked as done show up here." (crm-evidence-2.md, B). Without items or those words the
 * reader has not seen the activities: reported as not read, never "no activity" (a confident 0).
 */
const TIMELINE_HOST = (inner: string) =>
  `<div class="skip-timeline-wrapper"><runtime_sales_activities-activity-timeline>${inner}</runtime_sales_activities-activity-timeline></div>`;

const CALL =
  '<ul><li><a href="/lightning/r/Task/00T5g00000AAAC1AAA/view">Follow-up</a><span>2:15 PM | Nov 18</span><div>You logged a call with Maria Jensen</div></li></ul>';

describe('a Salesforce timeline whose items are in a shadow root', () => {
  it('reads the call in a serialised shadow root, or reports the activities as not read', () => {
    const { activities, notRead } = read(
      contactPage(TIMELINE_HOST(`<template shadowrootmode="open">${CALL}</template>`)),
    );
    const call = activities.find((a) => a.title === 'Follow-up');
    if (call)
      expect(call).toMatchObject({ type: 'call', direction: 'outbound', timestamp: '2026-11-18T14:15:00.000Z' });
    else expect(notRead.map((n) => n.field)).toContain('activities');
  });

  it('reports the activities as not read when the timeline host was saved empty', () => {
    const { activities, notRead } = read(contactPage(TIMELINE_HOST('')));
    expect(activities).toEqual([]);
    expect(notRead.map((n) => n.field)).toContain('activities');
  });

  it('still reads a timeline Lightning shows empty as no activity (guard for the fix)', () => {
    const empty =
      '<div class="skip-timeline-wrapper"><div class="open-activity-group"><button aria-expanded="true">Upcoming &amp; Overdue</button><p>No next steps. To get things moving, add a task or set up a meeting.</p></div><div class="past-activity-group"><p>No past activity. Past meetings and tasks marked as done show up here.</p></div></div>';
    const { activities, notRead } = read(contactPage(empty));
    expect(activities).toEqual([]);
    expect(notRead.map((n) => n.field)).not.toContain('activities');
  });
});
