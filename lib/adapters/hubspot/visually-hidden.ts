/**
 * crm-evidence-2.md: HubSpot may render each timeline preview twice, a visible copy and an
 * accessibility clone that is visually hidden (clipped), not `hidden`. The clip shows in an inline
 * style, or only in a class (guess: "VisuallyHidden", "sr-only"); when classes are gone the clone
 * is left to the identical-content merge.
 */
const CLIPPED_STYLE =
  /clip\s*:\s*rect\(\s*0|clip-path\s*:\s*inset\(\s*50%|(?:^|;)\s*(?:width|height)\s*:\s*1px\b[\s\S]*overflow\s*:\s*hidden/i;
const CLIPPED_CLASS = /(?:^|\s|_)(?:sr-only|visually-?hidden|VisuallyHidden|screen-?reader-?only|a11y-?hidden)/i;

export function isVisuallyHidden(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement)
    if (clipsItself(node)) return true;
  return false;
}

/** This element (not its ancestors) is clipped to nothing: text only screen readers read ("Copy" on an icon button). */
export function clipsItself(el: Element): boolean {
  return CLIPPED_STYLE.test(el.getAttribute('style') ?? '') || CLIPPED_CLASS.test(el.getAttribute('class') ?? '');
}
