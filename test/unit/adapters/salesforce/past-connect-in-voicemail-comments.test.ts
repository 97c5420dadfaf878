/**
 * Commit 05bceec tests a connect phrase before voicemail / no answer / busy
 * (outcome.ts outcomeIn). Call comments name today's result and often the history of the contact:
 * "Went to voicemail again; we last connected on Oct 2" is a voicemail, and "Call connected, went
 * to voicemail" is one too. Before 05bceec both read as voicemail; now both are connects, so the
 * connect rate (metrics.md: calls with a connected outcome / call attempts) counts failed attempts
 * as connects. Oracle, by hand: each comment describes a call that reached no person.
 */
import { describe, expect, it } from 'vitest';
import { outcomeOf } from '../../../../lib/adapters/salesforce/outcome';

describe('a logged call whose comments name a voicemail and a connect that is not this call', () => {
  it.each([
    'Went to voicemail again; we last connected on Oct 2',
    'Call connected, went to voicemail',
    'No answer - last spoke with her in October',
    'Left a voicemail; spoke with him in October about the renewal',
    'Went to voicemail; previously spoke with her assistant',
  ])('"%s" is no connect', (comments) => {
    expect(outcomeOf('call', comments)).not.toBe('connected');
  });
});

describe('a connect this call made, said beside a failure', () => {
  it.each([
    'Went to voicemail, then she called back and we spoke with her team',
    'Spoke with Maria; she had listened to my voicemail and wants a demo',
  ])('"%s" is a connect', (comments) => {
    expect(outcomeOf('call', comments)).toBe('connected');
  });
});
