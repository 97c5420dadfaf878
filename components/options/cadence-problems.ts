import type { CadenceStep } from '../../lib/schema/settings';
import type { FieldErrors } from './settings-form';

/** What is wrong with one motion's cadence: the reasons to show, and which step's control is wrong. */
export interface CadenceProblems {
  /** "Step 3 day: …", or the reason about the whole cadence. */
  messages: string[];
  /** Indexes of steps whose day is wrong. */
  days: Set<number>;
  /** Indexes of steps whose channel is wrong. */
  channels: Set<number>;
}

/**
 * The errors filed under `key` (`cadences.smb`) for the steps on screen. The rule "each step comes
 * on or after the one before it" is filed under the whole cadence, so the steps that break it are
 * found from the steps themselves. Errors filed under a step not on screen are left out.
 */
export function cadenceProblems(errors: FieldErrors, key: string, steps: readonly CadenceStep[]): CadenceProblems {
  const problems: CadenceProblems = { messages: [], days: new Set(), channels: new Set() };
  for (const [path, message] of Object.entries(errors)) {
    if (path !== key && !path.startsWith(`${key}.`)) continue;
    const [index, field] = path.slice(key.length + 1).split('.');
    if (index === undefined || index === '') {
      problems.messages.push(message);
      for (const i of stepsBeforeTheirPrevious(steps)) problems.days.add(i);
      continue;
    }
    // A rule about a step that is not there (the first step's day, once every step is removed) is
    // the cadence's "at least one step" again: an error about a step not on screen says nothing.
    if (Number(index) >= steps.length) continue;
    problems.messages.push(`Step ${Number(index) + 1}${field ? ` ${field}` : ''}: ${message}`);
    if (field === 'channel') problems.channels.add(Number(index));
    else problems.days.add(Number(index));
  }
  return problems;
}

function stepsBeforeTheirPrevious(steps: readonly CadenceStep[]): number[] {
  return steps.flatMap((step, i) => {
    const previous = steps[i - 1];
    return previous && step.day < previous.day ? [i] : [];
  });
}
