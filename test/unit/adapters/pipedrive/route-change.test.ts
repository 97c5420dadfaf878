/**
 * Pipedrive is a single-page app: on a route change the URL changes first and the previous record
 * stays shown until the new view renders (crm-pages.md, "All CRMs"). A view whose own name is
 * linked to another record is that other record; links to other persons (participants, an
 * organisation's people) say nothing about which record is shown.
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, type Reading, readPage } from '../page-variation';

const person = fixturePage('pipedrive', 'person-hashed');
const demoDeal = fixturePage('pipedrive', 'demo-deal-stage-history');
const deal = fixturePage('pipedrive', 'deal-hashed');

const statusOf = (reading: Reading) => (reading as unknown as { status?: string }).status;

/** Maya's own links as plain text: a page that never links its own record. */
const withoutSelfLinks = (html: string) =>
  edited(html, [/<a href="\/person\/2210">Maya Lindqvist<\/a>/g, '<span>Maya Lindqvist</span>']);

/** A sidebar section listing the organisation's other people, as an organisation's people list does. */
const withColleagues = (html: string, people: string) =>
  edited(html, [
    '<section class="SidebarSection_root__c6Ws2">',
    `<section class="SidebarSection_root__c6Ws2"><button type="button" class="cui5-button" aria-expanded="true">People</button><ul>${people}</ul></section>\n            <section class="SidebarSection_root__c6Ws2">`,
  ]);

/** Jonas as a second participant on the meeting and on the call. */
const withParticipant = (html: string) =>
  edited(html, [
    /(Nov(?:ember)? (?:5|17), 2026 at \d+:\d+ [AP]M<\/span> · <span>Casey Nguyen<\/span> · (?:<a href="\/person\/2210">|<span>)Maya Lindqvist<\/(?:a|span)>)/g,
    '$1 · <a href="/person/2231">Jonas Berg</a>',
  ]);

describe('a route change from one person to another, before the new view is rendered', () => {
  it('does not read Maya’s page as person 2211: the reading waits for the new view', () => {
    const reading = readPage(person.html, 'https://acme.pipedrive.com/person/2211');
    expect(reading.record?.name).not.toBe('Maya Lindqvist');
    expect(statusOf(reading)).toBe('loading');
  });

  it('does not read a deal’s page as the next deal when the view carries no record id', () => {
    const html = edited(demoDeal.html, [' data-record-id="5005"', '']);
    const reading = readPage(html, 'https://acme.pipedrive.com/deal/5006');
    expect(statusOf(reading)).toBe('loading');
  });
});

describe('a person page that links other persons', () => {
  const colleagues = '<li><a href="/person/2231">Jonas Berg</a></li><li><a href="/person/2240">Ines Aalto</a></li>';

  it('is read as its own person with participants and the organisation’s people linked', () => {
    const reading = readPage(withColleagues(withParticipant(person.html), colleagues), person.url);
    expect(reading.exitCode).toBe(0);
    expect(reading.record.name).toBe('Maya Lindqvist');
  });

  it('is read when another person of the same name is linked beside its own links', () => {
    const namesake = '<li><a href="/person/2290">Maya Lindqvist</a></li>';
    const reading = readPage(withColleagues(person.html, namesake), person.url);
    expect(reading.exitCode).toBe(0);
  });
});

describe('a person page that never links its own record', () => {
  it('is read, not left loading', () => {
    const reading = readPage(withoutSelfLinks(person.html), person.url);
    expect(reading.exitCode).toBe(0);
    expect(reading.record.name).toBe('Maya Lindqvist');
  });

  it('is read when only other persons are linked', () => {
    const colleagues = '<li><a href="/person/2231">Jonas Berg</a></li>';
    const reading = readPage(withColleagues(withParticipant(withoutSelfLinks(person.html)), colleagues), person.url);
    expect(reading.exitCode).toBe(0);
    expect(reading.activities.length).toBeGreaterThan(5);
  });
});

describe('a deal page that links its persons', () => {
  it('is read with its persons section and its feed naming them', () => {
    const reading = readPage(deal.html, deal.url);
    expect(reading.exitCode).toBe(0);
    expect((reading.record.contacts as { id: string }[]).map((c) => c.id)).toEqual(['2210', '2231']);
  });

  it('is read when the deal is named after its person, whose link carries the same name', () => {
    const html = edited(deal.html, [/Nordhavn — Cold-chain pilot/g, 'Maya Lindqvist']);
    const reading = readPage(html, deal.url);
    expect(reading.exitCode).toBe(0);
    expect(reading.record.name).toBe('Maya Lindqvist');
  });
});
