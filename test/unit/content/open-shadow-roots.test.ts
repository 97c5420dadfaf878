// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { openShadowRoots } from '../../../lib/content/open-shadow-roots';
import { PANEL_ELEMENT } from '../../../lib/content/panel-element';

afterEach(() => document.body.replaceChildren());

describe('the shadow roots the record watcher observes', () => {
  it("are the page's, nested ones too, and never Touchline's own panel", () => {
    const group = document.createElement('x-activity-group');
    const groupRoot = group.attachShadow({ mode: 'open' });
    const item = document.createElement('x-activity-item');
    const itemRoot = item.attachShadow({ mode: 'open' });
    groupRoot.append(item);
    const panel = document.createElement(PANEL_ELEMENT);
    panel.attachShadow({ mode: 'open' });
    document.body.append(group, panel);

    expect(openShadowRoots(document.body)).toEqual([groupRoot, itemRoot]);
  });
});
