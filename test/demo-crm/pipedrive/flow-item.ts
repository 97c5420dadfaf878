import { el } from '../el';
import type { DemoActivity, DemoWorld } from '../world';
import { activityDateText, mailDateText } from './format-date';
import { activityId, dealPath, personPath } from './ids';
import { contactName, type ItemKind, itemKind, repName } from './records';
import { text } from './text';
import type { PipedriveText } from './text-en';

type TypeName = keyof PipedriveText['types'];
/** Activity type keys and icons: Pipedrive's built-in ones plus two user-defined types. */
const TYPES: Record<string, { key: string; name: TypeName; icon: string }> = {
  call: { key: 'call', name: 'call', icon: '☎' },
  meeting: { key: 'meeting', name: 'meeting', icon: '👥' },
  task: { key: 'task', name: 'task', icon: '⚑' },
  email: { key: 'email', name: 'email', icon: '✉' },
  social: { key: 'linkedin', name: 'social', icon: 'in' },
  sms: { key: 'sms', name: 'sms', icon: '✆' },
};

/** One flow item of the Focus or History section, as the look-alike models Pipedrive's. */
export function flowItem(doc: Document, world: DemoWorld, a: DemoActivity, previousStage?: string): HTMLElement {
  const kind = itemKind(a);
  const type = kind === 'activity' ? (TYPES[a.type] ?? TYPES.task) : undefined;
  const label = type ? text().types[type.name] : text().kinds[kind];
  const done = kind === 'activity' ? !a.planned : undefined;
  const card = el(
    doc,
    'div',
    { class: 'flow-item__card' },
    header(doc, a, kind, label, done),
    meta(doc, world, a, kind),
  );
  card.append(...details(doc, world, a, kind, previousStage));
  return el(
    doc,
    'div',
    {
      class: `flow-item flow-item--${kind}${done === false ? ' flow-item--planned' : ''}`,
      'data-testid': 'flow-item',
      'data-item-type': kind,
      'data-id': activityId(a),
      'data-activity-type': type?.key,
    },
    el(doc, 'span', { class: 'flow-item__icon', 'aria-label': label, title: label }, type?.icon ?? label.charAt(0)),
    card,
  );
}

function header(doc: Document, a: DemoActivity, kind: ItemKind, label: string, done: boolean | undefined) {
  const box =
    done === undefined
      ? null
      : el(doc, 'button', {
          class: `done-toggle${done ? ' done-toggle--done' : ''}`,
          type: 'button',
          role: 'checkbox',
          'data-testid': 'activity-done',
          'aria-checked': String(done),
          'aria-label': done ? text().markNotDone : text().markDone,
        });
  const subject = kind === 'note' ? null : subjectOf(doc, a, kind);
  const status =
    done === undefined ? null : el(doc, 'span', { class: 'activity-status' }, done ? text().done : text().planned);
  return el(
    doc,
    'div',
    { class: 'flow-item__header' },
    box,
    el(doc, 'span', { class: 'flow-item__type', 'data-testid': 'flow-item-type' }, label),
    subject,
    status,
  );
}

function subjectOf(doc: Document, a: DemoActivity, kind: ItemKind): HTMLElement {
  const t = text();
  const subject = kind === 'change' ? (a.contactId !== undefined ? t.personCreated : t.dealUpdated) : a.title;
  const href =
    kind === 'email'
      ? `/mail/thread/${activityId(a)}`
      : kind === 'activity'
        ? `/activities/${activityId(a)}`
        : undefined;
  return el(
    doc,
    href ? 'a' : 'span',
    { class: 'flow-item__subject', 'data-testid': 'flow-item-subject', href },
    subject,
  );
}

function meta(doc: Document, world: DemoWorld, a: DemoActivity, kind: ItemKind): HTMLElement {
  const date = kind === 'email' ? mailDateText(a.timestamp, world.now) : activityDateText(a.timestamp, world.now);
  const parts: HTMLElement[] = [
    el(doc, 'span', { class: 'flow-item__date', 'data-testid': 'flow-item-date' }, date),
    el(doc, 'span', { class: 'flow-item__owner', 'data-testid': 'flow-item-owner' }, repName(world, a.ownerId)),
  ];
  const contact = world.contacts.find((c) => c.id === a.contactId);
  if (contact)
    parts.push(el(doc, 'a', { class: 'flow-item__person', href: personPath(contact) }, contactName(contact)));
  const deal = world.deals.find((d) => d.id === a.dealId);
  if (deal && kind !== 'change')
    parts.push(el(doc, 'a', { class: 'flow-item__deal', href: dealPath(deal) }, deal.name));
  const node = el(doc, 'div', { class: 'flow-item__meta' });
  parts.forEach((part, i) => {
    node.append(...(i > 0 ? [doc.createTextNode(' · '), part] : [part]));
  });
  return node;
}

function details(doc: Document, world: DemoWorld, a: DemoActivity, kind: ItemKind, previousStage?: string) {
  if (kind === 'note') return [el(doc, 'div', { class: 'note-body', 'data-testid': 'flow-item-body' }, a.body)];
  if (kind === 'change') return [changeRow(doc, a, previousStage)];
  if (kind === 'email') return emailDetails(doc, world, a);
  const t = text();
  const outcomes: Record<string, string | undefined> = t.callOutcomes;
  const lines: HTMLElement[] = [];
  if (a.type === 'call' && a.outcome)
    lines.push(
      el(
        doc,
        'div',
        { class: 'call-outcome', 'data-testid': 'call-outcome' },
        t.outcome(outcomes[a.outcome] ?? a.outcome),
      ),
    );
  if (a.type === 'meeting' && a.outcome === 'no-show')
    lines.push(el(doc, 'div', { class: 'flow-item__body', 'data-testid': 'flow-item-body' }, t.noShowBody));
  if (a.duplicateOf !== undefined)
    lines.push(el(doc, 'div', { class: 'flow-item__body', 'data-testid': 'flow-item-body' }, t.loggedManually));
  return lines;
}

function changeRow(doc: Document, a: DemoActivity, previousStage?: string): HTMLElement {
  const t = text();
  const closing = a.title.match(/Closed (won|lost)$/i);
  const field = a.contactId !== undefined ? t.change.person : closing ? t.change.status : t.change.stage;
  const before = a.contactId !== undefined ? '' : closing ? t.change.open : (previousStage ?? '');
  const after =
    a.contactId !== undefined
      ? t.change.created
      : closing
        ? closing[1] === 'won'
          ? t.won
          : t.lost
        : a.title.replace(/^Stage changed to /, '');
  return el(
    doc,
    'div',
    { class: 'change' },
    el(doc, 'span', { class: 'change-field', 'data-testid': 'change-field' }, field),
    before ? el(doc, 'span', { class: 'change-old', 'data-testid': 'change-old' }, before) : null,
    before ? ' → ' : null,
    el(doc, 'span', { class: 'change-new', 'data-testid': 'change-new' }, after),
  );
}

function emailDetails(doc: Document, world: DemoWorld, a: DemoActivity): HTMLElement[] {
  const contact = world.contacts.find((c) => c.id === a.contactId);
  const rep = world.reps.find((r) => r.id === a.ownerId);
  const t = text();
  const person = contact ? `${contactName(contact)} <${contact.email}>` : t.unknown;
  const user = rep ? `${rep.name} <${rep.email}>` : t.unknown;
  const inbound = a.direction === 'inbound';
  const lines = [
    el(
      doc,
      'span',
      { class: 'email-direction', 'data-testid': 'email-direction' },
      inbound ? t.mail.received : t.mail.sent,
    ),
    el(doc, 'div', { class: 'email-from', 'data-testid': 'email-from' }, t.mail.from(inbound ? person : user)),
    el(doc, 'div', { class: 'email-to' }, t.mail.to(inbound ? user : person)),
    el(doc, 'div', { class: 'flow-item__body email-snippet' }, a.body),
  ];
  if (a.sequenceName) lines.push(el(doc, 'span', { class: 'sequence-tag' }, t.mail.sequence(a.sequenceName)));
  return lines;
}
