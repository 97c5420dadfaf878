/**
 * A Pipedrive company may hold a user's name decomposed ("Zoe\u0308 Park", typed on a Mac or
 * loaded by an integration) while its activities export, composed by the import, names her
 * "Zoë Park": the team page keys rows by owner (contracts.md: one row per rep), so the page's
 * reading names her composed, and a call's subject likewise. Oracle, by hand (review "unicode").
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const person = fixturePage('pipedrive', 'person-hashed');

describe('Pipedrive: an owner and subject held decomposed', () => {
  it('are read composed, as the export names them', () => {
    const html = edited(
      person.html,
      [/<span>Casey Nguyen<\/span>/g, `<span>${'Zoë Park'.normalize('NFD')}</span>`],
      ['Call with Maya', `Call with Maya  re ${'Zoë'.normalize('NFD')}`],
    );
    const call = readPage(html, person.url).activities.find((a) => a.title.startsWith('Call with Maya'));
    expect([call?.title, call?.owner]).toEqual(['Call with Maya re Zoë', 'Zoë Park']);
  });
});
