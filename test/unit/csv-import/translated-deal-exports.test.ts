import { describe, expect, it } from 'vitest';
import { toSalesforceId18 } from '../../../lib/adapters/salesforce-id';
import { detectDealColumns, exportKind, likelyDealCrm } from '../../../lib/csv-import/deals/detect';
import { previewCsv } from '../../../lib/csv-import/parse-csv';
import type { Crm } from '../../../lib/schema/activity';
import type { Deal } from '../../../lib/schema/record';
import { dealsOf, importDeals } from './deal-fixture';
import { freshDb } from './import-fixture';

/**
 * Deal exports of users whose CRM is in French, Spanish, Portuguese (Brazil) or Dutch, written by
 * hand in the shape of test/fixtures/csv/*-deals-en.csv and *-opportunities-de.csv. No translated
 * deal export was found: the headers are the assumed labels, so these tests protect that such a
 * file is told apart and read, not that the labels are the CRMs' own. Every date has a day of 12 or
 * less, so only the file's language says it is printed day first; the unit clock reads dates in
 * Europe/Berlin (CEST until 25 October, CET after).
 */
async function imported(crm: Crm, tenant: string, text: string) {
  const headers = (await previewCsv(text, 1))[0] ?? [];
  const db = await freshDb();
  const report = await importDeals(db, crm, tenant, text);
  return {
    kind: exportKind(crm, headers),
    crm: likelyDealCrm(headers),
    lang: detectDealColumns(crm, headers).lang,
    report,
    deals: await dealsOf(db),
  };
}
const byId = (deals: Deal[], id: string) => deals.find((d) => d.recordId === id);

describe('translated deal exports', () => {
  it('reads a French HubSpot deal export with its per-stage entry dates', async () => {
    const text = [
      "ID de fiche d'informations,Nom de la transaction,Phase de la transaction,Pipeline,Montant,Date de fermeture," +
        "Propriétaire de la transaction,Date d'entrée « Rendez-vous programmé (Pipeline des ventes) »," +
        "Date d'entrée « Qualifié pour l'achat (Pipeline des ventes) »",
      '9101,Extension Acme,Qualifié pour l\'achat,Pipeline des ventes,"12 500,00 €",12/11/2026,Dana Reyes,' +
        '03/08/2026 09:15,01/09/2026 10:00',
    ].join('\n');
    const { kind, crm, lang, report, deals } = await imported('hubspot', '123', text);

    expect({ kind, crm, lang }).toEqual({ kind: 'deals', crm: 'hubspot', lang: 'fr' });
    expect(report).toMatchObject({ rows: 1, added: 1, invalid: 0 });
    expect(byId(deals, '9101')).toMatchObject({
      name: 'Extension Acme',
      stage: "Qualifié pour l'achat",
      pipeline: 'Pipeline des ventes',
      amount: 12500,
      currency: 'EUR',
      owner: 'Dana Reyes',
      closeDate: '2026-11-12',
      stageHistory: [
        { stage: 'Rendez-vous programmé', enteredAt: '2026-08-03T07:15:00.000Z' },
        { stage: "Qualifié pour l'achat", enteredAt: '2026-09-01T08:00:00.000Z' },
      ],
    });
  });

  it('reads a Spanish Salesforce opportunities report', async () => {
    const text = [
      'ID de oportunidad;Nombre de la oportunidad;Etapa;Importe;Divisa de la oportunidad;' +
        'Propietario de la oportunidad;Fecha de cierre;Fecha de creación;Fecha del último cambio de etapa',
      '0065g00000AbCdE;Licencia Ortega;Needs Analysis;22.500,00;EUR;Lucía Ortega;12/12/2026;01/09/2026;05/10/2026',
      '0065g00000AbCdG;Renovación Ruiz;Cerrada perdida;8.000,00;EUR;Lucía Ortega;10/11/2026;02/09/2026;10/11/2026',
    ].join('\n');
    const { kind, crm, lang, report, deals } = await imported('salesforce', 'acme.lightning.force.com', text);

    expect({ kind, crm, lang }).toEqual({ kind: 'deals', crm: 'salesforce', lang: 'es' });
    expect(report).toMatchObject({ rows: 2, added: 2, invalid: 0 });
    expect(byId(deals, toSalesforceId18('0065g00000AbCdE'))).toMatchObject({
      name: 'Licencia Ortega',
      stage: 'Needs Analysis',
      amount: 22500,
      currency: 'EUR',
      owner: 'Lucía Ortega',
      closeDate: '2026-12-12',
      stageHistory: [{ stage: 'Needs Analysis', enteredAt: '2026-10-04T22:00:00.000Z' }],
    });
    expect(byId(deals, toSalesforceId18('0065g00000AbCdG'))).toMatchObject({ closed: 'lost' });
  });

  it('reads a Brazilian Portuguese Pipedrive deal export with its status words', async () => {
    const text = [
      'Negócio - ID,Negócio - Título,Negócio - Etapa,Negócio - Funil,Negócio - Valor,Negócio - Moeda,' +
        'Negócio - Proprietário,Negócio - Status,Negócio - Negócio criado,Negócio - Última alteração de etapa',
      '301,Renovação Silva,Proposta feita,Funil de vendas,"1.234,56",BRL,Ana Souza,Aberto,01/09/2026 10:00,05/10/2026 09:00',
      '302,Expansão Lima,Negociações iniciadas,Funil de vendas,5000,BRL,Ana Souza,Ganho,01/08/2026 09:00,',
    ].join('\n');
    const { kind, crm, lang, report, deals } = await imported('pipedrive', 'acme', text);

    expect({ kind, crm, lang }).toEqual({ kind: 'deals', crm: 'pipedrive', lang: 'pt-BR' });
    expect(report).toMatchObject({ rows: 2, added: 2, invalid: 0 });
    expect(byId(deals, '301')).toMatchObject({
      name: 'Renovação Silva',
      stage: 'Proposta feita',
      pipeline: 'Funil de vendas',
      amount: 1234.56,
      currency: 'BRL',
      owner: 'Ana Souza',
      stageHistory: [{ stage: 'Proposta feita', enteredAt: '2026-10-05T07:00:00.000Z' }],
    });
    expect(byId(deals, '301')?.closed).toBeUndefined();
    // Never moved: in its stage since it was created.
    expect(byId(deals, '302')).toMatchObject({
      closed: 'won',
      stageHistory: [{ stage: 'Negociações iniciadas', enteredAt: '2026-08-01T07:00:00.000Z' }],
    });
  });

  it('reads a Dutch Pipedrive deal export with its status words', async () => {
    const text = [
      'Deal - ID,Deal - Titel,Deal - Fase,Deal - Pipeline,Deal - Waarde,Deal - Valuta,Deal - Eigenaar,Deal - Status,' +
        'Deal - Deal aangemaakt,Deal - Laatste fasewijziging',
      '401,Uitbreiding De Vries,Voorstel gedaan,Pipeline,"4.500,00",EUR,Sanne de Vries,Verloren,01/09/2026 10:00,' +
        '05/10/2026 09:00',
    ].join('\n');
    const { kind, crm, lang, report, deals } = await imported('pipedrive', 'acme', text);

    expect({ kind, crm, lang }).toEqual({ kind: 'deals', crm: 'pipedrive', lang: 'nl' });
    expect(report).toMatchObject({ rows: 1, added: 1, invalid: 0 });
    expect(byId(deals, '401')).toMatchObject({
      name: 'Uitbreiding De Vries',
      stage: 'Voorstel gedaan',
      amount: 4500,
      currency: 'EUR',
      owner: 'Sanne de Vries',
      closed: 'lost',
      stageHistory: [{ stage: 'Voorstel gedaan', enteredAt: '2026-10-05T07:00:00.000Z' }],
    });
  });
});
