import type { ComponentChildren } from 'preact';

interface MetricProps {
  /** The contract's data-metric name (contracts.md, "Panel test contract"). */
  name: string;
  /** Plain, unformatted value; null when it cannot be computed. */
  value: string | number | null;
  /** Machine reason when value is null, e.g. `no-calls`. */
  reason?: string;
  /** Further contract attributes (data-channel, data-source …), without the `data-` prefix. */
  data?: Record<string, string | undefined>;
  class?: string;
  children: ComponentChildren;
}

/** Wraps a displayed number with the stable attributes tests and users' own checks read. */
export function Metric({ name, value, reason, data = {}, class: className, children }: MetricProps) {
  const attributes: Record<string, string> = {};
  for (const [key, v] of Object.entries(data)) if (v !== undefined) attributes[`data-${key}`] = v;
  return (
    <span
      class={className}
      data-metric={name}
      data-value={value === null ? '' : String(value)}
      data-reason={value === null ? (reason ?? 'unknown') : undefined}
      {...attributes}
    >
      {children}
    </span>
  );
}
