/**
 * metrics.md: "Internal notes, tasks that were not a contact, and automated system events ... are
 * not touches and never enter a touch count"; "Completed tasks: not touches by default". An older
 * HubSpot card (crm-pages.md: `[data-selenium-test="timeline-card"]`, title
 * `[data-selenium-test="timeline-editable-title"]`) whose header line holds only its title and date:
 * a TASK a rep named "Call Ivo about the renewal" (HubSpot task titles are the rep's own words, and
 * reps name tasks after what to do) is no call; it must never become an outbound call touch.
 * An email whose subject opens "Meeting notes ..." is no meeting.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, readHubSpot, timeline } from './contact-record';

function olderCard(id: string, title: string, when: string, body: string): string {
  return [
    '<div data-selenium-test="timeline-card">',
    `<div><span data-selenium-test="timeline-editable-title">${title}</span> <span>${when}</span></div>`,
    `<div data-selenium-test="timeline-header-actions" data-selenium-id="${id}"><button>Actions</button></div>`,
    `<div>${body}</div>`,
    '</div>',
  ].join('');
}

const read = (card: string) => readHubSpot(contactRecord({ name: 'Ivo Brandt', middle: timeline(card) })).activities[0];

describe('older card: a title opening with a type word that the item is not', () => {
  it('a task titled "Call Ivo about the renewal" is not an outbound call touch', () => {
    const a = read(
      olderCard(
        '4101',
        'Call Ivo about the renewal',
        'Nov 12, 2026 at 4:30 PM',
        '<div>Task</div><div>Due: Nov 20, 2026</div><div>Assigned to: Alex Morgan</div>',
      ),
    );
    expect(a?.type).not.toBe('call');
  });

  it('an email whose subject is "Meeting notes from Tuesday" is not a meeting', () => {
    const a = read(
      olderCard(
        '4102',
        'Meeting notes from Tuesday',
        'Nov 11, 2026 at 4:30 PM',
        '<div>from Alex Morgan to Ivo Brandt</div><p>Thanks for your time, notes attached.</p>',
      ),
    );
    expect(a?.type).not.toBe('meeting');
  });
});
