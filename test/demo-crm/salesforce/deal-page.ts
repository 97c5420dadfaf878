import type { DemoDeal, DemoWorld } from '../world';
import { notesList } from './contact-page';
import { money, usDate, usDateTime } from './format';
import type { Build } from './h';
import { PREFIX, sfId } from './ids';
import { accountPath, contactPath, dealActivities, fullName, isPast, lastActivity, repName, stageLabel } from './model';
import { field, highlights, recordLayout, relatedList, section } from './record-parts';
import { recentItems } from './shell';
import { text } from './text';
import { timeline } from './timeline';

/** An Opportunity record page: highlights, stage path, details, timeline, related lists. */
export function dealPage(b: Build, world: DemoWorld, d: DemoDeal, loading: boolean): Element {
  const t = text();
  const { labels: l, sections } = t;
  const company = world.contacts.find((c) => c.id === d.contactIds[0])?.company ?? '';
  const account = b('a', { href: accountPath(world, company) }, company);
  const owner = repName(world, d.ownerId);
  const header = highlights(b, t.objects.opportunity, loading ? null : d.name, [
    [l.accountName, account.cloneNode(true)],
    [l.closeDate, usDate(d.closeDate)],
    [l.amount, money(d.amount)],
    [l.opportunityOwner, owner],
  ]);
  if (loading) return recordLayout(b, header, [], [timeline(b, world, [], true)], []);
  const activities = dealActivities(world, d);
  const last = lastActivity(world, activities);
  const details = section(b, sections.opportunityInformation, [
    field(b, l.opportunityName, d.name),
    field(b, l.accountName, account),
    field(b, l.closeDate, usDate(d.closeDate), 'lightning-formatted-date-time'),
    field(b, l.amount, money(d.amount), 'lightning-formatted-number'),
    field(b, l.stage, stageLabel(d.stage)),
    field(b, l.opportunityOwner, b('a', { href: `/lightning/r/User/${sfId(PREFIX.user, d.ownerId)}/view` }, owner)),
    field(b, l.lastActivity, last ? usDate(last) : '', 'lightning-formatted-date-time'),
    field(b, l.createdBy, `${owner}, ${usDateTime(d.createdAt)}`),
  ]);
  const contacts = world.contacts.filter((c) => d.contactIds.includes(c.id));
  const history = [...d.stageHistory].reverse();
  const right = [
    relatedList(
      b,
      sections.contactRoles,
      [l.contactName, l.role, l.primary],
      contacts.map((c, i) => [
        b('a', { href: contactPath(c) }, fullName(c)),
        i === 0 ? t.roles.decisionMaker : t.roles.influencer,
        i === 0 ? t.roles.primary : '',
      ]),
    ),
    relatedList(
      b,
      sections.stageHistory,
      [l.stage, l.amount, l.closeDate, l.lastModifiedBy, l.lastModified],
      history.map((h) => [stageLabel(h.stage), money(d.amount), usDate(d.closeDate), owner, usDateTime(h.enteredAt)]),
    ),
    notesList(
      b,
      world,
      activities.filter((a) => a.type === 'note' && isPast(a, world)),
    ),
  ];
  return recordLayout(
    b,
    header,
    [recentItems(b, world), stagePath(b, d), details],
    [timeline(b, world, activities, false)],
    right,
  );
}

/**
 * The stage path (crm-pages.md): steps `li.runtime_sales_pathassistantPathAssistantTab`, the
 * current `.slds-is-active` with `data-name`, done steps marked `span.complete`. The last step
 * reads "Closed" until the deal closes.
 */
function stagePath(b: Build, d: DemoDeal): Element {
  const current = stageLabel(d.stage);
  const steps = [...d.stages, d.closed ? current : text().closed];
  const at = steps.indexOf(current);
  return b(
    'div',
    { class: 'runtime_sales_pathassistantCollapsibleDrawer slds-path' },
    b(
      'ul',
      { class: 'slds-path__nav', role: 'listbox' },
      ...steps.map((stage, i) => {
        const state = i < at ? 'slds-is-complete' : i === at ? 'slds-is-current slds-is-active' : 'slds-is-incomplete';
        const won = i === at && d.closed ? ` slds-is-${d.closed}` : '';
        return b(
          'li',
          {
            class: `slds-path__item runtime_sales_pathassistantPathAssistantTab ${state}${won}`,
            'data-name': stage,
            role: 'presentation',
          },
          b(
            'a',
            { class: 'slds-path__link', role: 'option', title: stage },
            i < at
              ? b(
                  'span',
                  { class: 'complete slds-path__stage' },
                  b('span', { class: 'slds-assistive-text' }, text().stageComplete),
                )
              : null,
            b('span', { class: 'title slds-path__title' }, stage),
          ),
        );
      }),
    ),
  );
}
