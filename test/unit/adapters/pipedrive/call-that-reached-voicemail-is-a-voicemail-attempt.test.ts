import { describe, expect, it } from 'vitest';
import { readDone } from './logged-activity-page';

/**
 * metrics.md: "Connect rate: calls with a connected outcome / call attempts"; a voicemail is an
 * attempt. "Call – reached voicemail" opens its statement with a connect word ("reached",
 * "connected", "joint", "conectado") yet names the voicemail: the call got through to a mailbox,
 * as "Anruf – Mailbox erreicht" says in the other word order. Plain connects stay connected.
 */
const outcomeOf = (lang: string, subject: string) => readDone('call', lang, subject).outcome;

describe('a done Pipedrive call whose subject says it reached voicemail', () => {
  it.each([
    ['en-US', 'Call – reached voicemail'],
    ['en-US', 'Call – connected to voicemail'],
    ['en-US', 'Call – answered by voicemail'],
    ['fr', 'Appel – joint la messagerie'],
    ['es', 'Llamada – conectado al buzón de voz'],
    ['pt-BR', 'Ligação – conectado à caixa postal'],
    ['nl', 'Gesprek – verbonden met voicemail'],
    ['it', 'Chiamata – raggiunto segreteria'],
  ])('%s "%s" is a voicemail attempt', (lang, subject) => {
    expect(outcomeOf(lang, subject)).toBe('voicemail');
  });

  it.each([
    ['en-US', 'Call – reached Ana'],
    ['es', 'Llamada – conectado'],
    ['it', 'Chiamata – raggiunto'],
  ])('%s "%s" is still a connect', (lang, subject) => {
    expect(outcomeOf(lang, subject)).toBe('connected');
  });
});
