import { fold } from '../../locale/fold';
import { attributeText, textOf } from '../dom';
import { labelledValue, valueAfterLabel } from './labelled-value';
import { propertyText, propertyValue } from './properties';
import type { ReadingContext } from './reading-context';
import { recordElements } from './scope';
import { HEADER, HIGHLIGHT, STAGE_PATH } from './selectors';
import { labelsOf } from './words/index';

/**
 * The deal's current stage, from every carrier in order of precision: the stage selector, the
 * highlight property (its label stripped), a label / value pair, the pipeline path's current step
 * (`aria-current` / `aria-selected`, its `title` or `aria-label` before its text), "Stage: X" wording.
 */
export function readStage(root: Element, context: ReadingContext, pipeline: string | undefined): string | undefined {
  const labels = labelsOf(context.words, 'dealStage');
  const selector = recordElements(root, HEADER.stage)[0];
  const stage =
    (selector ? propertyText(selector) : undefined) ??
    labelledValue(root, HIGHLIGHT.dealStage, labels) ??
    propertyValue(root, labels, context.labels) ??
    currentStep(root) ??
    valueAfterLabel(root, labels);
  return stage && pipeline ? withoutPipeline(stage, pipeline) : stage;
}

/**
 * "Contract sent (Sales Pipeline)" on a Sales Pipeline deal is the stage "Contract sent", as the
 * "Date entered" labels and stage-change sentences name it; other parentheses are the stage's own.
 */
function withoutPipeline(stage: string, pipeline: string): string {
  const suffix = ` (${fold(pipeline)})`;
  const folded = fold(stage);
  return folded.endsWith(suffix) && folded.length > suffix.length
    ? stage.slice(0, stage.lastIndexOf('(')).trim()
    : stage;
}

/**
 * The stage as the page's other sources name it, on a page that shows no pipeline: shown as
 * "Contract sent (Sales Pipeline)", it is "Contract sent" where the stage history or the pipeline's
 * path names the stage without its last parentheses and nowhere with them. Parentheses they keep
 * ("Negotiation (legal)") are the stage's own. One name for the stage, or its days are not counted.
 */
export function stageAsNamed(stage: string, names: readonly string[]): string {
  const open = stage.lastIndexOf(' (');
  if (open <= 0 || !stage.endsWith(')')) return stage;
  const named = new Set(names.map(fold));
  const bare = stage.slice(0, open).trim();
  return !named.has(fold(stage)) && named.has(fold(bare)) ? bare : stage;
}

/** The pipeline's stages in order where the page shows its path. */
export function readStages(root: Element): string[] {
  const steps = recordElements(root, STAGE_PATH.step);
  const names = (steps.length > 0 ? steps : pathSteps(root)).map(stepName);
  return [...new Set(names.filter(Boolean))];
}

function stepName(step: Element): string {
  return (
    attributeText(step, 'data-stage') ||
    attributeText(step, 'title') ||
    attributeText(step, 'aria-label') ||
    textOf(step)
  );
}

/** A list (never a tab list) with one step marked current by ARIA: its steps. */
function pathSteps(root: Element): Element[] {
  for (const list of recordElements(root, STAGE_PATH.list)) {
    const steps = Array.from(list.children);
    const current = steps.filter((s) => s.matches(STAGE_PATH.currentByAria) && s.getAttribute('role') !== 'tab');
    if (steps.length > 1 && current.length === 1) return steps;
  }
  return [];
}

function currentStep(root: Element): string | undefined {
  const precise = recordElements(root, STAGE_PATH.step).find((s) => s.matches(STAGE_PATH.current));
  const step = precise ?? pathSteps(root).find((s) => s.matches(STAGE_PATH.currentByAria));
  return step ? stepName(step) || undefined : undefined;
}
