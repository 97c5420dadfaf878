/**
 * The SLDS standard icons an element set shows, in no language (`log_a_call`, `list_email`): by
 * the icon's class, `slds-icon-standard-log-a-call` (SLDS renders `standard:log_a_call` so), or by
 * the sprite its `<use>` points at, `…/standard-sprite/svg/symbols.svg#log_a_call` (SLDS icon
 * blueprint), which needs no class name.
 */
export function standardIcons(elements: readonly Element[]): string[] {
  const names = elements.flatMap((el) => {
    const byClass = Array.from(el.classList).map((cls) => cls.match(/^slds-icon-standard-([a-z-]+)$/)?.[1]);
    const href = el.localName === 'use' ? (el.getAttribute('xlink:href') ?? el.getAttribute('href') ?? '') : '';
    const bySprite = href.match(/standard-sprite\/svg\/symbols\.svg[^#]*#([a-z_]+)$/)?.[1];
    return [...byClass, bySprite].filter((name): name is string => !!name).map((name) => name.replaceAll('-', '_'));
  });
  return [...new Set(names)];
}
