import { describe, expect, it } from 'vitest';
import { predatesKept } from '../../../lib/metrics/predates-kept';
import { at, contact, deal, history } from './builders';

const CUTOFF = new Date(at('2026-10-21 15:00'));

describe('predatesKept', () => {
  it('dates a contact by its creation, or by the CRM’s last contact', () => {
    expect(predatesKept([contact({ createdAt: at('2026-10-20 09:00'), crmFigures: undefined })], CUTOFF)).toBe(true);
    expect(predatesKept([contact({ createdAt: at('2026-10-22 09:00'), crmFigures: undefined })], CUTOFF)).toBe(false);
    const contacted = contact({ createdAt: undefined, crmFigures: { lastContacted: at('2026-09-30 09:00') } });
    expect(predatesKept([contacted], CUTOFF)).toBe(true);
  });

  it('dates a deal by any stage it was in, including the start of a range', () => {
    const inDemo = (entered: string, after?: string) =>
      deal({ stageHistory: [{ stage: 'Demo', enteredAt: at(entered), ...(after ? { after: at(after) } : {}) }] });
    expect(predatesKept([inDemo('2026-10-01 10:00')], CUTOFF)).toBe(true);
    expect(predatesKept([inDemo('2026-11-01 10:00')], CUTOFF)).toBe(false);
    expect(predatesKept([inDemo('2026-11-01 10:00', '2026-10-15 10:00')], CUTOFF)).toBe(true);
    expect(predatesKept([deal({ stageHistory: history(['Demo', at('2026-11-02 10:00')]) })], CUTOFF)).toBe(false);
  });

  it('dates a deal by its contacts too: their touches are the deal’s', () => {
    const young = deal({ stageHistory: history(['Demo', at('2026-11-02 10:00')]) });
    const old = contact({ createdAt: at('2026-03-01 09:00'), crmFigures: undefined });
    expect(predatesKept([young, old], CUTOFF)).toBe(true);
  });

  it('says nothing predates the cutoff when nothing about the records is dated', () => {
    expect(predatesKept([contact({ createdAt: undefined, crmFigures: undefined })], CUTOFF)).toBe(false);
    expect(predatesKept([deal({ stageHistory: [] })], CUTOFF)).toBe(false);
  });
});
