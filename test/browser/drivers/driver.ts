/**
 * What a cross-browser test needs from a browser, whatever drives it (Playwright for Chromium,
 * puppeteer-core over WebDriver BiDi for Firefox): tabs that load CRM pages and run page scripts.
 * Page scripts are strings, not functions: the test runner's transform may wrap functions in
 * helpers that do not exist inside the page.
 */
export type BrowserName = 'chromium' | 'firefox';

export interface TestTab {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): string;
  /** Runs an expression in the page and returns its (JSON-serialisable) value. */
  run<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export interface DrivenBrowser {
  name: BrowserName;
  newTab(): Promise<TestTab>;
  close(): Promise<void>;
}
