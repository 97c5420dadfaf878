import { el } from '../el';
import type { DemoActivity, DemoContact, DemoWorld } from '../world';
import { timelineCard } from './card';
import { monthHeading } from './format';
import { text } from './text';

/** Which of the world's activities a record's timeline shows, and how each card reads. */
export interface TimelineSource {
  activities: DemoActivity[];
  world: DemoWorld;
  /** Deal timelines: the stage each stage change left (keyed by activity id). */
  previousStage?: Map<number, string>;
}

/**
 * The activity timeline (crm-pages.md `crm-events-viz-timeline`): an "Upcoming" group, then
 * month groups, newest first, every activity of the record including notes, tasks, system
 * events and duplicate captures.
 */
export function timeline(doc: Document, source: TimelineSource): HTMLElement {
  const newestFirst = [...source.activities].sort((a, b) => b.timestamp.localeCompare(a.timestamp) || b.id - a.id);
  const upcoming = newestFirst.filter((a) => a.planned).reverse();
  const groups = new Map<string, DemoActivity[]>();
  for (const a of newestFirst.filter((x) => !x.planned)) {
    const heading = monthHeading(a.timestamp);
    groups.set(heading, [...(groups.get(heading) ?? []), a]);
  }
  const container = el(doc, 'div', { 'data-test-id': 'crm-events-viz-timeline', class: 'Timeline__Wrapper-sc-4e2kd' });
  if (upcoming.length) container.append(group(doc, 'upcoming', text().upcoming, upcoming, source));
  for (const [heading, items] of groups)
    container.append(group(doc, heading.replace(' ', '-').toLowerCase(), heading, items, source));
  if (!source.activities.length)
    container.append(el(doc, 'p', { class: 'Timeline__Empty-sc-4e2kd-1' }, text().noActivities));
  return container;
}

function group(
  doc: Document,
  key: string,
  heading: string,
  items: DemoActivity[],
  source: TimelineSource,
): HTMLElement {
  return el(
    doc,
    'section',
    { 'data-test-id': `timeline-group-${key}`, class: 'TimelineGroup__Section-sc-0b1k2' },
    el(doc, 'h2', { class: 'TimelineGroup__Heading-sc-0b1k2-1' }, heading),
    ...items.map((a) => cardFor(doc, a, source)),
  );
}

export function cardFor(doc: Document, a: DemoActivity, source: TimelineSource): HTMLElement {
  const { world } = source;
  const owner = world.reps.find((r) => r.id === a.ownerId)?.name ?? 'HubSpot';
  const contact: DemoContact | undefined = world.contacts.find((c) => c.id === a.contactId);
  const loggedByHand = world.activities.some((x) => x.duplicateOf === a.id);
  return timelineCard(
    doc,
    a,
    { owner, contact, loggedByHand, previousStage: source.previousStage?.get(a.id) },
    world.now,
  );
}
