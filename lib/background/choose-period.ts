import { choosePeriodRequestSchema, type DoneResponse } from '../settings/page-messages';
import { updateSettings } from '../settings/storage';

/** Saves the period chosen in a panel; the storage change then refreshes the panels of every tab. */
export async function choosePeriod(data: unknown): Promise<DoneResponse> {
  const parsed = choosePeriodRequestSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: { kind: 'invalid', message: 'Touchline offers no such period.' } };
  try {
    await updateSettings({ period: parsed.data.period });
    return { ok: true };
  } catch (error) {
    console.error('Touchline: saving the period failed', error);
    return { ok: false, error: { kind: 'storage', message: 'Touchline could not save the period.' } };
  }
}
