/**
 * contracts.md: deal touches are stored against the deal, "with a contact only where the
 * page names one"; metrics.md's multi-threading counts the deal's contacts with a touch. A rep's mail
 * on a deal, synced to its History, names its recipients on its To line by the very addresses the
 * deal's Person card and Participants show. The person's reply was linked to its sender (deal-mail-
 * person.ts); the rep's own mail to two of the deal's persons is linked to those two by the addresses
 * its To line names, else a deal whose only touch this month is that mail would show no contact
 * worked where the page says which two were. An address no card shows, or one two persons share,
 * names nobody: never a guess.
 */
import { describe, expect, it } from 'vitest';
import { dealBody, mail, readAt, section } from './person-and-deal-pages';

const card = (id: string, name: string, email: string) =>
  `<div class="PersonCard_card__w3Ee4"><a href="/person/${id}">${name}</a><div><a href="mailto:${email}">${email}</a></div></div>`;

const feed = [
  mail({
    icon: 'E-mail',
    thread: 8801,
    subject: 'Re: Proposta do piloto',
    when: '19 de novembro de 2026 às 11:20',
    fromLabel: 'De:',
    from: 'Marcos Lima &lt;marcos.lima@vale-frio.example&gt;',
    toLabel: 'Para:',
    to: 'Sam Ortiz &lt;sam@acme.example&gt;',
    preview: 'Obrigado, vamos avaliar.',
  }),
  mail({
    icon: 'E-mail',
    thread: 8800,
    subject: 'Proposta do piloto',
    when: '18 de novembro de 2026 às 09:00',
    fromLabel: 'De:',
    from: 'Sam Ortiz &lt;sam@acme.example&gt;',
    toLabel: 'Para:',
    to: 'Beatriz Souza &lt;beatriz.souza@vale-frio.example&gt;, Marcos Lima &lt;marcos.lima@vale-frio.example&gt;',
    preview: 'Olá Beatriz e Marcos, segue a proposta.',
  }),
  mail({
    icon: 'E-mail',
    thread: 8799,
    subject: 'Rascunho da proposta',
    when: '17 de novembro de 2026 às 16:40',
    fromLabel: 'De:',
    from: 'Sam Ortiz &lt;sam@acme.example&gt;',
    toLabel: 'Para:',
    to: 'Ana Costa &lt;ana.costa@acme.example&gt;, compras@vale-frio.example',
    preview: 'Ana, segue o rascunho.',
  }),
].join('');

const sidebar = [
  section('Pessoa', card('7711', 'Beatriz Souza', 'beatriz.souza@vale-frio.example')),
  section('Organização', '<a href="/organization/91">Vale Frio Ltda.</a><div>Av. Paulista 1000, São Paulo</div>'),
  section(
    'Participantes 5',
    card('7711', 'Beatriz Souza', 'beatriz.souza@vale-frio.example') +
      card('7712', 'Marcos Lima', 'marcos.lima@vale-frio.example') +
      card('7713', 'Paula Reis', 'paula.reis@vale-frio.example') +
      // Two persons share the purchasing inbox: a mail to it names neither.
      card('7714', 'Rui Alves', 'compras@vale-frio.example') +
      card('7715', 'Sofia Dias', 'compras@vale-frio.example'),
  ),
].join('');

const body = dealBody({
  title: 'Vale Frio — Piloto de cadeia fria',
  stages: ['Qualificado', 'Contato feito', 'Demonstração agendada', 'Proposta feita', 'Negociação iniciada'],
  current: 3,
  dayUnit: 'd',
  value: 'R$ 48.000',
  fields: [['Proprietário', 'Sam Ortiz']],
  sidebar,
  focusTitle: 'Foco',
  focus: '',
  historyTitle: 'Histórico',
  chips: ['Tudo', 'Atividades', 'Anotações', 'E-mails', 'Arquivos'],
  feed,
});

describe('Pipedrive deal in pt-BR: a rep’s mail to the deal’s persons', () => {
  const r = readAt('/deal/9401', body, 'pt-BR', 'Vale Frio — Piloto de cadeia fria - Negócios');
  if (r.status !== 'read') throw new Error(JSON.stringify(r));
  const byTitle = new Map(r.activities.map((a) => [a.title, a]));

  it('(control) the reply is linked to its sender', () => {
    expect(byTitle.get('Re: Proposta do piloto')).toMatchObject({ direction: 'inbound', contactIds: ['7712'] });
  });

  it('the proposal is linked to the two persons its To line names', () => {
    const sent = byTitle.get('Proposta do piloto');
    expect(sent?.direction).toBe('outbound');
    expect([...(sent?.contactIds ?? [])].sort()).toEqual(['7711', '7712']);
  });

  it('a mail to a colleague and to an address two persons share names nobody', () => {
    const draft = byTitle.get('Rascunho da proposta');
    expect(draft?.direction).toBe('outbound');
    expect(draft?.contactIds).toBeUndefined();
  });
});
