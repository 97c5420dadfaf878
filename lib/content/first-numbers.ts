import { CHANNEL_COLOR_VAR, CHANNEL_LABEL, CHANNELS } from '../../components/channels';
import { reasonText, relativeDays } from '../../components/format';
import { lastTouchReason } from '../../components/last-touch-reason';
import { ACTIVITIES_NOT_READ, timelineNotRead } from '../../components/page-not-read';
import { daysMissing, daysText, daysUnit, rangeData } from '../../components/stage-days';
import type { NotRead } from '../schema/read-result';
import type { ContactView, DealView, RecordView } from '../schema/view-model';
import { el, metricEl } from './element';

/**
 * The first numbers of a record, drawn by the content script before the whole panel (a lazy
 * chunk) arrives: for a contact the touches in the period, by channel, and days since the last
 * touch; for a deal the stage and the days in it (panel-wireframe.md's top lines). Same classes
 * and contract attributes as the Preact components that replace them (TouchSummary, ChannelBars,
 * CadenceCard, DealTitle, StageCard); what is not drawn yet keeps its place as a skeleton. A
 * contact whose timeline was not read, with nothing stored, gets no "0" but what TimelineNotRead
 * says.
 */
export function firstNumbers(view: RecordView, notRead: readonly NotRead[]): HTMLElement {
  const partly = timelineNotRead(notRead) !== undefined;
  const unread = view.activitiesRead === 0 ? timelineNotRead(notRead) : undefined;
  const parts =
    view.kind === 'deal'
      ? dealParts(view)
      : unread === undefined
        ? contactParts(view, partly)
        : contactNotRead(view, unread);
  return el('div', { class: 'tl-view', 'data-kind': view.kind }, ...parts, restLoading());
}

function contactTitle(view: ContactView): HTMLElement {
  return el(
    'h2',
    { class: 'tl-title' },
    view.name,
    view.company && el('span', { class: 'tl-subtitle' }, ` · ${view.company}`),
  );
}

function contactNotRead(view: ContactView, reason: string): HTMLElement[] {
  const unknown = (name: string) => metricEl(name, null, '—', { reason: ACTIVITIES_NOT_READ, class: 'tl-strong' });
  const card = el(
    'section',
    { class: 'tl-card', 'aria-label': 'Touches not read' },
    el(
      'p',
      { class: 'tl-notice', role: 'note' },
      `Touchline could not read this record's activity timeline (${reason}).`,
    ),
    el(
      'p',
      {},
      el('span', { class: 'tl-label' }, 'Touches: '),
      unknown('touches-total'),
      el('span', { class: 'tl-label' }, ' · last touch: '),
      unknown('days-since-last-touch'),
    ),
  );
  return [contactTitle(view), card];
}

/** `partly`: the page showed its timeline in part, so no stored touch is no "no touches yet" (lastTouchReason). */
function contactParts(view: ContactView, partly: boolean): HTMLElement[] {
  const { touches } = view;
  const undated = touches.undated ?? 0;
  const title = contactTitle(view);
  const headline = el(
    'p',
    { class: 'tl-headline' },
    metricEl('touches-total', touches.total, String(touches.total), { class: 'tl-big' }),
    ' ',
    el('span', { class: 'tl-unit' }, touches.total === 1 ? 'touch' : 'touches'),
    ' ',
    el('span', { class: 'tl-label' }, `in ${view.period.label}`),
    metricEl(
      'touches-undated',
      undated,
      undated > 0 ? ` · ${undated} ${undated === 1 ? 'touch' : 'touches'} could not be dated` : '',
      { class: 'tl-undated' },
    ),
  );
  const last = view.daysSinceLastTouch;
  const reason = lastTouchReason(view, partly);
  const cadence = el(
    'section',
    { class: 'tl-card', 'aria-label': 'Cadence' },
    el('h3', { class: 'tl-card-title' }, 'Cadence'),
    el(
      'p',
      {},
      el('span', { class: 'tl-label' }, 'last touch '),
      metricEl('days-since-last-touch', last, last === null ? reasonText(reason) : relativeDays(last), {
        reason,
        class: 'tl-strong',
      }),
    ),
  );
  const summary = el(
    'section',
    { class: 'tl-card', 'aria-label': 'Touches' },
    headline,
    channelBars(touches.byChannel),
  );
  return [title, summary, cadence];
}

function channelBars(byChannel: ContactView['touches']['byChannel']): HTMLElement {
  const max = Math.max(1, ...CHANNELS.map((channel) => byChannel[channel]));
  const rows = CHANNELS.map((channel) => {
    const count = byChannel[channel];
    const bar = el('span', { class: 'tl-bar' });
    bar.style.width = `${(count / max) * 100}%`;
    bar.style.background = `var(${CHANNEL_COLOR_VAR[channel]})`;
    return el(
      'li',
      { class: 'tl-bar-row' },
      el('span', { class: 'tl-bar-label' }, CHANNEL_LABEL[channel]),
      el('span', { class: 'tl-bar-track', 'aria-hidden': 'true' }, bar),
      metricEl(`touches-${channel}`, count, String(count), { class: 'tl-bar-count' }),
    );
  });
  return el('ul', { class: 'tl-bars', 'aria-label': 'Touches by channel' }, ...rows);
}

function dealParts(view: DealView): HTMLElement[] {
  const stage = metricEl('stage', view.stage ?? null, view.stage ?? 'stage unknown', { reason: 'no-stage' });
  const title = el('h2', { class: 'tl-title' }, view.name, el('span', { class: 'tl-subtitle' }, ' · ', stage));
  const missing = daysMissing(view);
  const days = view.daysInStage;
  const daysLine = el(
    'p',
    { class: 'tl-stage-days' },
    metricEl('days-in-stage', days, days === null ? '—' : daysText(view, days), {
      reason: missing.reason,
      data: rangeData(view),
      class: 'tl-big',
    }),
    ' ',
    el('span', { class: 'tl-unit' }, daysUnit(view, missing.words)),
  );
  return [title, el('section', { class: 'tl-card', 'aria-label': 'Stage' }, daysLine)];
}

/** Where the rest of the panel will be: lines of the skeleton, never a "0" for a number not known yet. */
function restLoading(): HTMLElement {
  return el(
    'div',
    { class: 'tl-skeleton', 'aria-busy': 'true', 'aria-label': 'Loading the rest of the panel' },
    el('div', { class: 'tl-skeleton-line tl-skeleton-line--wide' }),
    el('div', { class: 'tl-skeleton-line' }),
    el('div', { class: 'tl-skeleton-line tl-skeleton-line--short' }),
  );
}
