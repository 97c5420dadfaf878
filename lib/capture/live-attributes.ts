/** Attributes as the page holds them now: live form values win over the markup's defaults. */
export function attributesOf(el: Element): [string, string][] {
  const attributes: [string, string][] = Array.from(el.attributes, (a) => [a.name, a.value]);
  const set = (name: string, value: string | null) => {
    const at = attributes.findIndex(([n]) => n === name);
    if (at >= 0) attributes.splice(at, 1);
    if (value !== null) attributes.push([name, value]);
  };
  if (el.localName === 'input') {
    const input = el as HTMLInputElement;
    if (input.type === 'checkbox' || input.type === 'radio') set('checked', input.checked ? '' : null);
    else if (input.type === 'password') set('value', null);
    else if (input.value !== (input.getAttribute('value') ?? '')) set('value', input.value);
  } else if (el.localName === 'option') {
    const select = el.closest('select');
    if (select && select.selectedIndex !== defaultSelectedIndex(select)) {
      set('selected', (el as HTMLOptionElement).selected ? '' : null);
    }
  }
  return attributes;
}

/** The option a single select shows when nothing has changed it: the last marked `selected`, else the first. */
function defaultSelectedIndex(select: HTMLSelectElement): number {
  const options = Array.from(select.options);
  for (let i = options.length - 1; i >= 0; i--) if (options[i]?.hasAttribute('selected')) return i;
  return options.length > 0 ? 0 : -1;
}
