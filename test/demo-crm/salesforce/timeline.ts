import type { DemoActivity, DemoWorld } from '../world';
import { monthGroup, timelineDateTime, timelineDay } from './format';
import type { Build } from './h';
import { PREFIX, sfId } from './ids';
import { contactPath, fullName, isCurrentUser, isPast, repName } from './model';
import { text } from './text';
import type { SalesforceText } from './text-en';

/** Picklist values: the org defined them, so they read the same in every UI language. */
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
      b('h3', { class: 'slds-section__title' }, text().upcomingHeading),
      upcoming.length > 0
        ? b('ul', { class: 'slds-timeline' }, ...upcoming.map((a) => item(b, world, a, true)))
        : b('p', { class: 'emptyText' }, text().noActivities),
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

type SentenceKind = keyof SalesforceText['sentences'];

interface Shape {
  kind: 'call' | 'email' | 'event' | 'task';
  prefix: string;
  object: string;
  subject: string;
  sentence: SentenceKind;
  withTime: boolean;
}

function shapeOf(a: DemoActivity, upcoming: boolean): Shape {
  if (a.type === 'call') return shape('call', PREFIX.task, 'Task', a.title, 'call', true);
  if (a.type === 'meeting')
    return shape('event', PREFIX.event, 'Event', a.title, upcoming ? 'upcomingEvent' : 'pastEvent', true);
  if (a.type === 'email' && a.duplicateOf !== undefined)
    return shape('task', PREFIX.task, 'Task', text().loggedEmailSubject(a.title), 'loggedEmail', false);
  if (a.type === 'email') return shape('email', PREFIX.email, 'EmailMessage', a.title, 'sentEmail', true);
  return shape('task', PREFIX.task, 'Task', a.title, upcoming ? 'upcomingTask' : 'pastTask', false);
}

function shape(
  kind: Shape['kind'],
  prefix: string,
  object: string,
  subject: string,
  sentence: SentenceKind,
  withTime: boolean,
): Shape {
  return { kind, prefix, object, subject, sentence, withTime };
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
      b('span', { class: 'slds-assistive-text' }, text().kinds[s.kind]),
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
              overdue && b('span', { class: 'overdue slds-text-color_error' }, text().overdue),
              b('p', { class: 'slds-timeline__date dueDate' }, date),
            ),
          ),
          sentence(b, world, a, s.sentence),
          details(b, a),
        ),
      ),
    ),
  );
}

function sentence(b: Build, world: DemoWorld, a: DemoActivity, kind: SentenceKind): Element {
  const t = text();
  const contact = world.contacts.find((c) => c.id === a.contactId);
  const person = contact ? b('a', { href: contactPath(contact) }, fullName(contact)) : t.aContact;
  const you = isCurrentUser(a.ownerId);
  const rep = you ? t.you : repName(world, a.ownerId);
  const received = a.type === 'email' && a.direction === 'inbound' && a.duplicateOf === undefined;
  const [before, after] = t.sentences[received ? 'received' : kind](rep, you);
  return b('p', { class: 'slds-m-horizontal_xx-small' }, before, person, after);
}

function details(b: Build, a: DemoActivity): Element | null {
  const t = text().details;
  const pairs: [string, string][] = [];
  if (a.type === 'call') pairs.push([t.callType, t.outbound], [t.callResult, CALL_RESULT[a.outcome ?? ''] ?? '']);
  if (a.type === 'meeting' && a.outcome) pairs.push([t.meetingOutcome, MEETING_OUTCOME[a.outcome] ?? a.outcome]);
  if (a.sequenceName) pairs.push([t.cadence, a.sequenceName]);
  if (a.body) pairs.push([t.description, a.body]);
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
