// @vitest-environment happy-dom
/**
 * HubSpot deal timeline: "moved the deal from <stage left> to <stage entered>". A stage's own name
 * may hold the word between the two (HubSpot's default pipeline has "Qualified to buy"; a French
 * portal "Prêt à signer", a German one "Angebot in Prüfung"). The reader settles the split only by
 * stages it already knows (the current one, a stage list, "Date entered" labels), else takes the
 * LAST split (lib/adapters/hubspot/stage-history.ts enteredOf: `?? starts[starts.length - 1]`).
 *
 * A real deal page usually shows neither a stage list nor "Date entered" properties (both optional),
 * and once the deal has moved on, an older move into "Qualified to buy" is read as a move into
 * "buy". Yet the page itself names the stage whole: the next move's sentence says it left
 * "Qualified to buy". metrics.md "Stage history: the list of (stage, entered at) … read from the
 * CRM page"; a wrong stage name puts its days (and typical-time samples) on a stage that does not
 * exist.
 */
import { describe, expect, it } from 'vitest';
import { hsDeal, hsHighlight, hsProp, readHs } from './built-deal-page';

const NOW = new Date('2026-11-20T15:00:00Z');

function stagesRead(
  lang: string,
  stageLabel: string,
  current: string,
  items: { header: string; date: string; body?: string }[],
) {
  const page = hsDeal({
    lang,
    highlights: hsHighlight('dealstage', stageLabel, current),
    sidebar: hsProp('Pipeline', 'Sales Pipeline'),
    items,
  });
  return readHs(page, { now: NOW }).record.stageHistory.map((e) => e.stage);
}

describe('HubSpot stage moves into a stage whose name holds the "to" word, after the deal moved on', () => {
  it('English: the move into HubSpot\'s default "Qualified to buy" is a move into "Qualified to buy", not "buy"', () => {
    const stages = stagesRead('en-US', 'Deal stage', 'Contract sent', [
      {
        header: 'Alex Morgan moved the deal from Presentation scheduled to Contract sent',
        date: 'Nov 3, 2026 at 9:15 AM',
      },
      { header: 'Email sent to Lena Vogt', date: 'Oct 28, 2026 at 2:00 PM', body: 'Proposal attached' },
      {
        header: 'Alex Morgan moved the deal from Qualified to buy to Presentation scheduled',
        date: 'Oct 20, 2026 at 3:30 PM',
      },
      {
        header: 'Alex Morgan moved the deal from Appointment scheduled to Qualified to buy',
        date: 'Oct 2, 2026 at 10:05 AM',
      },
    ]);
    expect(stages).toEqual(['Qualified to buy', 'Presentation scheduled', 'Contract sent']);
  });

  it('French: "Prêt à signer" stays whole, not "signer"', () => {
    const stages = stagesRead('fr-FR', 'Phase de la transaction', 'Contrat envoyé', [
      { header: 'Alex Morgan a déplacé la transaction de Prêt à signer à Contrat envoyé', date: '3 nov. 2026 à 09:15' },
      { header: 'E-mail envoyé à Lena Vogt', date: '28 oct. 2026 à 14:00', body: 'Proposition jointe' },
      {
        header: 'Alex Morgan a déplacé la transaction de Rendez-vous programmé à Prêt à signer',
        date: '20 oct. 2026 à 15:30',
      },
    ]);
    expect(stages).toEqual(['Prêt à signer', 'Contrat envoyé']);
  });

  it('German: "Angebot in Prüfung" stays whole, not "Prüfung"', () => {
    const stages = stagesRead('de-DE', 'Deal-Phase', 'Vertrag gesendet', [
      {
        header: 'Alex Morgan hat den Deal von Angebot in Prüfung nach Vertrag gesendet verschoben',
        date: '3. Nov. 2026 um 09:15',
      },
      { header: 'E-Mail an Lena Vogt gesendet', date: '28. Okt. 2026 um 14:00', body: 'Angebot anbei' },
      {
        header: 'Alex Morgan hat den Deal von Termin vereinbart nach Angebot in Prüfung verschoben',
        date: '20. Okt. 2026 um 15:30',
      },
    ]);
    expect(stages).toEqual(['Angebot in Prüfung', 'Vertrag gesendet']);
  });
});
