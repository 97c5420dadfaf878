// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { eraseShownRecord } from '../../../lib/content/erase-record';
import { pauseWhenErased } from '../../../lib/content/erased-elsewhere';
import { ask } from '../../../lib/content/messages';
import { ANA, BEN, draw, navigate, sessionPerTest, setUrl, startSession, urlOf, wait } from './spa-world';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

const lifetime = sessionPerTest();
const PLANNED = { ok: true, erased: { contacts: 1, deals: 0, activities: 2, logged: 0 } };

/**
 * "Erase this record" on Ana, and the rep opens Ben while the erase runs (a long history takes a
 * moment): when the answer comes, Ben's panel stays Ben's, read as usual, whatever the answer.
 */
async function eraseAnaThenOpenBen(answer: unknown) {
  setUrl(urlOf('A'));
  draw(ANA);
  const { store, session, shown } = startSession(lifetime.signal);
  lifetime.signal.addEventListener('abort', pauseWhenErased(store, session.pause));
  session.onRoute(new URL(urlOf('A')), false);
  await vi.waitFor(() => expect(shown()).toBe('hubspot:4410021:contact:A|Ana Alvarez'), { timeout: 5000 });

  const background = vi.mocked(ask).getMockImplementation();
  let finish: (answer: unknown) => void = () => {};
  vi.mocked(ask).mockImplementation((async (name: string, data: { dryRun?: boolean }) => {
    if (name !== 'eraseRecord') return background?.(name as never, data as never);
    if (data.dryRun) return PLANNED;
    return new Promise((resolve) => {
      finish = resolve;
    });
  }) as never);
  const readAgain = vi.fn(session.readAgain);
  const erasing = eraseShownRecord(store, { pause: session.pause, readAgain }, () => true);
  await vi.waitFor(() =>
    expect(vi.mocked(ask).mock.calls.some(([n, d]) => n === 'eraseRecord' && !(d as { dryRun?: boolean }).dryRun)).toBe(
      true,
    ),
  );
  navigate(session, urlOf('B'));
  finish(answer);
  await erasing;
  // The CRM draws Ben's page a moment after the address moved.
  await wait(300);
  draw(BEN);
  return { store, shown, readAgain };
}

describe('an erase of Ana answered after the rep moved on to Ben', () => {
  it('leaves Ben’s panel showing Ben, read as usual', async () => {
    const { store, shown } = await eraseAnaThenOpenBen(PLANNED);
    expect(store.get().erased ?? null).toBeNull();
    await vi.waitFor(() => expect(shown()).toBe('hubspot:4410021:contact:B|Ben Brooks'), { timeout: 6000 });
  });

  it('says that Ana was not erased when it failed, and does not start Ben’s reading again', async () => {
    const { store, shown, readAgain } = await eraseAnaThenOpenBen({
      ok: false,
      error: { kind: 'storage', message: 'The disk is full.' },
    });
    expect(store.get().notice).toBe('Ana Alvarez not erased: The disk is full.');
    expect(readAgain).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(shown()).toBe('hubspot:4410021:contact:B|Ben Brooks'), { timeout: 6000 });
  });
});
