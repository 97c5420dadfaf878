import { fold } from '../../locale/fold';
import { isHidden, textOf } from '../dom';
import { shownValue } from './empty-value';
import { overRecord } from './other-record-layer';
import { valueText } from './value-text';

/** Texts longer than this are sentences, not property labels. */
const MAX_LABEL = 80;

/**
 * Short text elements of a record by their folded text (a trailing colon dropped), built on first
 * use and kept for one reading: the label-text fallback then looks labels up instead of walking
 * the whole page once per property (a 500-item timeline has thousands of elements). A preview of
 * another record drawn over it (other-record-layer.ts) shows that record's properties: left out.
 */
export class LabelIndex {
  private byText: Map<string, Element[]> | undefined;

  constructor(private readonly root: Element) {}

  /**
   * The value shown beside a visible label: its next sibling; only a label alone in its wrapper has
   * its value in the wrapper's next sibling. A label beside an empty value (or HubSpot's dash) has
   * none: the next property's text is never its value. `check` turns the text shown into the value,
   * or undefined where it cannot be one (the same words may label something else further on).
   */
  valueBeside(labels: readonly string[], check: (text: string) => string | undefined): string | undefined {
    for (const label of labels) {
      for (const el of this.index().get(normaliseLabel(label)) ?? []) {
        if (isHidden(el)) continue;
        const beside = el.nextElementSibling ?? el.parentElement?.nextElementSibling;
        const shown = shownValue(valueText(beside));
        const value = shown ? check(shown) : undefined;
        if (value) return value;
      }
    }
    return undefined;
  }

  /** Visible labels whose folded text matches one of the patterns, with the match. */
  matching(patterns: readonly RegExp[]): { label: Element; match: RegExpExecArray }[] {
    const found: { label: Element; match: RegExpExecArray }[] = [];
    for (const [text, elements] of this.index())
      for (const pattern of patterns) {
        const match = pattern.exec(text);
        if (!match) continue;
        for (const label of elements) if (!isHidden(label)) found.push({ label, match });
        break;
      }
    return found;
  }

  private index(): Map<string, Element[]> {
    if (this.byText) return this.byText;
    const byText = new Map<string, Element[]>();
    for (const el of Array.from(this.root.querySelectorAll('*'))) {
      if (el.children.length > 0) continue;
      const text = textOf(el);
      if (!text || text.length > MAX_LABEL || overRecord(el, this.root)) continue;
      const key = normaliseLabel(text);
      const same = byText.get(key);
      if (same) same.push(el);
      else byText.set(key, [el]);
    }
    this.byText = byText;
    return byText;
  }
}

export function normaliseLabel(label: string): string {
  return fold(label).replace(/\s*:$/, '');
}
