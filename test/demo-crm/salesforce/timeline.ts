import type { DemoActivity, DemoWorld } from '../world';
import { monthGroup, timelineDateTime, timelineDay } from './format';
import type { Build } from './h';
import { PREFIX, sfId } from './ids';
import { actorName, contactPath, fullName, isPast } from './model';

const CALL_RESULT: Record<string, string> = {
  connected: 'Connected',
  'no-answer': 'No Answer',
  voicemail: 'Left Voicemail',
  busy: 'Busy',
};
const MEETING_OUTCOME: Record<string, string> = { held: 'Held', 'no-show': 'No-show', cancelled: 'Canceled' };

/**
 * The activity timeline (crm-pages.md: `div.skip-timeline-wrapper`, upcoming section, past
 * groups by month). Items follow the SLDS timeline blueprint: kind class per Salesforce object
 * (Task call/task, EmailMessage email, Event event), a subject link to the activity record, the
 * date, and a sentence naming who did what. Notes and field history are not timeline items.
 */
export function timeline(b: Build, world: DemoWorld, activities: DemoActivity[], loading: boolean): Element {
  const wrapper = b('div', { class: 'skip-timeline-wrapper' });
  if (loading) {
    const stencils = [1, 2, 3].map(() =>
      b('li', { class: 'runtime_sales_activitiesActivityTimelineFixedStencil' }, b('div', { class: 'stencil-line' })),
    );
    wrapper.append(b('ul', { class: 'slds-timeline' }, ...stencils));
    return wrapper;
  }
  const shown = activities.filter((a) => a.type !== 'note' && a.type !== 'system');
  const upcoming = shown.filter((a) => !isPast(a, world)).sort((x, y) => x.timestamp.localeCompare(y.timestamp));
  const past = shown.filter((a) => isPast(a, world)).sort((x, y) => y.timestamp.localeCompare(x.timestamp));
  wrapper.append(
    b(
      'div',
      { class: 'standardTimelineUpcomingActivities' },
      b('h3', { class: 'slds-section__title' }, 'Upcoming & Overdue'),
      upcoming.length > 0
        ? b('ul', { class: 'slds-timeline' }, ...upcoming.map((a) => item(b, world, a, true)))
        : b('p', { class: 'emptyText' }, 'No activities to show.'),
    ),
  );
  const groups = new Map<string, DemoActivity[]>();
  for (const a of past) groups.set(monthGroup(a.timestamp), [...(groups.get(monthGroup(a.timestamp)) ?? []), a]);
  const history = b('div', { class: 'activityHistories' });
  for (const [heading, list] of groups) {
    history.append(
      b(
        'div',
        { class: 'slds-section slds-is-open' },
        b('h3', { class: 'slds-section__title' }, heading),
        b('ul', { class: 'slds-timeline' }, ...list.map((a) => item(b, world, a, false))),
      ),
    );
  }
  wrapper.append(b('past-activity-groups', {}, b('div', { class: 'pastActivities' }, history)));
  return wrapper;
}

interface Shape {
  kind: 'call' | 'email' | 'event' | 'task';
  prefix: string;
  object: string;
  subject: string;
  verb: string;
  withTime: boolean;
}

function shapeOf(a: DemoActivity, upcoming: boolean): Shape {
  const has = upcoming ? 'have an upcoming' : 'had a';
  if (a.type === 'call') return shape('call', PREFIX.task, 'Task', a.title, 'logged a call', true);
  if (a.type === 'meeting')
    return shape('event', PREFIX.event, 'Event', a.title, upcoming ? 'have an upcoming event' : 'had an event', true);
  if (a.type === 'email' && a.duplicateOf !== undefined)
    return shape('task', PREFIX.task, 'Task', `Email: ${a.title}`, 'logged an email', false);
  if (a.type === 'email') return shape('email', PREFIX.email, 'EmailMessage', a.title, 'sent an email', true);
  return shape('task', PREFIX.task, 'Task', a.title, `${has} task`, false);
}

function shape(kind: Shape['kind'], prefix: string, object: string, subject: string, verb: string, withTime: boolean) {
  return { kind, prefix, object, subject, verb, withTime };
}

function item(b: Build, world: DemoWorld, a: DemoActivity, upcoming: boolean): Element {
  const s = shapeOf(a, upcoming);
  const id = sfId(s.prefix, a.id);
  const date = s.withTime ? timelineDateTime(a.timestamp, world.now) : timelineDay(a.timestamp, world.now);
  const overdue = upcoming && Date.parse(a.timestamp) < Date.parse(world.now);
  return b(
    'li',
    { class: 'slds-timeline__item' },
    b(
      'div',
      { class: `slds-timeline__item_expandable slds-timeline__item_${s.kind}` },
      b('span', { class: 'slds-assistive-text' }, s.kind === 'event' ? 'Event' : capital(s.kind)),
      b(
        'div',
        { class: 'slds-media' },
        b('div', { class: 'slds-media__figure' }, b('span', { class: `slds-icon_container icon-${s.kind}` })),
        b(
          'div',
          { class: 'slds-media__body' },
          b(
            'div',
            { class: 'slds-grid slds-grid_align-spread' },
            b(
              'h3',
              { class: 'slds-truncate' },
              b(
                'a',
                { class: 'subjectLink slds-truncate', href: `/lightning/r/${s.object}/${id}/view`, title: s.subject },
                s.subject,
              ),
            ),
            b(
              'div',
              { class: 'slds-timeline__actions' },
              overdue && b('span', { class: 'overdue slds-text-color_error' }, 'Overdue'),
              b('p', { class: 'slds-timeline__date dueDate' }, date),
            ),
          ),
          sentence(b, world, a, s.verb),
          details(b, a),
        ),
      ),
    ),
  );
}

function sentence(b: Build, world: DemoWorld, a: DemoActivity, verb: string): Element {
  const contact = world.contacts.find((c) => c.id === a.contactId);
  const person = contact ? b('a', { href: contactPath(contact) }, fullName(contact)) : 'a contact';
  const rep = actorName(world, a.ownerId);
  if (a.type === 'email' && a.direction === 'inbound' && a.duplicateOf === undefined) {
    return b('p', { class: 'slds-m-horizontal_xx-small' }, person, ` sent an email to ${rep}`);
  }
  const agreed = rep === 'You' ? verb : verb.replace(/^have /, 'has ');
  return b('p', { class: 'slds-m-horizontal_xx-small' }, `${rep} ${agreed} with `, person);
}

function details(b: Build, a: DemoActivity): Element | null {
  const pairs: [string, string][] = [];
  if (a.type === 'call') pairs.push(['Call Type', 'Outbound'], ['Call Result', CALL_RESULT[a.outcome ?? ''] ?? '']);
  if (a.type === 'meeting' && a.outcome) pairs.push(['Meeting Outcome', MEETING_OUTCOME[a.outcome] ?? a.outcome]);
  if (a.sequenceName) pairs.push(['Cadence', a.sequenceName]);
  if (a.body) pairs.push(['Description', a.body]);
  if (pairs.length === 0) return null;
  return b(
    'article',
    { class: 'slds-box slds-timeline__item_details slds-theme_shade' },
    b(
      'ul',
      { class: 'slds-list_horizontal slds-wrap' },
      ...pairs.map(([label, value]) =>
        b(
          'li',
          { class: 'slds-grid slds-grid_vertical slds-size_1-of-2' },
          b('span', { class: 'slds-text-title' }, label),
          b('span', { class: 'slds-text-body_medium' }, value),
        ),
      ),
    ),
  );
}

function capital(s: string): string {
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
}
