import { textOf } from '../dom';
import { deepAllVisible } from './scope';
import { SEL } from './selectors';
import { isOneOf, type SalesforceWords, saysAny, wordsOf } from './words';

export interface PathReading {
  stages: string[];
  current?: string;
}

/**
 * The stage path: steps `li.runtime_sales_pathassistantPathAssistantTab`, the current one
 * `.slds-is-active` with its name in `data-name` (crm-pages.md). Without those classes, the SLDS
 * path's ARIA: options of a listbox, the current one `aria-selected`/`aria-current` or with
 * "Current Stage" assistive text; a step's name from `title`/`aria-label`, else its text without
 * the assistive "Stage Complete"/"Current Stage".
 */
export function readPath(view: Element, words: readonly SalesforceWords[]): PathReading {
  const precise = deepAllVisible(view, SEL.pathStep);
  const steps = precise.length > 0 ? precise : ariaSteps(view);
  const stages: string[] = [];
  let current: string | undefined;
  for (const step of steps) {
    const name = stepName(step, words);
    // A bare "Closed" is the path's placeholder for the closed stages, not a stage.
    if (!name || isOneOf(name, wordsOf(words, 'closedPlaceholder'))) continue;
    if (!stages.includes(name)) stages.push(name);
    if (!current && isCurrent(step, words)) current = name;
  }
  return { stages, ...(current ? { current } : {}) };
}

function ariaSteps(view: Element): Element[] {
  const listbox = deepAllVisible(view, '[role="listbox"]').find((l) => l.querySelector('[role="option"]'));
  return listbox ? Array.from(listbox.querySelectorAll('[role="option"]')) : [];
}

function isCurrent(step: Element, words: readonly SalesforceWords[]): boolean {
  if (step.classList.contains(SEL.pathActive)) return true;
  const marked = [step, ...Array.from(step.querySelectorAll('[aria-selected], [aria-current]'))];
  if (marked.some((el) => el.getAttribute('aria-selected') === 'true' || isAriaCurrent(el))) return true;
  return saysAny(textOf(step), wordsOf(words, 'currentStep'));
}

function isAriaCurrent(el: Element): boolean {
  const value = el.getAttribute('aria-current');
  return value !== null && value !== 'false';
}

function stepName(step: Element, words: readonly SalesforceWords[]): string {
  const data = step.getAttribute('data-name') ?? step.querySelector('[data-name]')?.getAttribute('data-name');
  if (data?.trim()) return data.trim();
  const title = step.querySelector(SEL.pathTitle);
  if (title) return textOf(title);
  const labelled = [step, ...Array.from(step.querySelectorAll('[title], [aria-label]'))]
    .map((el) => el.getAttribute('title') ?? el.getAttribute('aria-label') ?? '')
    .find((t) => t.trim());
  if (labelled) return labelled.trim();
  const assistive = [...wordsOf(words, 'currentStep'), 'Stage Complete'];
  let text = textOf(step);
  for (const word of assistive) text = text.replace(new RegExp(`^${word}:?\\s*`, 'i'), '');
  return text.trim();
}
