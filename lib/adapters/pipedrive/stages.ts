import type { StageEntry } from '../../schema/record';
import { allVisible, firstVisible, textOf } from '../dom';
import type { ChangeRow } from './read-timeline';
import { SELECTORS } from './selectors';

export interface StageBar {
  stages: string[];
  current?: string;
}

/**
 * The stage bar: each step's name from its `title` (the bar shows names on hover), a name
 * element, or its text without the "N days" counter. The current step is marked
 * `aria-current`/`.active` (guess); without a mark, the last step marked passed is current.
 */
export function readStageBar(view: Element): StageBar {
  const steps = allVisible(view, SELECTORS.stageSteps);
  const stages: string[] = [];
  let current: string | undefined;
  for (const step of steps) {
    const name = stepName(step);
    if (!name) continue;
    stages.push(name);
    if (step.matches(SELECTORS.stageCurrent) || step.querySelector('[aria-current="step"]')) current = name;
  }
  if (!current) {
    const passed = steps.filter((s) => /\b(passed|done|complete|completed)\b/.test(s.getAttribute('class') ?? ''));
    const last = passed[passed.length - 1];
    if (last) current = stepName(last);
  }
  return { stages, ...(current ? { current } : {}) };
}

function stepName(step: Element): string {
  const title = step.getAttribute('title') ?? step.getAttribute('data-stage-name');
  if (title?.trim()) return title.trim();
  const named = textOf(firstVisible(step, SELECTORS.stageName));
  if (named) return named;
  return textOf(step)
    .replace(/\b\d+\s*(days?|d)\b/gi, '')
    .trim();
}

/**
 * The stage history: the deal's first stage from its creation date, then every "Stage" change
 * in the changelog, oldest first. Changes without a readable date are left out.
 */
export function stageHistory(changes: ChangeRow[], createdAt: string | undefined, current?: string): StageEntry[] {
  const stageChanges = changes
    .filter((c) => /\bstage\b/i.test(c.field) && c.timestamp)
    .sort((a, b) => (a.timestamp ?? '').localeCompare(b.timestamp ?? ''));
  const history: StageEntry[] = [];
  const first = stageChanges[0]?.from || (stageChanges.length === 0 ? current : undefined);
  if (createdAt && first) history.push({ stage: first, enteredAt: createdAt });
  for (const c of stageChanges) if (c.timestamp) history.push({ stage: c.to, enteredAt: c.timestamp });
  return history;
}
