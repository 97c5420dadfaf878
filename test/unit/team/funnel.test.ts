import { describe, expect, it } from 'vitest';
import { funnel } from '../../../lib/team/funnel';
import { at, deal, history } from '../metrics/builders';

describe('funnel: the stage funnel of one pipeline', () => {
  // HubSpot names every portal's default pipeline "Sales Pipeline"; two portals' stages differ.
  const inPortal = (tenant: string, stages: string[], count: number) =>
    Array.from({ length: count }, () =>
      deal({
        tenant,
        pipeline: 'Sales Pipeline',
        stages,
        stage: stages[1] as string,
        stageHistory: history(
          [stages[0] as string, at('2026-10-01 10:00')],
          [stages[1] as string, at('2026-10-10 10:00')],
        ),
      }),
    );
  const a = inPortal('111', ['Appointment scheduled', 'Qualified to buy', 'Contract sent'], 3);
  const b = inPortal('222', ['Discovery', 'Demo', 'Proposal'], 2);

  it("draws one account's pipeline, not two accounts' deals under one name", () => {
    const shown = funnel([...b, ...a]);
    expect(shown?.deals).toBe(3);
    expect(shown?.rows.map((r) => [r.stage, r.entered])).toEqual([
      ['Appointment scheduled', 3],
      ['Qualified to buy', 3],
      ['Contract sent', 0],
    ]);
  });

  it('draws the chosen pipeline name from the account with most deals in it', () => {
    expect(funnel([...a, ...b], 'Sales Pipeline')?.deals).toBe(3);
    expect(funnel([...a, ...b], 'Renewals')).toBeNull();
  });
});
