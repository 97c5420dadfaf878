/** One benchmark figure: its value, its target, and the context a reader needs to trust it. */
export interface Figure {
  name: string;
  value: number;
  /** Upper bound; undefined for figures reported without a target. */
  target?: number;
  digits: number;
  /** Spread and context, printed after the verdict on the same line. */
  detail?: string;
  /** Further lines printed under the figure (breakdowns, noise lines). */
  notes?: string[];
}

export function verdict(figure: Figure): 'OK' | 'OVER' | 'INFO' {
  if (figure.target === undefined) return 'INFO';
  return figure.value <= figure.target ? 'OK' : 'OVER';
}

/** `name: value target ≤ T OK|OVER  detail`, then indented notes. */
export function formatFigure(figure: Figure): string {
  const target = figure.target === undefined ? 'target —' : `target ≤ ${figure.target}`;
  const head = `${figure.name}: ${figure.value.toFixed(figure.digits)} ${target} ${verdict(figure)}`;
  const line = figure.detail ? `${head}  ${figure.detail}` : head;
  return [line, ...(figure.notes ?? []).map((note) => `    ${note}`)].join('\n');
}

export const ms = (value: number): string => `${value.toFixed(1)} ms`;
export const mb = (bytes: number): string => `${(bytes / 1_048_576).toFixed(2)} MB`;
