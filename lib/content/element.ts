type Child = Node | string | null | undefined | false;

/**
 * Builds one element for the first-numbers shell (plain DOM: the content script carries no
 * Preact). Text goes in as text nodes, never as HTML.
 */
export function el(
  tag: string,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/**
 * A contract metric (contracts.md, "Panel test contract"), with the attributes components/Metric.tsx
 * gives it: `data-value` plain, and `data-reason` when there is no value.
 */
export function metricEl(
  name: string,
  value: string | number | null,
  text: string,
  options: { reason?: string; class?: string; data?: Record<string, string | undefined> } = {},
): HTMLElement {
  const data: Record<string, string | undefined> = {};
  for (const [key, v] of Object.entries(options.data ?? {})) data[`data-${key}`] = v;
  return el(
    'span',
    {
      class: options.class,
      'data-metric': name,
      'data-value': value === null ? '' : String(value),
      'data-reason': value === null ? (options.reason ?? 'unknown') : undefined,
      ...data,
    },
    text,
  );
}
