// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { splitRelatedRecord } from '../../../../lib/adapters/salesforce/related-record';
import { wordsFor } from '../../../../lib/adapters/salesforce/words';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * crm-evidence-2.md: "'with' names a contact or lead, 'about' a related record". The tables'
 * "about" words (German "zu", Italian "su", Spanish "sobre") also stand in people's names ("Karl zu
 * Guttenberg", "Lisa Su"). The actor comes before the sentence's verb, so an "about" word there is
 * the actor's name; a person the page names keeps their whole name wherever the sentence gives it.
 * Oracle, by hand, each row. (Moved from zz-review-regress.)
 */
describe('an "about" word inside a person’s name starts no record', () => {
  it.each([
    [
      'de',
      'Karl zu Guttenberg hat Ihnen eine E-Mail gesendet',
      [],
      'Karl zu Guttenberg hat Ihnen eine E-Mail gesendet',
      undefined,
    ],
    [
      'de',
      'Karl zu Guttenberg hat einen Anruf mit Maria Jensen zu Q4 protokolliert',
      [],
      'Karl zu Guttenberg hat einen Anruf mit Maria Jensen protokolliert',
      'Q4',
    ],
    [
      'de',
      'Sie haben einen Anruf mit Karl zu Guttenberg zu Q4 protokolliert',
      ['Karl zu Guttenberg'],
      'Sie haben einen Anruf mit Karl zu Guttenberg protokolliert',
      'Q4',
    ],
    [
      'it',
      'Lisa Su ha registrato una chiamata con Maria Rossi su Rinnovo',
      [],
      'Lisa Su ha registrato una chiamata con Maria Rossi',
      'Rinnovo',
    ],
    [
      'it',
      'Hai registrato una chiamata con Lisa Su su Rinnovo',
      ['Lisa Su'],
      'Hai registrato una chiamata con Lisa Su',
      'Rinnovo',
    ],
    [
      'es',
      'Ana Sobre Vidal registró una llamada con Jordan Lee sobre Renovación',
      [],
      'Ana Sobre Vidal registró una llamada con Jordan Lee',
      'Renovación',
    ],
    [
      'es',
      'Usted registró una llamada con Ana Sobre Vidal sobre Renovación',
      ['Ana Sobre Vidal'],
      'Usted registró una llamada con Ana Sobre Vidal',
      'Renovación',
    ],
  ])('%s: "%s"', (lang, summary, names, said, record) => {
    expect(splitRelatedRecord(summary, wordsFor(lang), names)).toEqual(record ? { said, record } : { said });
  });
});

function readOne(lang: string, name: string, li: string, title: string) {
  const html = contactPage(timeline('', [{ heading: 'November • 2026', items: li }]), { lang, name });
  return read(html).activities.find((a) => a.title === title);
}

function email(summary: string) {
  return item({
    token: 'EmailMessage',
    icon: 'email',
    iconTitle: 'E-Mail',
    subject: 'Re: Angebot',
    id: '02s5g00000QpRsTAAV',
    date: '09:05 | 17 nov.',
    summary,
  });
}

describe('a contact page whose people carry an "about" word in their names', () => {
  it('German: the contact’s "Karl zu Guttenberg hat Ihnen eine E-Mail gesendet" is inbound', () => {
    const li = email('Karl zu Guttenberg hat Ihnen eine E-Mail gesendet');
    expect(readOne('de-DE', 'Karl zu Guttenberg', li, 'Re: Angebot')).toMatchObject({ direction: 'inbound' });
  });

  it('German: a colleague’s "Karl zu Guttenberg hat einen Anruf mit Maria Jensen protokolliert" is his', () => {
    const li = item({
      token: 'Task',
      icon: 'log-a-call',
      iconTitle: 'Anruf',
      subject: 'Anruf',
      id: '00T5g00000CaLl1AAA',
      date: '15:15 | 17 nov.',
      summary: 'Karl zu Guttenberg hat einen Anruf mit Maria Jensen protokolliert',
    });
    expect(readOne('de-DE', 'Maria Jensen', li, 'Anruf')?.owner).toBe('Karl zu Guttenberg');
  });

  it('Italian: the contact’s "Lisa Su ti ha inviato un’email" is inbound', () => {
    const li = email('Lisa Su ti ha inviato un’email');
    expect(readOne('it-IT', 'Lisa Su', li, 'Re: Angebot')).toMatchObject({ direction: 'inbound' });
  });

  it('Italian: a colleague’s "Marco Bianchi ha inviato un’email a Lisa Su su Rinnovo" to the contact is outbound and his', () => {
    const li = email('Marco Bianchi ha inviato un’email a Lisa Su su Rinnovo');
    expect(readOne('it-IT', 'Lisa Su', li, 'Re: Angebot')).toMatchObject({
      direction: 'outbound',
      owner: 'Marco Bianchi',
    });
  });

  it('Spanish: the contact’s "Ana Sobre Vidal te envió un correo electrónico" is inbound', () => {
    const li = email('Ana Sobre Vidal te envió un correo electrónico');
    expect(readOne('es-ES', 'Ana Sobre Vidal', li, 'Re: Angebot')).toMatchObject({ direction: 'inbound' });
  });
});
