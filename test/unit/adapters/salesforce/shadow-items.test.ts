import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { salesforce } from '../../../../lib/adapters/salesforce';
import { fixturePage } from '../page-variation';

const clock = { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'UTC' };

/**
 * A saved page cannot hold a shadow root (the capture flattens them), so the page is built from a
 * fixture in the DOM: with `shadow`, each timeline item's content is moved into an open shadow root
 * of a component inside the item, as a Lightning web component with a real shadow root renders it
 * (crm-pages.md: "some parts are in real shadow roots"). The component's tag name is a guess.
 */
function read(name: string, shadow: boolean) {
  const page = fixturePage('salesforce', name);
  const window = new Window({ url: page.url });
  const doc = window.document as unknown as Document;
  doc.write(page.html);
  const items = Array.from(doc.querySelectorAll('li.runtime_sales_activitiesActivityTimelineFixedStencil'));
  for (const li of shadow ? items : []) {
    const host = doc.createElement('runtime_sales_activities-timeline-item');
    host.attachShadow({ mode: 'open' }).append(...Array.from(li.childNodes));
    li.append(host);
    expect(li.textContent?.trim()).toBe('');
  }
  const result = salesforce.read(doc, new URL(page.url), clock);
  window.close();
  return result;
}

describe.each(['contact-activity-groups', 'deal-activity-groups'])('%s with its items in open shadow roots', (name) => {
  it('is read, not taken for loading placeholders', () => {
    expect(read(name, true).status).toBe('read');
  });

  it('reads the same activities as the page without shadow roots (the visible copy of each first)', () => {
    const activities = (shadow: boolean) => {
      const result = read(name, shadow);
      return result.status === 'read' ? result.activities : [];
    };
    expect(activities(false).length).toBeGreaterThan(5);
    expect(activities(true)).toEqual(activities(false));
  });
});
