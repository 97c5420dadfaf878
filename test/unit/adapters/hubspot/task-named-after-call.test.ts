import { describe, expect, it } from 'vitest';
import { TOUCH_TYPES } from '../../../../lib/schema/activity';
import { contactPage, previewItem, readContact } from './contact-page';

/**
 * HubSpot tasks have a task type (Call, Email, To-do); a task to call is still a task. metrics.md:
 * tasks are not touches by default, and planned items (an open task) are never touches. The item
 * carries the task icon; its header names the kind of task. German "Anrufaufgabe ..." is already
 * read as a task; English and French wording of the same item are read as a done call or email.
 */
const isTouch = (type: string | undefined) => (TOUCH_TYPES as readonly (string | undefined)[]).includes(type);

describe('HubSpot open task whose header names its task type', () => {
  it.each([
    ['en-US', 'Call task assigned to Alex Morgan', 'Nov 18, 2026 at 9:00 AM', 'Task', 'Call Lena back'],
    ['en-US', 'Email task assigned to Alex Morgan', 'Nov 18, 2026 at 9:00 AM', 'Task', 'Send the deck'],
    ['fr-FR', "Tâche d'appel assignée à Alex Morgan", '18 nov. 2026 à 09:00', 'Tâche', 'Rappeler Lena'],
  ])('%s "%s" is a task, not a touch', (lang, header, date, icon, body) => {
    const { activities } = readContact(contactPage({ lang, feed: previewItem({ header, date, body, icon }) }));
    expect(activities).toHaveLength(1);
    expect(isTouch(activities[0]?.type)).toBe(false);
  });
});
