import { useRef, useState } from 'preact/hooks';
import type { Motion } from '../../lib/schema/motion';
import type { CadenceStep, Settings } from '../../lib/schema/settings';

/** A step being edited; its id keys it on screen through moves and removals, so focus can follow it. */
export type DraftStep = CadenceStep & { id: number };

interface Draft {
  /** The stored steps the draft was made from or last saved as. */
  shown: readonly CadenceStep[];
  steps: DraftStep[];
}

export interface CadenceDraft {
  /** The shown motion's steps as being edited. */
  steps: DraftStep[];
  /** Changes the latest steps (even ones not rendered yet) and returns them without their ids, to be saved. */
  edit(change: (steps: DraftStep[]) => DraftStep[]): CadenceStep[];
  /** A step with a new id, for a step added or reset. */
  withId(step: CadenceStep): DraftStep;
}

/**
 * Each motion's cadence as being edited. A motion's draft is kept while another motion's cadence
 * is shown, so a refused step is still on screen beside its reason when the user comes back; the
 * steps saved elsewhere (or this editor's own save coming back) replace that motion's draft.
 */
export function useCadenceDraft(cadences: Settings['cadences'], motion: Motion): CadenceDraft {
  const nextId = useRef(0);
  const drafts = useRef<Partial<Record<Motion, Draft>>>({});
  const [, rendered] = useState(0);
  const withId = (step: CadenceStep): DraftStep => ({ ...step, id: nextId.current++ });

  const draft = followStored(drafts.current[motion], cadences[motion], () => nextId.current++);
  drafts.current[motion] = draft;

  const edit = (change: (steps: DraftStep[]) => DraftStep[]) => {
    const latest = drafts.current[motion] ?? draft;
    const steps = change(latest.steps);
    drafts.current[motion] = { ...latest, steps };
    rendered((n) => n + 1);
    return steps.map(({ day, channel }) => ({ day, channel }));
  };
  return { steps: draft.steps, edit, withId };
}

/** The draft, or the stored steps when they changed since it was made. */
function followStored(draft: Draft | undefined, stored: readonly CadenceStep[], newId: () => number): Draft {
  if (draft && sameSteps(draft.shown, stored)) return draft;
  // Ids stay by place, so this editor's own save coming back keeps its steps (and the focus) on screen.
  const before = draft?.steps ?? [];
  return { shown: stored, steps: stored.map((step, i) => ({ ...step, id: before[i]?.id ?? newId() })) };
}

/** Parsed anew on every save anywhere, so the same steps come back as another array. */
function sameSteps(a: readonly CadenceStep[], b: readonly CadenceStep[]): boolean {
  return a.length === b.length && a.every((step, i) => step.day === b[i]?.day && step.channel === b[i]?.channel);
}
