import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { renderTrend } from './render-trend';

/**
 * The lazily loaded chart chunk: chart.js stays out of the content script, which is injected into every CRM page.
 * WXT builds this as an IIFE, so the API is published on globalThis for components/load-trend-chart.ts.
 */
export default defineUnlistedScript(() => {
  globalThis.touchlineTrendChart = { renderTrend };
});
