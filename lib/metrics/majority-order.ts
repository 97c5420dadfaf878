/** Per stage, the deals that reached each other stage after first entering it (stagesReachedAfter). */
type MovesOn = ReadonlyMap<string, Readonly<Record<string, number>>>;

/**
 * The stage order the deals' moves show when no page showed the pipeline's path: of two stages,
 * the one more deals went on from to the other comes first. A deal that looped between two
 * stages went on from each to the other, so it weighs on neither side, and a single move back
 * never turns the order the other deals show. Stages no majority orders (no deal went between
 * them, as many went one way as the other, or the majorities go round in a circle) keep the
 * order of `stages`, which lists every stage once.
 */
export function majorityOrder(stages: readonly string[], movesOn: MovesOn): string[] {
  const moved = (from: string, to: string) => movesOn.get(from)?.[to] ?? 0;
  const comesBefore = (a: string, b: string) => moved(a, b) > moved(b, a);
  const order: string[] = [];
  let left = [...stages];
  while (left.length > 0) {
    // A circle of majorities leaves no stage unbeaten: the first one left goes next.
    const next = left.find((stage) => !left.some((other) => comesBefore(other, stage))) ?? (left[0] as string);
    order.push(next);
    left = left.filter((stage) => stage !== next);
  }
  return order;
}
