import { el } from '../el';
import type { DemoDeal, DemoWorld } from '../world';
import { daysPerStage } from './figures';
import { dealValue } from './money';
import { repName } from './records';
import { field } from './sidebar';
import { text } from './text';

/** The deal header: title, value, owner, Won/Lost (or the closed badge), rotting marker, stage bar. */
export function dealHeader(doc: Document, world: DemoWorld, deal: DemoDeal, rotting: number): HTMLElement {
  const t = text();
  const value = dealValue(deal.amount);
  const status = deal.closed
    ? el(
        doc,
        'div',
        { class: 'deal-status-group' },
        el(
          doc,
          'span',
          { class: `deal-status deal-status--${deal.closed}`, 'data-testid': 'deal-status' },
          deal.closed === 'won' ? t.won : t.lost,
        ),
        el(doc, 'button', { class: 'button', type: 'button' }, t.reopen),
      )
    : el(
        doc,
        'div',
        { class: 'deal-actions' },
        el(doc, 'button', { class: 'button button--won', type: 'button' }, t.won),
        el(doc, 'button', { class: 'button button--lost', type: 'button' }, t.lost),
      );
  return el(
    doc,
    'header',
    { class: `detail-header${rotting > 0 ? ' is-rotting' : ''}`, 'data-testid': 'detail-header' },
    el(
      doc,
      'div',
      { class: 'detail-header__row' },
      el(doc, 'h1', { class: 'detail-header__title', 'data-testid': 'header-title' }, deal.name),
      rotting > 0
        ? el(doc, 'span', { class: 'rotting-badge', 'data-testid': 'rotting-badge' }, t.rotting(rotting))
        : null,
      status,
    ),
    el(
      doc,
      'div',
      { class: 'detail-header__row' },
      el(doc, 'span', { class: 'deal-value', 'data-testid': 'deal-value' }, value),
      field(doc, 'owner_id', t.labels.owner, repName(world, deal.ownerId)),
    ),
    stageBar(doc, world, deal),
  );
}

/** Each stage a chevron: name in its tooltip, days spent under it; the current one marked. */
function stageBar(doc: Document, world: DemoWorld, deal: DemoDeal): HTMLElement {
  const days = daysPerStage(deal, world.now);
  const reached = deal.stageHistory.map((h) => h.stage).filter((s) => deal.stages.includes(s));
  const current = reached[reached.length - 1];
  const currentIndex = current ? deal.stages.indexOf(current) : -1;
  const steps = deal.stages.map((stage, i) => {
    const state = i < currentIndex ? 'passed' : i === currentIndex ? 'current' : 'upcoming';
    const spent = days.get(stage);
    return el(
      doc,
      'li',
      {
        class: `stage stage--${state}`,
        'data-testid': 'pipeline-stage',
        title: stage,
        'aria-current': state === 'current' ? 'step' : undefined,
      },
      el(doc, 'span', { class: 'stage__name sr-only', 'data-testid': 'stage-name' }, stage),
      el(doc, 'span', { class: 'stage__days' }, spent === undefined ? '' : text().stageDays(spent)),
    );
  });
  return el(
    doc,
    'div',
    { class: 'stage-bar' },
    el(doc, 'span', { class: 'pipeline-name', 'data-testid': 'pipeline-name' }, deal.pipeline),
    el(doc, 'ol', { class: 'stages', 'data-testid': 'pipeline-stages' }, ...steps),
  );
}
