import { namesClosedOnly } from '../../metrics/stage-outcome';
import { pageText, textOf } from '../dom';
import { deepAllVisible } from './scope';
import { SEL } from './selectors';
import { isOneOf, type SalesforceWords, saysAny, wordsOf } from './words';

export interface PathReading {
  stages: string[];
  current?: string;
  /** The current step marked won or lost: stage names are the org's own ("Gewonnen"), the marker is not. */
  closed?: 'won' | 'lost';
  /**
   * The current step shows its SLDS state (`slds-is-current`, `slds-is-active`), so a won or lost
   * class would show too: without one, the deal is open whatever its stage is named.
   */
  showsOutcome: boolean;
}

/**
 * The stage path: steps `li.runtime_sales_pathassistantPathAssistantTab`, the current one
 * `.slds-is-active` (crm-pages.md). Without those classes, the SLDS path's ARIA: options of a listbox. The current step is the one marked as the record's stage
 * (`slds-is-current`, `aria-current`, "Current Stage" assistive text), else the selected one
 * (`.slds-is-active`, `aria-selected`), which moves when the user clicks a step to read its
 * guidance. A step's name is its shown title, else `title`/`aria-label`, else `data-name`, else
 * its text without the assistive "Stage Complete"/"Current Stage".
 */
export function readPath(view: Element, words: readonly SalesforceWords[]): PathReading {
  const precise = deepAllVisible(view, SEL.pathStep);
  const steps = precise.length > 0 ? precise : ariaSteps(view);
  const stages: string[] = [];
  const named: [Element, string][] = [];
  for (const step of steps) {
    const name = stepName(step, words);
    // A bare "Closed" is the path's placeholder for the closed stages, not a stage; in a language
    // without a word table, the closed-stage words say it ("完了").
    if (!name || isOneOf(name, wordsOf(words, 'closedPlaceholder')) || namesClosedOnly(name)) continue;
    if (!stages.includes(name)) stages.push(name);
    named.push([step, name]);
  }
  // The step marked as the record's stage first; the selected one only where none is.
  const [step, current] = named.find(([s]) => isMarkedCurrent(s, words)) ?? named.find(([s]) => isSelected(s)) ?? [];
  const closed = step && closedMark(step);
  const showsOutcome = step !== undefined && (hasClass(step, SEL.pathCurrent) || hasClass(step, SEL.pathActive));
  return { stages, ...(current ? { current } : {}), ...(closed ? { closed } : {}), showsOutcome };
}

function closedMark(step: Element): 'won' | 'lost' | undefined {
  if (hasClass(step, SEL.pathWon)) return 'won';
  if (hasClass(step, SEL.pathLost)) return 'lost';
  return undefined;
}

/** A step's state class, on the step or, for an ARIA option, on the path item holding it. */
function hasClass(step: Element, name: string): boolean {
  return step.classList.contains(name) || (step.closest('li')?.classList.contains(name) ?? false);
}

function ariaSteps(view: Element): Element[] {
  const listbox = deepAllVisible(view, '[role="listbox"]').find((l) => l.querySelector('[role="option"]'));
  return listbox ? Array.from(listbox.querySelectorAll('[role="option"]')) : [];
}

/** The record's stage: `slds-is-current`, `aria-current`, or "Current Stage" assistive text. */
function isMarkedCurrent(step: Element, words: readonly SalesforceWords[]): boolean {
  if (hasClass(step, SEL.pathCurrent)) return true;
  if ([step, ...Array.from(step.querySelectorAll('[aria-current]'))].some(isAriaCurrent)) return true;
  return saysAny(textOf(step), wordsOf(words, 'currentStep'));
}

/** The step shown as chosen (`slds-is-active`, `aria-selected`): the record's stage unless the user clicked another. */
function isSelected(step: Element): boolean {
  if (hasClass(step, SEL.pathActive)) return true;
  return [step, ...Array.from(step.querySelectorAll('[aria-selected]'))].some(
    (el) => el.getAttribute('aria-selected') === 'true',
  );
}

function isAriaCurrent(el: Element): boolean {
  const value = el.getAttribute('aria-current');
  return value !== null && value !== 'false';
}

/**
 * The label as the page shows it (contracts.md): `data-name` holds the picklist's API value, which
 * stays English in a translated org and may be "Stage_3" anywhere, so it comes only after the
 * shown title, `title` and `aria-label`.
 */
function stepName(step: Element, words: readonly SalesforceWords[]): string {
  const title = textOf(step.querySelector(SEL.pathTitle));
  if (title) return title;
  const labelled = [step, ...Array.from(step.querySelectorAll('[title], [aria-label]'))]
    .map((el) => pageText(el.getAttribute('title') ?? el.getAttribute('aria-label') ?? ''))
    .find(Boolean);
  if (labelled) return labelled;
  const data = pageText(
    step.getAttribute('data-name') ?? step.querySelector('[data-name]')?.getAttribute('data-name') ?? '',
  );
  if (data) return data;
  const assistive = [...wordsOf(words, 'currentStep'), 'Stage Complete'];
  let text = textOf(step);
  for (const word of assistive) text = text.replace(new RegExp(`^${word}:?\\s*`, 'i'), '');
  return text.trim();
}
