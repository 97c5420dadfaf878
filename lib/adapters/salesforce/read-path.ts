import { textOf } from '../dom';
import { deepAllVisible } from './scope';
import { SEL } from './selectors';

export interface PathReading {
  stages: string[];
  current?: string;
}

/**
 * The stage path: steps `li.runtime_sales_pathassistantPathAssistantTab`, the current one
 * `.slds-is-active` with its name in `data-name` (crm-pages.md). A step's name falls back to
 * its title text, without the "Stage Complete"/"Current Stage" assistive text.
 */
export function readPath(view: Element): PathReading {
  const steps = deepAllVisible(view, SEL.pathStep);
  const stages: string[] = [];
  let current: string | undefined;
  for (const step of steps) {
    const name = stepName(step);
    // A bare "Closed" is the path's placeholder for the closed stages, not a stage.
    if (!name || /^closed$/i.test(name)) continue;
    if (!stages.includes(name)) stages.push(name);
    if (step.classList.contains(SEL.pathActive) && !current) current = name;
  }
  return { stages, ...(current ? { current } : {}) };
}

function stepName(step: Element): string {
  const data = step.getAttribute('data-name') ?? step.querySelector('[data-name]')?.getAttribute('data-name');
  if (data?.trim()) return data.trim();
  const title = step.querySelector(SEL.pathTitle);
  if (title) return textOf(title);
  const link = step.querySelector('a[title]')?.getAttribute('title');
  return link?.trim() ?? '';
}
