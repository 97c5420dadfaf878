// @vitest-environment happy-dom
/**
 * An activity dated by its weekday alone ("Monday 10:00 AM", French "lundi 14:00"); the clock is
 * Friday 2026-11-20. Planned in Focus it is the next such weekday: a meeting booked for next
 * Monday was stored as last Monday's, 2026-11-16, overdue by four days. A planned weekday naming
 * today's is next week's (the page says "Today" for today). Done in History it stays the most
 * recent such weekday before today.
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

const row = (toggle: string, done: boolean, date: string) =>
  `<div class="ActivityRow_row__Hx3"><span aria-label="Meeting"></span><div><button role="checkbox" aria-checked="${done}" aria-label="${toggle}"></button><a href="/activities/64200">Workshop</a></div><div class="ActivityRow_meta__Hx3"><span>${date}</span> · <span>Jordan Blake</span></div></div>`;

const page = (lang: string, section: string, entry: string) =>
  readOk(
    '/person/2210',
    `<div id="root"><main><div class="PersonPage_root__k2"><header><h1>Ana Ruiz</h1></header>
<aside><div><span>Email</span> <a href="mailto:ana.ruiz@cobalto.example">ana.ruiz@cobalto.example</a></div></aside>
<div class="Feed_root__p0"><section><h2>${section}</h2>${entry}</section></div></div></main></div>`,
    { lang, title: 'Ana Ruiz - Persons' },
  );

describe('Pipedrive person: an activity dated by its weekday alone', () => {
  it.each([
    ['en', 'Focus', 'Mark as done', 'Monday 10:00 AM', '2026-11-23T10:00:00.000Z'],
    ['fr', 'Focus', 'Marquer comme terminé', 'lundi 14:00', '2026-11-23T14:00:00.000Z'],
    ['en', 'Focus', 'Mark as done', 'Friday 9:00 AM', '2026-11-27T09:00:00.000Z'],
  ])('%s, planned "%s" "%s": the next such day after today', (lang, section, toggle, date, next) => {
    const [meeting] = page(lang, section, row(toggle, false, date)).activities;
    expect(meeting?.planned).toBe(true);
    expect(meeting?.timestamp).toBe(next);
  });

  it.each([
    ['Monday 10:00 AM', '2026-11-16T10:00:00.000Z'],
    ['Friday 9:00 AM', '2026-11-13T09:00:00.000Z'],
  ])('done in History, "%s": the most recent such day before today', (date, last) => {
    const [meeting] = page('en', 'History', row('Mark as not done', true, date)).activities;
    expect(meeting?.planned).not.toBe(true);
    expect(meeting?.timestamp).toBe(last);
  });
});
