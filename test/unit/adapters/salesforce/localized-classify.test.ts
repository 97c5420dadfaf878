import { describe, expect, it } from 'vitest';
import { classifyItem, type ItemText } from '../../../../lib/adapters/salesforce/classify-activity';
import { wordsFor } from '../../../../lib/adapters/salesforce/words';

const item = (summary: string, extra: Partial<ItemText> = {}): ItemText => ({
  kind: '',
  assistive: '',
  subject: 'Angebot',
  summary,
  all: summary,
  ...extra,
});
const CONTACT = { names: ['Maria Jensen'] };

describe('Salesforce items in the page language', () => {
  it.each([
    ['de', 'Sie haben einen Anruf mit Maria Jensen protokolliert', 'call', 'outbound'],
    ['de', 'Maria Jensen hat Ihnen eine E-Mail gesendet', 'email', 'inbound'],
    ['de', 'Sie hatten ein Ereignis mit Maria Jensen', 'meeting', 'outbound'],
    ['fr', 'Vous avez consigné un appel avec Maria Jensen', 'call', 'outbound'],
    ['fr', 'Maria Jensen vous a envoyé un e-mail', 'email', 'inbound'],
    ['fr', 'Vous aviez un événement avec Maria Jensen', 'meeting', 'outbound'],
    ['es', 'Usted registró una llamada con Maria Jensen', 'call', 'outbound'],
    ['pt', 'Maria Jensen enviou um email para você', 'email', 'inbound'],
  ])('%s: "%s" is %s %s', (lang, summary, type, direction) => {
    const c = classifyItem(item(summary), CONTACT, wordsFor(lang));
    expect([c.type, c.direction]).toEqual([type, direction]);
  });

  // Review s60 (sfhsgen): Dutch conjugates "hebben" with "je" as "je hebt" and with "u" as "u hebt" or
  // "u heeft"; only "heeft" was known, so the viewer's own touches had no direction and no owner.
  it.each([
    ['U hebt een gesprek met Maria Jensen geregistreerd', 'call'],
    ['Je hebt een e-mail naar Maria Jensen verzonden', 'email'],
    ['U heeft een gesprek met Maria Jensen geregistreerd', 'call'],
  ])('nl: "%s" is the viewer\'s outbound %s', (summary, type) => {
    const c = classifyItem(item(summary), CONTACT, wordsFor('nl'));
    expect([c.type, c.direction, c.byViewer]).toEqual([type, 'outbound', true]);
  });

  it('without the page language, a German sentence says nothing of the type', () => {
    expect(classifyItem(item('Sie haben einen Anruf mit Maria Jensen protokolliert'), CONTACT).type).toBe('task');
  });

  it('an email without a sentence takes its direction from From/To against the record’s email', () => {
    const email = { kind: 'email', summary: '', all: '' };
    const sent = item('', { ...email, from: 'alex@acme.example', to: 'maria@northwind.example' });
    const received = item('', { ...email, from: 'maria@northwind.example', to: 'alex@acme.example' });
    expect(classifyItem(received, { ...CONTACT, email: 'maria@northwind.example' }, wordsFor('en')).direction).toBe(
      'inbound',
    );
    expect(classifyItem(sent, { ...CONTACT, email: 'maria@northwind.example' }, wordsFor('en')).direction).toBe(
      'outbound',
    );
  });
});
