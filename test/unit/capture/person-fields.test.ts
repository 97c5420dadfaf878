import { describe, expect, it } from 'vitest';
import { capturedBody, contactReading } from './capture-html';

// decisions.md: names are masked wherever they appear; an email's and a meeting's people too.
describe("the capture of an email's and a meeting's people", () => {
  it("masks a colleague on an email's Cc line and a meeting's attendees", async () => {
    const body = await capturedBody(
      '<h1>Jordan Lee</h1><div>From: Alex Morgan</div><div>To: Jordan Lee</div><div>Cc: Sam Patel</div>' +
        '<div>Attendees</div><div>Jordan Lee, Maria Gomez</div>',
      contactReading(),
    );
    for (const word of ['Sam', 'Patel', 'Maria', 'Gomez']) expect(body).not.toContain(word);
    expect(body).toMatch(/<div>Cc: \S+ \S+<\/div><div>Attendees<\/div><div>\S+ \S+, \S+ \S+<\/div>/);
  });

  it('masks the people of "To:" with their addresses, separated by semicolons', async () => {
    const body = await capturedBody(
      '<p>To: Sam Patel &lt;sam.patel@contoso.example&gt;; Maria Gomez &lt;maria@contoso.example&gt;</p>',
      contactReading(),
    );
    for (const word of ['Sam', 'Patel', 'Maria', 'Gomez']) expect(body).not.toContain(word);
  });

  it.each([
    ['de-DE', '<dt>Teilnehmer</dt><dd>Sam Patel, Maria Gomez</dd>'],
    ['fr-FR', '<p>De : Sam Patel</p><p>Cci : Maria Gomez</p>'],
    ['es-ES', '<p>Para: Sam Patel, Maria Gomez</p>'],
    ['pt-BR', '<dt>Participantes</dt><dd>Sam Patel e Maria Gomez</dd>'],
    ['de-DE', '<p>Cc: Sam Patel und Maria Gomez</p>'],
    ['nl-NL', '<p>Aan: Sam Patel</p><p>Deelnemers: Maria Gomez</p>'],
    ['it-IT', '<dt>Partecipanti</dt><dd>Sam Patel; Maria Gomez</dd>'],
  ])('masks the people a %s page labels: %s', async (lang, html) => {
    const body = await capturedBody(html, contactReading(), { lang });
    for (const word of ['Sam', 'Patel', 'Maria', 'Gomez']) expect(body).not.toContain(word);
  });

  it('takes "de" for a label only with its colon: "Informe de Ventas Norte" names no one', async () => {
    const body = await capturedBody(
      '<span>de</span><span>Ventas Norte</span><p>Informe de Ventas Norte</p>',
      contactReading(),
      {
        lang: 'es-ES',
      },
    );
    expect(body).toContain('<p>Informe de Ventas Norte</p>');
  });
});
