import { afterAll, beforeAll } from 'vitest';
import { demoTour, type TourStop } from '../demo-crm/tour';
import { FIXED_NOW } from '../demo-crm/world';
import { type DemoServer, startDemoServer } from './demo-server';
import { launchBrowser, type TestBrowser } from './harness';

export interface DemoBrowser {
  server: DemoServer;
  /** A test that restarts the browser (same profile, later clock) puts the new one here. */
  browser: TestBrowser;
  /** The pages the tests open first (test/demo-crm/tour.ts). */
  tour: TourStop[];
}

/**
 * The demo CRMs at contracts.md's clock and a Chromium with the built extension, for the test
 * file that calls this: started before its tests, closed after them. Its fields are there once
 * the tests run.
 */
export function demoBrowser(): DemoBrowser {
  const demo = {} as DemoBrowser;
  beforeAll(async () => {
    demo.server = await startDemoServer({ now: FIXED_NOW });
    demo.browser = await launchBrowser({ server: demo.server });
    demo.tour = demoTour(demo.server.world);
  });
  afterAll(async () => {
    await demo.browser?.close();
    await demo.server?.close();
  });
  return demo;
}
