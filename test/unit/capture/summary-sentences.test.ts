import { describe, expect, it } from 'vitest';
import { capturedBody, contactReading, SALESFORCE_CONTACT_URL } from './capture-html';

// decisions.md: the page capture masks names in summary sentences.
describe('the capture of summary sentences', () => {
  it('masks every recipient of "sent an email to Sam Patel and Maria Gomez", not only the first', async () => {
    const body = await capturedBody(
      '<h1>Jordan Lee</h1><div class="summary">Alex Morgan sent an email to Sam Patel and Maria Gomez</div>',
      contactReading(),
    );
    for (const word of ['Sam', 'Patel', 'Maria', 'Gomez']) expect(body).not.toContain(word);
    expect(body).toMatch(/<div class="summary">\S+ \S+ sent an email to \S+ \S+ and \S+ \S+<\/div>/);
  });

  it('masks a list joined by commas ("to Sam Patel, Maria Gomez and Nora Haas")', async () => {
    const body = await capturedBody(
      '<p>Alex Morgan sent an email to Sam Patel, Maria Gomez and Nora Haas</p>',
      contactReading(),
    );
    for (const word of ['Sam', 'Patel', 'Maria', 'Gomez', 'Nora', 'Haas']) expect(body).not.toContain(word);
  });

  it('masks the person in a Salesforce "You had a Task with Sam Patel" sentence written as plain text', async () => {
    const body = await capturedBody(
      '<h1>Jordan Lee</h1><div class="slds-timeline__item_task"><div class="summary">You had a Task with Sam Patel</div></div>',
      contactReading({}, 'salesforce'),
      { url: SALESFORCE_CONTACT_URL, title: 'Jordan Lee | Salesforce' },
    );
    for (const word of ['Sam', 'Patel']) expect(body).not.toContain(word);
    expect(body).toContain('You had a Task with ');
  });

  it('keeps "and 2 others" after the names of "You logged a call with Sam Patel and 2 others"', async () => {
    const body = await capturedBody('<p>You logged a call with Sam Patel and 2 others</p>', contactReading());
    expect(body).toMatch(/<p>You logged a call with \S+ \S+ and 2 others<\/p>/);
    expect(body).not.toContain('Patel');
  });

  it('keeps a company in a subject ("Call with Contoso Freight"): README keeps company names', async () => {
    const body = await capturedBody('<p>Call with Contoso Freight</p>', contactReading());
    expect(body).toContain('<p>Call with Contoso Freight</p>');
  });

  it('masks a Dutch name with "van" in "Created by Jan van Dijk" (Dutch pages are read)', async () => {
    const body = await capturedBody('<h1>Jordan Lee</h1><p>Created by Jan van Dijk</p>', contactReading(), {
      lang: 'nl-NL',
    });
    expect(body).not.toContain('Dijk');
    expect(body).toMatch(/<p>Created by [A-Z][a-z]{2} [a-z]{3} [A-Z][a-z]{3}<\/p>/);
  });
});
