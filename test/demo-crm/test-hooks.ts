import type { DemoActivity, DemoWorld } from './world';

export type AddDemoActivity = (activity: Omit<DemoActivity, 'id'>) => number;

declare global {
  interface Window {
    /** Test-only, see installTestHooks. */
    __demoAddActivity?: AddDemoActivity;
  }
}

/**
 * A test-only hook of the demo CRM, never of the extension (decisions.md): a browser test adds
 * an activity to the CRM's data after the page loaded, as when the CRM syncs a call the rep has
 * already logged in Touchline, and the current route is rendered again. Returns the new id.
 */
export function installTestHooks(world: DemoWorld, rerender: () => void): void {
  window.__demoAddActivity = (activity) => {
    const id = Math.max(0, ...world.activities.map((a) => a.id)) + 1;
    world.activities.push({ ...activity, id });
    rerender();
    return id;
  };
}
