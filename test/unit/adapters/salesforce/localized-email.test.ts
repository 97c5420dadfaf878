// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyItem, type ItemText } from '../../../../lib/adapters/salesforce/classify-activity';
import { itemParts } from '../../../../lib/adapters/salesforce/item-text';
import { wordsFor } from '../../../../lib/adapters/salesforce/words';

const CONTACT = { names: ['Rita Kowalski'] };

/** One timeline item as the German demo page renders it (markup trimmed to what carries meaning). */
function germanItem(kind: string, assistive: string, subject: string, summary: string): Element {
  const doc = document.implementation.createHTMLDocument('de');
  const li = doc.createElement('li');
  li.className = 'slds-timeline__item';
  const box = doc.createElement('div');
  box.className = `slds-timeline__item_expandable slds-timeline__item_${kind}`;
  const hidden = doc.createElement('span');
  hidden.className = 'slds-assistive-text';
  hidden.textContent = assistive;
  const heading = doc.createElement('h3');
  const link = doc.createElement('a');
  link.className = 'subjectLink';
  link.href = '/lightning/r/Task/00T5g0000000IFiEAM/view';
  link.title = subject;
  link.textContent = subject;
  heading.append(link);
  const date = doc.createElement('p');
  date.className = 'slds-timeline__date dueDate';
  date.textContent = '8. Nov.';
  const sentence = doc.createElement('p');
  sentence.className = 'slds-m-horizontal_xx-small';
  sentence.textContent = summary;
  box.append(hidden, heading, date, sentence);
  li.append(box);
  doc.body.append(li);
  return li;
}

const item = (subject: string, summary: string, kind = ''): ItemText => ({
  kind,
  assistive: '',
  subject,
  summary,
  all: summary,
});

describe('Salesforce emails in German and French', () => {
  it('reads a logged-email Task ("E-Mail: …", "… hat eine E-Mail mit … protokolliert") as an outbound email', () => {
    const li = germanItem(
      'task',
      'Aufgabe',
      'E-Mail: Case study: Northwind',
      'Jamie Patel hat eine E-Mail mit Rita Kowalski protokolliert',
    );
    const c = classifyItem(itemParts(li, wordsFor('de')), CONTACT, wordsFor('de'));
    expect([c.type, c.direction, c.owner]).toEqual(['email', 'outbound', 'Jamie Patel']);
  });

  it('a Task whose subject only mentions an email stays a task', () => {
    const c = classifyItem(
      item('Angebot per E-Mail schicken', 'Jamie Patel hatte eine Aufgabe mit Rita Kowalski', 'task'),
      CONTACT,
      wordsFor('de'),
    );
    expect([c.type, c.direction]).toEqual(['task', 'unknown']);
  });

  it('an email the contact sent to the rep is inbound, and the rep is its owner', () => {
    const c = classifyItem(
      item('Re: Route pricing v2', 'Rita Kowalski hat eine E-Mail an Jamie Patel gesendet', 'email'),
      CONTACT,
      wordsFor('de'),
    );
    expect([c.direction, c.owner]).toEqual(['inbound', 'Jamie Patel']);
  });

  it('an email the rep sent to the contact stays outbound', () => {
    const c = classifyItem(
      item('Following up', 'Jamie Patel hat eine E-Mail an Rita Kowalski gesendet', 'email'),
      CONTACT,
      wordsFor('de'),
    );
    expect([c.direction, c.owner]).toEqual(['outbound', 'Jamie Patel']);
  });

  it('French: an email the contact sent to the rep is inbound', () => {
    const c = classifyItem(
      item('Re: Tarifs', 'Rita Kowalski a envoyé un e-mail à Jamie Patel', 'email'),
      CONTACT,
      wordsFor('fr'),
    );
    expect([c.direction, c.owner]).toEqual(['inbound', 'Jamie Patel']);
  });

  it('French: a logged-email Task ("E-mail : …") is an outbound email', () => {
    const c = classifyItem(
      item('E-mail : Étude de cas', 'Jamie Patel a consigné un e-mail avec Rita Kowalski', 'task'),
      CONTACT,
      wordsFor('fr'),
    );
    expect([c.type, c.direction]).toEqual(['email', 'outbound']);
  });
});
