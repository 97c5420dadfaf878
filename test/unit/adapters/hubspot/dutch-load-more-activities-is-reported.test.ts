// @vitest-environment happy-dom
/**
 * Review s46 hscontact. README: a timeline "only partly loaded ... is reported as partly read". The
 * German, French, Spanish and Portuguese tables know "<load> more activities" ("Weitere Aktivitäten
 * laden", "Charger plus d'activités", "Cargar más actividades", "Carregar mais atividades"), the
 * Dutch one (words/nl.ts olderActivity) does not: "Meer activiteiten laden" and "Laad meer" under a
 * Dutch timeline leave the reading looking complete, so the panel counts a part as the whole.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, previewEvent, property, readHubSpot, timeline } from './contact-record';

describe('HubSpot: a Dutch timeline with a control that loads older items', () => {
  it.each(['Meer activiteiten laden', 'Laad meer'])('is reported as partly read ("%s")', (label) => {
    const feed = [
      previewEvent('Gesprek gelogd', '18 nov. 2026 om 14:00', 'Resultaat: Verbonden'),
      previewEvent('E-mail - Offerte voor 40 licenties', '17 nov. 2026 om 10:02', 'van Alex Morgan aan Mara Quist'),
    ].join('');
    const html = contactRecord({
      lang: 'nl-NL',
      properties: property('E-mail', 'mara@quist.example'),
      middle: timeline(`${feed}<button type="button">${label}</button>`),
    });
    const reading = readHubSpot(html);
    expect(reading.activities).toHaveLength(2);
    expect(reading.notRead.filter((n) => n.field === 'activities')).toEqual([
      {
        field: 'activities',
        reason: `older timeline items are behind a "${label}" control`,
        part: 'older',
        olderThan: expect.any(String),
      },
    ]);
  });
});
