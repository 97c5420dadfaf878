import { describe, expect, it } from 'vitest';
import { personPage, read } from './hashed-person-page';

/**
 * A synced mail whose sender and recipient rows draw their labels as elements of their own
 * ("From" | "Maya Lindqvist", the colon drawn by CSS or absent, as hashed-class UIs commonly do)
 * and whose link is not `/mail/thread/{id}`. crm-evidence-2.md: read type and direction from
 * every carrier, "From/To lines", in the page's language; direction comes "from who sent it versus
 * the record". Read as a logged Email activity (its icon says "Email"), the person's reply counted
 * as the rep's outbound mail and answered nothing (metrics.md: reply rate). Labels below are
 * written by hand from each language's usual mail headers, not taken from wording.ts.
 */
const row = (label: string, name: string) =>
  `<div class="MailItem_party__p2Gh"><span class="MailItem_label__l3Jk">${label}</span><span class="MailItem_name__n4Lz">${name}</span></div>`;

const mail = (icon: string, rows: string, subjectFirst = true) => {
  const subject =
    '<div class="FlowItem_header__p0Xy"><span class="MailItem_subject__s1Df">Re: Pilot proposal</span></div>';
  return `<div class="FlowItem_item__h3Ks1"><span class="FlowItem_icon__k2Lp"><svg role="img" aria-label="${icon}"></svg></span>
${subjectFirst ? subject : ''}${rows}${subjectFirst ? '' : subject}
<div class="FlowItem_meta__m1Ab"><time datetime="2026-11-18T14:05:00Z">2026-11-18 14:05</time></div>
<div class="MailItem_snippet__s5Xc">Thanks, we will review it with finance this week.</div></div>`;
};

const pilotMail = (reading: ReturnType<typeof read>) =>
  reading.activities.find((a) => a.title === 'Re: Pilot proposal');

describe('Pipedrive: a synced mail with From/To labels as separate elements', () => {
  it.each([
    ['en', 'Email', 'From', 'To'],
    ['de', 'E-Mail', 'Von', 'An'],
    ['fr', 'E-mail', 'De', 'À'],
    ['es', 'Correo electrónico', 'De', 'Para'],
    ['pt-BR', 'E-mail', 'De', 'Para'],
    ['nl', 'E-mail', 'Van', 'Aan'],
    ['it', 'E-mail', 'Da', 'A'],
  ])('%s: sent by the person, it is an inbound email', (lang, icon, from, to) => {
    const rows = row(from, 'Maya Lindqvist') + row(to, 'Casey Nguyen');
    expect(pilotMail(read(personPage({ lang, history: [mail(icon, rows)] })))).toMatchObject({
      type: 'email',
      direction: 'inbound',
    });
  });

  it('sent by the record’s owner, it is an outbound email (control)', () => {
    const rows = row('From', 'Casey Nguyen') + row('To', 'Maya Lindqvist');
    expect(pilotMail(read(personPage({ history: [mail('Email', rows)] })))).toMatchObject({
      type: 'email',
      direction: 'outbound',
    });
  });

  it('reads labels and values drawn as a description list the same way', () => {
    const rows =
      '<dl class="MailItem_parties__q7Re"><dt>From</dt><dd>Maya Lindqvist</dd><dt>To</dt><dd>Casey Nguyen</dd></dl>';
    expect(pilotMail(read(personPage({ history: [mail('Email', rows)] })))).toMatchObject({
      type: 'email',
      direction: 'inbound',
    });
  });

  it('keeps its subject as title when the From/To rows come before it', () => {
    const rows = row('From', 'Maya Lindqvist') + row('To', 'Casey Nguyen');
    const reading = read(personPage({ history: [mail('Email', rows, false)] }));
    expect(reading.activities.map((a) => [a.type, a.title])).toEqual([['email', 'Re: Pilot proposal']]);
  });

  it('is not read into a note whose prose starts with a bold "From" (a sentence, not a header row)', () => {
    const note = `<div class="FlowItem_item__h3Ks1"><div class="FlowItem_text__x1Cv"><p><strong>From</strong> <em>Maya</em>, the pilot needs finance sign-off.</p></div>
<div class="FlowItem_meta__m1Ab"><time datetime="2026-11-18T14:05:00Z">2026-11-18 14:05</time></div></div>`;
    expect(read(personPage({ history: [note] })).activities.map((a) => a.type)).toEqual(['note']);
  });
});

describe('Pipedrive: an expanded mail thread whose messages draw From/To labels as elements', () => {
  const message = (date: string, from: string, to: string, body: string) =>
    `<div class="MailThread_message__k2Lp9"><div class="FlowItem_meta__m1Ab"><time datetime="${date}">${date}</time></div>${row('From', from)}${row('To', to)}<div class="MailItem_snippet__s5Xc">${body}</div></div>`;
  const thread = `<div class="FlowItem_item__h3Ks1"><span class="FlowItem_icon__k2Lp"><svg role="img" aria-label="Email"></svg></span>
<div class="FlowItem_header__p0Xy"><a href="/mail/thread/88410">Re: Pilot proposal</a> <span>2 messages</span></div>
${message('2026-11-13T09:05:00Z', 'Casey Nguyen', 'Maya Lindqvist', 'Hi Maya, the proposal is attached.')}
${message('2026-11-18T14:05:00Z', 'Maya Lindqvist', 'Casey Nguyen', 'Thanks, we will review it.')}</div>`;

  it('is read as each of its messages, the rep’s outbound and the person’s reply inbound', () => {
    const reading = read(personPage({ history: [thread] }));
    expect(reading.activities.map((a) => [a.type, a.timestamp, a.direction])).toEqual([
      ['email', '2026-11-13T09:05:00.000Z', 'outbound'],
      ['email', '2026-11-18T14:05:00.000Z', 'inbound'],
    ]);
  });
});
