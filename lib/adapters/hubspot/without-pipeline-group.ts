import { fold } from '../../locale/fold';

/**
 * A "Date entered" label's stage without the pipeline HubSpot names in parentheses last ("Negotiation
 * (legal) (Sales Pipeline)", "Proposal (Sales (EMEA))"): the pipeline the page shows where the label
 * ends with it, else the last balanced parenthesised group. Parentheses before it are the stage's
 * own; a quote closing the stage's name before the pipeline ("Proposal" (Sales Pipeline)) goes too.
 */
export function withoutPipelineGroup(named: string, pipeline?: string): string {
  const text = named.trim();
  const suffix = pipeline ? ` (${fold(pipeline)})` : undefined;
  const cut =
    suffix && fold(text).endsWith(suffix) && text.length > suffix.length
      ? text.slice(0, text.length - suffix.length)
      : withoutLastGroup(text);
  return cut
    .trim()
    .replace(/["“”»']+$/, '')
    .trim();
}

function withoutLastGroup(text: string): string {
  if (!text.endsWith(')')) return text;
  let depth = 0;
  for (let i = text.length - 1; i > 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0) return text[i - 1] === ' ' ? text.slice(0, i) : text;
  }
  return text;
}
