import type { DealField } from './fields';
import type { DealMapping } from './mapping';

/** A row's cells by field (trimmed, empty ones left out), and its stage entry columns' cells. */
export interface DealCells {
  single: Partial<Record<Exclude<DealField, 'stageEntered'>, string>>;
  /** Every column read as `stageEntered` whose cell holds something, with the stage it is for. */
  entered: { column: number; text: string }[];
  /** Fields whose column is in the mapping, filled or not (a blank "Last stage change" says something). */
  mapped: ReadonlySet<DealField>;
}

export function dealCells(cells: readonly string[], mapping: DealMapping): DealCells {
  const single: DealCells['single'] = {};
  const entered: DealCells['entered'] = [];
  mapping.targets.forEach((target, column) => {
    const text = cells[column]?.trim();
    if (target === 'ignore' || !text) return;
    if (target === 'stageEntered') entered.push({ column, text });
    else single[target] = text;
  });
  return { single, entered, mapped: new Set(mapping.targets.filter((t) => t !== 'ignore') as DealField[]) };
}
