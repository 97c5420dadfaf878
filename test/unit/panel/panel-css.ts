import { readFileSync } from 'node:fs';

/**
 * The panel's stylesheet as the content script builds it (lib/content/panel-host.ts): panel.css
 * with its imports inlined, then menu.css.
 */
export function panelCss(): string {
  const main = readFileSync('components/panel.css', 'utf8');
  const files = [...main.matchAll(/@import "\.\/(styles\/[\w-]+\.css)"/g)].map((m) => m[1] as string);
  return [...files, 'styles/menu.css'].map((file) => readFileSync(`components/${file}`, 'utf8')).join('\n');
}

/** Puts the panel's stylesheet in the test document, so getComputedStyle cascades it. */
export function addPanelCss(): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = panelCss();
  document.head.append(style);
  return style;
}
