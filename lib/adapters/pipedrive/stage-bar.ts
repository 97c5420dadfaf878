import { allVisible, attributeText, firstVisible } from '../dom';
import { chunksOf, visibleText } from './lines';
import { SELECTORS } from './selectors';
import { escapeRegExp } from './text-match';
import type { Wording } from './wording';

export interface StageStep {
  name: string;
  /** Days the deal spent (or has spent so far) in this stage, where the bar shows them. */
  days?: number;
}

export interface StageBar {
  steps: StageStep[];
  current?: string;
}

/** Steps that mark the deal's place: `aria-selected` on cui5 stage buttons, `aria-current="step"` (crm-evidence-2.md). */
const MARKED_STEP = '[aria-selected], [aria-current="step"]';
const NOT_A_STEP = '[role="tab"], [role="option"], [role="gridcell"], [role="treeitem"]';

/**
 * The stage bar: the precise step markers where the page has them, else the siblings of a step
 * carrying `aria-selected`/`aria-current` (not tabs, unless their tablist is drawn as a stage bar:
 * isStageTab). Each step's name from `aria-label` (crm-evidence-2.md), else its visible text
 * without the day count, piece by piece: a count drawn as an element of its own beside the name
 * ("<span>3 T</span><span>Angebot</span>") never runs into it. A `title` is only a tooltip, often the day count said in words: it names a step that
 * shows no name of its own.
 * The current step is `aria-selected="true"` or `aria-current="step"` (crm-evidence-2.md) or a
 * current-step class. A step marked passed is one the deal has left, never the stage it is in,
 * and no source says which step follows it: without a current mark the bar names no stage, and the
 * Stage field or the changelog's latest move does.
 */
export function readStageBar(view: Element, words: Wording): StageBar {
  const precise = allVisible(view, SELECTORS.stageSteps);
  const steps = precise.length > 0 ? precise : structuralSteps(view);
  const bar: StageBar = { steps: [] };
  for (const step of steps) {
    const name = stepName(step, words);
    if (!name) continue;
    const days = stepDays(step, name, words);
    bar.steps.push({ name, ...(days !== undefined ? { days } : {}) });
    if (isCurrent(step)) bar.current = name;
  }
  return bar;
}

function structuralSteps(view: Element): Element[] {
  const marked = allVisible(view, MARKED_STEP).filter((el) => !el.matches(NOT_A_STEP) || isStageTab(el));
  const parent = marked[0]?.parentElement;
  if (!parent) return [];
  const steps = Array.from(parent.children).filter((c) => c.tagName === marked[0]?.tagName);
  return steps.length > 1 ? steps : [];
}

/**
 * A stage bar drawn as a tablist: `aria-selected` is a state of tabs, so a bar may be one
 * (crm-evidence-2.md names the state, not the role). Its tabs are stage steps where one of the
 * tablist's tabs shows the bar's day-count prefix ("31 T · Angebot"); tabs such as Focus and
 * History, or a settings dialog's, show none and stay no steps.
 */
function isStageTab(el: Element): boolean {
  const list = el.parentElement;
  if (!el.matches('[role="tab"]') || !list?.matches('[role="tablist"]')) return false;
  return Array.from(list.children).some(
    (tab) => tab.matches('[role="tab"]') && DAY_COUNT_PREFIX.test(visibleText(tab)),
  );
}

function isCurrent(step: Element): boolean {
  return (
    step.matches(SELECTORS.stageCurrent) ||
    step.getAttribute('aria-selected') === 'true' ||
    step.querySelector('[aria-current="step"]') !== null
  );
}

function stepName(step: Element, words: Wording): string {
  // As the history's text is read (pageText): a stage named decomposed is the one its changelog names.
  const label = attributeText(step, 'aria-label') || attributeText(step, 'data-stage-name');
  if (label) return label;
  const named = firstVisible(step, SELECTORS.stageName);
  if (named) return visibleText(named);
  const days = dayPattern(words);
  const counted = DAY_COUNT_PREFIX.test(visibleText(step));
  const shown = chunksOf(step)
    .map((chunk, i) => {
      const text = chunk.text.replace(days, '');
      return counted && i === 0 ? text.replace(LEADING_COUNT, '') : text;
    })
    .filter((text) => /[\p{L}\p{N}]/u.test(text))
    .join(' ')
    .replace(/^\s*[·•]\s*/, '')
    .trim();
  if (shown) return shown;
  // A step drawn without its name ("8 days" alone) is named by its tooltip, unless the tooltip
  // is the day count's sentence ("Seit 3 Tagen in dieser Phase", "4 days in this stage").
  const tooltip = attributeText(step, 'title');
  return days.test(tooltip) ? '' : tooltip;
}

/**
 * The bar's "N<unit> · <stage>" shape (crm-evidence-2.md) in any language: a number, a short unit
 * and the separator before the name ("11日 · デモ日程確定"). The shape alone says the number is the
 * day count, so it never joins the stage's name even where Touchline has no word for the unit;
 * only a known unit reads it as days (stepDays), an unknown one leaves the days unread.
 */
const DAY_COUNT_PREFIX = /^\s*\d+\s*\p{L}{1,3}\.?\s*[·•]\s*\S/u;
/** The count and its unit at the head of the first piece, the separator too when drawn in it. */
const LEADING_COUNT = /^\s*\d+\s*\p{L}{1,3}\.?(?:\s*[·•])?\s*/u;

/**
 * "3 d · Qualified", "3 T · Qualifiziert", "3 j · Qualifié" (prefix), "4 days" (older bars), in
 * the step's visible text: a hidden tooltip's "3 días en esta etapa" is not shown on the bar.
 * Stages are named after what happens in them ("30 Day Trial", "14 Tage Test"), so the count is
 * looked for only in what the step shows besides its name: a bar without a prefix dates nothing.
 */
function stepDays(step: Element, name: string, words: Wording): number | undefined {
  const m = withoutName(visibleText(step), name).match(dayPattern(words));
  return m?.[1] ? Number(m[1]) : undefined;
}

/** The step's text with its name taken out once, the last time it is shown (the prefix comes first). */
function withoutName(text: string, name: string): string {
  const at = text.lastIndexOf(name);
  return at < 0 ? text : text.slice(0, at) + text.slice(at + name.length);
}

function dayPattern(words: Wording): RegExp {
  const units = [...words.dayUnits]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(\\d+)\\s*(?:${units})(?![\\p{L}\\p{N}])\\.?`, 'iu');
}
