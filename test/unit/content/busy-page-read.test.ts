// @vitest-environment happy-dom
// crm-pages.md: re-read when the timeline grows, through a debounced MutationObserver; a page that
// never goes quiet must still be read (review s39).
import { describe, expect, it, vi } from 'vitest';
import { ANA, draw, savedUnder, sessionPerTest, setUrl, startSession, urlOf, wait } from './spa-world';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

const lifetime = sessionPerTest();

function addItem(id: string, title: string): void {
  const li = document.createElement('li');
  li.setAttribute('data-id', id);
  li.textContent = title;
  document.getElementById('timeline')?.append(li);
}

describe('a page with a spinner that never stops', () => {
  it("shows the contact's numbers within 3 s on a page whose spinner redraws every 150 ms", async () => {
    setUrl(urlOf('A'));
    draw(`${ANA}<div id="spin" style="transform: rotate(0deg)"></div>`);
    let deg = 0;
    const spin = setInterval(() => {
      deg = (deg + 30) % 360;
      document.getElementById('spin')?.setAttribute('style', `transform: rotate(${deg}deg)`);
    }, 150);
    const { session, shown } = startSession(lifetime.signal);
    session.onRoute(new URL(urlOf('A')), false);
    // Read about a second after the first change at the latest, however busy the page.
    await wait(3000);
    clearInterval(spin);
    expect(shown()).toBe('hubspot:4410021:contact:A|Ana Alvarez');
  });

  it('saves a page with a ticking clock once, not on every tick', async () => {
    setUrl(urlOf('A'));
    draw(`${ANA}<span id="clock">10:00:00</span>`);
    let s = 0;
    const tick = setInterval(() => {
      s++;
      const clock = document.getElementById('clock');
      if (clock) clock.textContent = `10:00:${String(s).padStart(2, '0')}`;
    }, 1000);
    const { session } = startSession(lifetime.signal);
    session.onRoute(new URL(urlOf('A')), false);
    await wait(4000);
    clearInterval(tick);
    expect(savedUnder('A').names).toEqual(['Ana Alvarez']);
  });
});

describe('a lazily rendered timeline', () => {
  it('counts items drawn after load and older items from "show more", after a skeleton', async () => {
    setUrl(urlOf('A'));
    draw('<main><h1>Ana Alvarez</h1><div class="skeleton"></div><ul id="timeline"></ul></main>');
    const { session, shown } = startSession(lifetime.signal);
    session.onRoute(new URL(urlOf('A')), false);
    await wait(1000);
    document.querySelector('.skeleton')?.remove();
    addItem('a1', 'Call with Ana');
    await vi.waitFor(() => expect(shown()).toBe('hubspot:4410021:contact:A|Ana Alvarez'), { timeout: 5000 });
    addItem('a2', 'Email to Ana');
    await wait(900);
    addItem('a0', 'Older call');
    await wait(900);
    expect(new Set(savedUnder('A').items)).toEqual(new Set(['Call with Ana', 'Email to Ana', 'Older call']));
  });
});
