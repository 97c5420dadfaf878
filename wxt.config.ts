import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { compileHints } from './build/compile-hints';
import { CRM_HOST_PATTERNS } from './lib/crm-hosts';

export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact(), compileHints(['full-panel.js'])] }),
  // Mozilla's review gets the sources the README builds from (`npm ci && npm run build:firefox`):
  // tests, saved CRM pages and screenshots are not needed for that and stay out.
  zip: { excludeSources: ['test/**', 'demo-output/**', 'stats.html'] },
  manifest: ({ browser }) => ({
    name: 'Touchline',
    description:
      'Shows on a CRM record whether the sales effort is right: touches by channel, cadence gaps, stalled stages and outcomes. Data stays on this machine.',
    // alarms: retention prunes old activities once a day in the background (README, "Where your data lives").
    permissions: ['storage', 'alarms'],
    // No popup: the toolbar button opens the options page.
    action: { default_title: 'Touchline: settings and your data' },
    host_permissions: CRM_HOST_PATTERNS,
    // Parts of the panel the content script imports by URL, each evaluated in a task of its own:
    // after the idle wait the session and the CRM's reader (panel-session, <crm>-reader), the
    // whole panel once the first numbers show (full-panel), the chart (chart.js) when the trend
    // is opened, the page capture when a test page is saved.
    web_accessible_resources: [
      {
        resources: [
          'panel-session.js',
          'hubspot-reader.js',
          'salesforce-reader.js',
          'pipedrive-reader.js',
          'full-panel.js',
          'trend-chart.js',
          'page-capture.js',
        ],
        matches: CRM_HOST_PATTERNS,
        use_dynamic_url: true,
      },
    ],
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: 'Show or hide the Touchline panel',
      },
    },
    // Firefox: an add-on id, and the declaration that Touchline collects and transmits no data.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'touchline@touchline.app', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
