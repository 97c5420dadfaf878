import { el } from '../el';
import type { DemoActivity, DemoDeal, DemoWorld } from '../world';
import { hubspotFigures } from './figures';
import { dayText, money, propertyDateTime } from './format';
import { contactPathOf } from './ids';
import { card, highlights, propertyCard } from './properties';
import { actionButtons, middlePane, recordView } from './record-frame';
import { type LabelId, text } from './text';
import { timeline } from './timeline';

/** A deal record (`/record/0-3/{id}`): pipeline and stage selects, stage path, timeline, contacts. */
export function dealView(doc: Document, world: DemoWorld, deal: DemoDeal): HTMLElement {
  const t = text();
  const owner = world.reps.find((r) => r.id === deal.ownerId)?.name ?? '--';
  const { activities, previousStage } = dealActivities(world, deal);
  const header = el(
    doc,
    'div',
    { 'data-selenium-test': 'deal-highlight-details', class: 'HighlightDetails__Wrapper-sc-8j2m1a' },
    el(doc, 'h3', { class: 'HighlightDetails__Name-sc-8j2m1a-1' }, deal.name),
    el(
      doc,
      'div',
      { class: 'HighlightDetails__Subtitle-sc-8j2m1a-2' },
      t.amountLine(money(deal.amount, deal.currency)),
    ),
    el(doc, 'div', {}, t.closeDateLine(dayText(`${deal.closeDate}T00:00:00Z`))),
    el(doc, 'label', { class: 'FormLabel__StyledLabel-sc-0a1b2c' }, t.labels.pipeline),
    el(doc, 'button', { id: 'pipeline-select', type: 'button', class: 'UISelect__Button-sc-4k0d9' }, deal.pipeline),
    el(doc, 'label', { class: 'FormLabel__StyledLabel-sc-0a1b2c' }, t.labels.dealStage),
    el(doc, 'button', { id: 'stage-select', type: 'button', class: 'UISelect__Button-sc-4k0d9' }, deal.stage),
    actionButtons(doc),
  );
  const rows: [LabelId, string][] = [
    ['dealOwner', owner],
    ['amount', money(deal.amount, deal.currency)],
    ['closeDate', dayText(`${deal.closeDate}T00:00:00Z`)],
    ['createDate', propertyDateTime(deal.createdAt)],
    ...hubspotFigures(activities),
  ];
  const left = el(
    doc,
    'div',
    { 'data-test-id': 'left-sidebar' },
    header,
    propertyCard(doc, t.headings.aboutDeal, rows),
  );
  const overview = [
    highlights(doc, [
      ['createDate', dayText(deal.createdAt)],
      ['dealStage', deal.stage],
      ['closeDate', dayText(`${deal.closeDate}T00:00:00Z`)],
    ]),
  ];
  const contacts = world.contacts.filter((c) => deal.contactIds.includes(c.id));
  const right = el(
    doc,
    'div',
    { 'data-test-id': 'records-right-sidebar' },
    card(
      doc,
      'CONTACT',
      t.headings.contacts(contacts.length),
      ...contacts.map((c) =>
        el(
          doc,
          'div',
          {},
          el(doc, 'a', { href: contactPathOf(c.id) }, `${c.firstName} ${c.lastName}`),
          el(doc, 'div', {}, c.email),
        ),
      ),
    ),
  );
  const middle = middlePane(doc, overview, [stagePath(doc, deal), timeline(doc, { activities, world, previousStage })]);
  return recordView(doc, deal.name, left, middle, right);
}

/** The deal's stage path (demo look-alike: no public source shows HubSpot's markup for it). */
function stagePath(doc: Document, deal: DemoDeal): HTMLElement {
  const stages = [...deal.stages, 'Closed won', 'Closed lost'];
  return card(
    doc,
    'DEAL_STAGE_PATH',
    text().headings.stagePath,
    el(
      doc,
      'ol',
      { 'data-test-id': 'deal-stage-path' },
      ...stages.map((stage) =>
        el(
          doc,
          'li',
          stage === deal.stage ? { 'data-stage': stage, 'aria-current': 'step' } : { 'data-stage': stage },
          stage,
        ),
      ),
    ),
  );
}

/** The deal's own timeline: its touches and stage changes, plus a "Deal created" event. */
function dealActivities(world: DemoWorld, deal: DemoDeal) {
  const activities: DemoActivity[] = world.activities.filter((a) => a.dealId === deal.id);
  const first = deal.stageHistory[0];
  if (first)
    activities.push({
      id: 0,
      type: 'system',
      direction: 'outbound',
      timestamp: deal.createdAt,
      title: 'Deal created',
      body: first.stage,
      ownerId: deal.ownerId,
      automated: true,
    });
  const previousStage = new Map<number, string>();
  for (const a of activities) {
    const stage = a.title.match(/^Stage changed to (.+)$/)?.[1];
    const index = deal.stageHistory.findIndex((s) => s.stage === stage);
    const before = deal.stageHistory[index - 1];
    if (before) previousStage.set(a.id, before.stage);
  }
  return { activities, previousStage };
}
