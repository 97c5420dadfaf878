import { inspectPage } from '../../../../scripts/inspect-page';

export const URL = 'https://nordlicht.pipedrive.com/person/5120';
export const strip = (html: string) => html.replace(/\s(class|id|data-[\w-]+)="[^"]*"/g, '');

export interface It {
  icon: string;
  done?: boolean;
  subject: string;
  meta: string; // inner html of the meta line
  extra?: string;
}
export const entry = (i: It) =>
  `<div class="FlowItem_item__Zq81a"><span class="cui5-icon" aria-label="${i.icon}" title="${i.icon}"></span>` +
  `<div class="FlowItem_card__Zq81a"><div class="FlowItem_header__Zq81a">` +
  (i.done === undefined
    ? ''
    : `<button type="button" role="checkbox" aria-checked="${i.done}" aria-label="${i.done ? 'Mark as not done' : 'Mark as done'}" class="cui5-checkbox"></button>`) +
  `<a class="FlowItem_subject__Zq81a" href="/activities/${Math.floor(Math.random() * 1e6)}">${i.subject}</a></div>` +
  `<div class="FlowItem_meta__Zq81a">${i.meta}</div>${i.extra ?? ''}</div></div>`;

export const page = (o: { lang: string; owner?: string; history: string[]; historyTitle?: string; focus?: string[] }) =>
  `<!DOCTYPE html><html lang="${o.lang}"><head><meta charset="utf-8"><title>Ines Bauer - Persons</title></head><body>
<div id="root"><main><div class="viewContainer"><div class="DetailView_root__k9">
<header><div data-testid="header-title"><h1 class="cui5-text">Ines Bauer</h1></div></header>
<aside><div class="FieldsList_list__z1">
<div class="FormField__formField--E60Qw"><span data-testid="field-name">Email</span><div data-testid="fields-list-row-field-components"><a href="mailto:ines.bauer@kranwerk.example">ines.bauer@kranwerk.example</a></div></div>
<div class="FormField__formField--E60Qw"><span data-testid="field-name">Owner</span><div data-testid="fields-list-row-field-components">${o.owner ?? 'Jonas Keller'}</div></div>
</div></aside>
<div class="DetailView_main__k9">
${o.focus ? `<section><h2 class="cui5-text">Focus</h2>${o.focus.join('\n')}</section>` : ''}
<section><h2 class="cui5-text">${o.historyTitle ?? 'History'}</h2><div class="FlowList_list__Rb4">
${o.history.join('\n')}
</div></section></div></div></div></main></div></body></html>`;

export const readAt = (html: string, now = '2026-11-20T15:00:00Z', zone = 'UTC') => {
  const { output } = inspectPage(html, URL, new Date(now), zone);
  return output as {
    activities: Record<string, unknown>[];
    notRead: { field: string; reason: string }[];
    record: Record<string, unknown>;
  };
};
export const byTitle = (r: ReturnType<typeof readAt>, t: string) => r.activities.find((a) => a.title === t);

import { Window } from 'happy-dom';
import { pipedrive } from '../../../../lib/adapters/pipedrive/index';
/** The adapter's own result (status, activities, notRead), as the extension gets it. */
export const readDirect = (html: string, path = '/person/5120', now = '2026-11-20T15:00:00Z') => {
  const url = `https://nordlicht.pipedrive.com${path}`;
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  window.document.write(html);
  try {
    return pipedrive.read(window.document as unknown as Document, new globalThis.URL(url), {
      now: new Date(now),
      timeZone: 'UTC',
    }) as unknown as {
      status: string;
      activities: Record<string, unknown>[];
      notRead: { field: string; reason: string }[];
    };
  } finally {
    window.close();
  }
};
export const feedGaps = (r: { notRead: { field: string; reason: string }[] }) =>
  r.notRead.filter((n) => n.field === 'activities').map((n) => n.reason);
