import { el } from '../el';
import type { DemoActivity } from '../world';
import type { CardContext } from './card-text';
import { cardText } from './card-text';
import { timelineDate } from './format';
import { contactPathOf, engagementId } from './ids';
import { text } from './text';

/**
 * One timeline card, with the test attributes crm-pages.md names: `timeline-card`, its editable
 * title and `timeline-header-actions` carrying the engagement id. System events (property
 * changes) are not engagements: they have no id and no actions.
 */
export function timelineCard(doc: Document, a: DemoActivity, ctx: CardContext, now: string): HTMLElement {
  const t = text();
  const shown = cardText(a, ctx);
  const isEngagement = a.type !== 'system';
  const id = engagementId(a.id);
  const actions = isEngagement
    ? el(
        doc,
        'div',
        {
          'data-selenium-test': 'timeline-header-actions',
          'data-selenium-id': id,
          class: 'TimelineHeaderActions__Wrapper-sc-1q8vz0',
        },
        el(
          doc,
          'button',
          { 'data-selenium-test': 'timeline-pin-engagement-button', 'data-selenium-id': id, type: 'button' },
          t.pin,
        ),
        el(doc, 'button', { type: 'button', 'aria-haspopup': 'true' }, t.actions),
      )
    : null;
  const when = a.type === 'task' ? `${t.dates.due} ${timelineDate(a.timestamp, now)}` : timelineDate(a.timestamp, now);
  const header = el(
    doc,
    'div',
    { class: 'TimelineHeader__StyledHeader-sc-93kd2a' },
    el(doc, 'span', {
      class: 'UIIcon__IconWrapper-sc-1o5d1h',
      role: 'img',
      'aria-label': shown.icon,
      'data-icon-name': shown.icon,
    }),
    el(doc, 'span', { class: 'TimelineHeader__Text-sc-93kd2a-1' }, shown.header),
    el(doc, 'span', { 'data-test-id': 'event-timestamp', class: 'TimelineHeader__Time-sc-93kd2a-2' }, when),
    actions,
  );
  const contactName = ctx.contact ? `${ctx.contact.firstName} ${ctx.contact.lastName}` : '';
  const description = el(
    doc,
    'p',
    { class: 'TimelineBody__Description-sc-5jd0x1' },
    shown.descriptionBefore,
    shown.namesContact && ctx.contact ? el(doc, 'a', { href: contactPathOf(ctx.contact.id) }, contactName) : null,
    shown.descriptionAfter,
  );
  const title = shown.editableTitle
    ? el(
        doc,
        'span',
        { 'data-selenium-test': 'timeline-editable-title', class: 'EditableTitle__Text-sc-2xk1p' },
        shown.editableTitle,
      )
    : null;
  const properties = shown.properties.map(([label, value]) =>
    el(
      doc,
      'div',
      { class: 'TimelineProperty__Row-sc-8ad1c2' },
      el(doc, 'span', { class: 'TimelineProperty__Label-sc-8ad1c2-1' }, label),
      el(doc, 'span', { class: 'TimelineProperty__Value-sc-8ad1c2-2' }, value),
    ),
  );
  const body = shown.body ? el(doc, 'div', { class: 'TimelineBody__Text-sc-5jd0x1-1' }, shown.body) : null;
  return el(
    doc,
    'div',
    {
      'data-selenium-test': 'timeline-card',
      'data-test-id': shown.isNote ? 'timeline-note-event' : 'timeline-preview-event',
      class: 'TimelineCard__Outer-sc-1h6xw0',
    },
    header,
    el(doc, 'div', { class: 'TimelineBody__Wrapper-sc-5jd0x1-2' }, title, description, ...properties, body),
  );
}
