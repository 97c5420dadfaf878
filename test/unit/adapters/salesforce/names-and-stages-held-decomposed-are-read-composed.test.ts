import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { salesforce } from '../../../../lib/adapters/salesforce/index';
import { auraTimeline, CONTACT_URL, entry, NOW, readRecord, recordPage } from './aura-timeline-page';
import { contactPage, timeline as groupedTimeline, item, read } from './contact-page';
import { dealPage, HISTORY_COLUMNS, historyRow, path, readDeal, relatedCard } from './opportunity-page';

/**
 * An org may hold a name, an owner or a stage decomposed ("Jose\u0301", loaded from a Mac file)
 * while the page draws other copies of it composed. The page's text is read composed (dom.ts
 * pageText); what the page puts in its tab title, its attributes and a field's text nodes is read
 * the same way, or the copies never meet: the owner is another rep than the export's, the current
 * stage is not the one its history entered, the record the tab names is not recognised.
 */
const NFD = (text: string) => text.normalize('NFD');
const call = entry({
  object: 'Task',
  id: '00T8d00000Sm5r1AAB',
  subject: 'Call',
  kind: 'call',
  iconTitle: 'Call',
  date: 'Nov 18',
  summary: 'You logged a call with Dana Whitfield',
});
const timeline = auraTimeline({ groups: [{ heading: 'This Month', items: call }] });

describe('Salesforce: an owner held decomposed', () => {
  it('is the composed name', () => {
    expect(readRecord(recordPage(timeline, { owner: NFD('Zoë Park') })).record.owner).toBe('Zoë Park');
  });
});

describe('Salesforce: a path naming its stages decomposed in attributes only', () => {
  // A step without its `.slds-path__title` text: named by its link's `title`, else its `data-name`.
  const titled = (name: string, state: string) =>
    `<li class="slds-path__item runtime_sales_pathassistantPathAssistantTab ${state}" role="presentation"><a aria-selected="${/active/.test(state)}" class="slds-path__link" role="option" title="${NFD(name)}"></a></li>`;
  const named = (name: string, state: string) =>
    `<li class="slds-path__item runtime_sales_pathassistantPathAssistantTab ${state}" data-name="${NFD(name)}" role="presentation"><a class="slds-path__link" role="option"></a></li>`;
  const history = relatedCard(
    'Stage History',
    '(2)',
    HISTORY_COLUMNS,
    [
      historyRow('Négociation', '$24,500.00', '11/18/2026, 2:05 PM'),
      historyRow('Qualifié', '$24,500.00', '10/1/2026, 9:00 AM'),
    ],
    'OpportunityHistories',
  );

  it.each([
    ['its link’s title', titled],
    ['its data-name', named],
  ])('by %s, the current stage is the one its history entered on 18 Nov', (_, stepOf) => {
    const html = dealPage({
      path: path(stepOf('Qualifié', 'slds-is-complete') + stepOf('Négociation', 'slds-is-current slds-is-active')),
      related: history,
    });
    const { record } = readDeal(html);
    expect([record.stage, record.stageHistory.at(-1)]).toEqual([
      'Négociation',
      { stage: 'Négociation', enteredAt: '2026-11-18T14:05:00.000Z' },
    ]);
  });
});

describe('Salesforce: a tab title naming the record decomposed', () => {
  const withoutHeader = (html: string) => html.replace(/<records-highlights2>[\s\S]*?<\/records-highlights2>/, '');

  it('names the record composed where the header is not drawn', () => {
    const html = withoutHeader(recordPage(timeline, { name: NFD('José Núñez') })).replace(
      /<records-record-layout-item field-label="Name">[\s\S]*?<\/records-record-layout-item>/,
      '',
    );
    expect(readRecord(html).record.name).toBe('José Núñez');
  });

  it('holds back the view of another record while the next one, drawn decomposed, is not shown yet', () => {
    const next = `<div class="oneContent windowViewMode-normal lafPageHost" hidden><h1 class="slds-page-header__title"><lightning-formatted-name slot="primaryField">${NFD('José Núñez')}</lightning-formatted-name></h1></div>`;
    const html = recordPage(timeline)
      .replace('<title>Dana Whitfield |', `<title>${NFD('José Núñez')} |`)
      .replace('</body>', `${next}</body>`);
    const window = new Window({ url: CONTACT_URL });
    window.document.write(html);
    const result = salesforce.read(window.document as unknown as Document, new URL(CONTACT_URL), {
      now: NOW,
      timeZone: 'UTC',
    });
    window.close();
    expect(result.status).toBe('loading');
  });
});

describe('Salesforce: an email synced by Einstein Activity Capture, its subject held decomposed', () => {
  it('is titled by its subject link, composed, on a page without classes', () => {
    const call = item({
      token: 'Task',
      icon: 'log-a-call',
      iconTitle: 'Call',
      subject: 'Call',
      id: '00T5g00000DpQM7EAN',
      date: 'Nov 17',
      summary: 'You logged a call with Maria Jensen',
    });
    const captured = (subject: string, date: string) =>
      item({
        token: 'EmailMessage',
        icon: 'email',
        iconTitle: 'Email',
        subject,
        id: 'X',
        date,
        summary: 'You sent an email to Maria Jensen',
      }).replace('href="/lightning/r/EmailMessage/X/view"', 'href="javascript:void(0);"');
    const page = contactPage(
      groupedTimeline('', [
        { heading: 'This Month', items: call + captured(NFD('Devis pour José'), '9:42 AM | Nov 19') },
        {
          heading: 'Last Month',
          items: captured('Intro', '10:00 AM | Oct 6') + captured('RE: Intro', '3:00 PM | Oct 7'),
        },
      ]),
    );
    expect(
      read(page, 'stripped')
        .activities.map((a) => a.title)
        .sort(),
    ).toEqual(['Call', 'Devis pour José', 'Intro', 'RE: Intro']);
  });
});
