import { Window } from 'happy-dom';
import { pipedrive } from '../../../../lib/adapters/pipedrive/index';
import type { ReadResult } from '../../../../lib/schema/read-result';

/**
 * Person and deal pages of the current Pipedrive, in any of its languages, built as crm-evidence-2.md
 * describes them, and read by the adapter at the clock the project's tests use (2026-11-20T15:00:00Z, UTC).
 */
const clock = { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'UTC' };

export function readAt(path: string, body: string, lang: string, title: string): ReadResult {
  const url = `https://acme.pipedrive.com${path}`;
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  window.document.write(
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
  );
  try {
    return pipedrive.read(window.document as unknown as Document, new URL(url), clock);
  } finally {
    window.close();
  }
}

/**
 * Lena Vogt's person page (her address under `emailLabel`, an empty Focus, no filter chips) with
 * `feed` in its History headed `historyTitle`, read in `lang`; throws unless it reads as a record.
 */
export function readLenasHistory(
  feed: string,
  o: { lang: string; historyTitle: string; emailLabel?: string },
): Extract<ReadResult, { status: 'read' }> {
  const body = personBody({
    name: 'Lena Vogt',
    fields: [[o.emailLabel ?? 'E-mail', '<a href="mailto:lena.vogt@harbor.example">lena.vogt@harbor.example</a>']],
    focusTitle: 'Focus',
    focus: '',
    historyTitle: o.historyTitle,
    chips: [],
    feed,
  });
  const r = readAt('/person/5120', body, o.lang, 'Lena Vogt');
  if (r.status !== 'read') throw new Error(JSON.stringify(r));
  return r;
}

/**
 * A person page as crm-evidence-2.md describes the current Pipedrive: build-hashed classes, the
 * name in `[data-testid="header-title"]`, field rows `field-name` / `fields-list-row-field-components`,
 * History filter chips with `aria-pressed`, the type of an entry only in its icon's `aria-label`/`title`.
 */
export function personBody(o: {
  name: string;
  fields: [string, string][];
  focusTitle: string;
  focus: string;
  historyTitle: string;
  chips: string[];
  feed: string;
}): string {
  const rows = o.fields
    .map(
      ([label, value]) =>
        `<div class="FieldsList_row__a8Kd2"><span data-testid="field-name">${label}</span><div data-testid="fields-list-row-field-components">${value}</div></div>`,
    )
    .join('');
  const chips = o.chips
    .map(
      (c, i) =>
        `<button type="button" class="cui5-pill" data-testid="filter-button-${i === 0 ? 'all' : `f${i}`}" aria-pressed="${i === 0}">${c}</button>`,
    )
    .join('');
  return `<div id="application"><main class="AppShell_main__Rr4t1"><div class="DetailView_root__P0o9x">
  <header class="DetailHeader_header__J3k2m"><div data-testid="header-title"><h1 class="cui5-editable-text">${o.name}</h1></div></header>
  <div class="DetailView_columns__P0o9x">
    <aside class="DetailSidebar_sidebar__N2b8v"><section class="Section_section__u7Yt3">${rows}</section></aside>
    <div class="DetailView_flow__P0o9x">
      <section class="Focus_focus__Lq7w2"><h2 class="Focus_title__Lq7w2">${o.focusTitle}</h2>${o.focus}</section>
      <section class="History_history__Xc4v1"><h2 class="History_title__Xc4v1">${o.historyTitle}</h2>
        <div class="History_filters__Xc4v1">${chips}</div>
        <div class="History_list__Xc4v1">${o.feed}</div>
      </section>
    </div>
  </div>
</div></main></div>`;
}

/** An activity entry: its type icon, done toggle, subject link to the activity, a meta line. */
export function activity(o: {
  icon: string;
  id: number;
  subject: string;
  done: boolean;
  toggle: string;
  when: string;
  owner: string;
  note?: string;
  extra?: string;
}): string {
  return `<div class="FlowItem_item__t7Kq2"><span class="cui5-icon FlowItem_icon__t7Kq2" aria-label="${o.icon}" title="${o.icon}"></span><div class="FlowItem_card__t7Kq2">
  <div class="FlowItem_header__t7Kq2"><button type="button" role="checkbox" aria-checked="${o.done}" aria-label="${o.toggle}"></button><a href="/activities/${o.id}">${o.subject}</a></div>
  <div class="FlowItem_meta__t7Kq2"><span class="FlowItem_date__t7Kq2">${o.when}</span> · <span>${o.owner}</span>${o.extra ?? ''}</div>
  ${o.note ? `<div data-test="activity-note" class="FlowItem_note__t7Kq2"><p>${o.note}</p></div>` : ''}
</div></div>`;
}

/** A synced mail in the History: envelope icon, subject linking its thread, From/To lines. */
export function mail(o: {
  icon: string;
  thread: number;
  subject: string;
  when: string;
  fromLabel: string;
  from: string;
  toLabel: string;
  to: string;
  preview: string;
}): string {
  return `<div class="FlowItem_item__t7Kq2"><span class="cui5-icon FlowItem_icon__t7Kq2" aria-label="${o.icon}" title="${o.icon}"></span><div class="FlowItem_card__t7Kq2">
  <div class="FlowItem_header__t7Kq2"><a href="/mail/thread/${o.thread}">${o.subject}</a><span class="FlowItem_date__t7Kq2">${o.when}</span></div>
  <div class="MailItem_lines__b2Vv9"><div>${o.fromLabel} ${o.from}</div><div>${o.toLabel} ${o.to}</div></div>
  <div class="MailItem_preview__b2Vv9">${o.preview}</div>
</div></div>`;
}

/**
 * A deal page as crm-evidence-2.md describes it: the title as an editable textarea in
 * `[data-testid="header-title"]`, the cui5 stage selector (`aria-selected`, `aria-label`, the days
 * in stage as a localised prefix), field rows, a Person card, an Organization card and a
 * Participants section in the sidebar, the Focus and the History.
 */
export function dealBody(o: {
  title: string;
  stages: string[];
  current: number;
  dayUnit: string;
  value: string;
  fields: [string, string][];
  sidebar: string;
  focusTitle: string;
  focus: string;
  historyTitle: string;
  chips: string[];
  feed: string;
}): string {
  const steps = o.stages
    .map(
      (s, i) =>
        `<button type="button" class="cui5-stage-selector__stage" aria-label="${s}" aria-selected="${i === o.current}">${i === o.current ? `3 ${o.dayUnit} · ` : ''}${s}</button>`,
    )
    .join('');
  const rows = o.fields
    .map(
      ([label, value]) =>
        `<div class="FieldsList_row__a8Kd2"><span data-testid="field-name">${label}</span><div data-testid="fields-list-row-field-components">${value}</div></div>`,
    )
    .join('');
  const chips = o.chips
    .map(
      (c, i) =>
        `<button type="button" class="cui5-pill" data-testid="filter-button-${i === 0 ? 'all' : `f${i}`}" aria-pressed="${i === 0}">${c}</button>`,
    )
    .join('');
  return `<div id="application"><main class="AppShell_main__Rr4t1"><div class="DetailView_root__P0o9x">
  <header class="DetailHeader_header__J3k2m">
    <div data-testid="header-title"><textarea class="cui5-editable-text__input" rows="1">${o.title}</textarea></div>
    <div class="DealHeader_value__Q1w2e">${o.value}</div>
    <div class="cui5-stage-selector" role="tablist">${steps}</div>
  </header>
  <div class="DetailView_columns__P0o9x">
    <aside class="DetailSidebar_sidebar__N2b8v"><section class="Section_section__u7Yt3">${rows}</section>${o.sidebar}</aside>
    <div class="DetailView_flow__P0o9x">
      <section class="Focus_focus__Lq7w2"><h2 class="Focus_title__Lq7w2">${o.focusTitle}</h2>${o.focus}</section>
      <section class="History_history__Xc4v1"><h2 class="History_title__Xc4v1">${o.historyTitle}</h2>
        <div class="History_filters__Xc4v1">${chips}</div>
        <div class="History_list__Xc4v1">${o.feed}</div>
      </section>
    </div>
  </div>
</div></main></div>`;
}

/** A sidebar section: a heading and its body. */
export const section = (heading: string, inner: string) =>
  `<section class="Section_section__u7Yt3"><h3 class="Section_title__u7Yt3">${heading}</h3><div class="Section_body__u7Yt3">${inner}</div></section>`;

/** A person card: name link, email, phone. */
export const personCard = (id: string, name: string, email: string) =>
  `<div class="PersonCard_card__w3Ee4"><a href="/person/${id}">${name}</a><div><a href="mailto:${email}">${email}</a></div></div>`;
