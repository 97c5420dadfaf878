import { describe, expect, it } from 'vitest';
import { byTitle, entry, page, readAt, strip } from './hand-written-feed-page';

const call = (subject: string, meta: string) => entry({ icon: 'Call', done: true, subject, meta });

describe('Pipedrive: owners written in lower case, with particles, or like a viewer word', () => {
  it('a rep whose CRM name is written in lower case is still the owner', () => {
    const html = page({
      lang: 'en',
      owner: 'jonas keller',
      history: [
        call(
          'Intro call',
          '<span class="FlowItem_date__Zq81a">Nov 18, 2026 10:00 AM</span> · <span>jonas keller</span> · <a href="/person/5120">Ines Bauer</a>',
        ),
      ],
    });
    for (const h of [html, strip(html)])
      expect(byTitle(readAt(h), 'Intro call')).toMatchObject({ owner: 'jonas keller' });
  });

  it('a rep name opening with a particle in lower case ("de Vries") is still the owner (nl page)', () => {
    const html = page({
      lang: 'nl',
      owner: 'de Vries',
      historyTitle: 'Geschiedenis',
      history: [
        entry({
          icon: 'Gesprek',
          done: true,
          subject: 'Kennismaking',
          meta: '<span class="FlowItem_date__Zq81a">18 nov. 2026 10:00</span> · <span>de Vries</span> · <a href="/person/5120">Ines Bauer</a>',
        }),
      ],
    });
    expect(byTitle(readAt(html), 'Kennismaking')).toMatchObject({ owner: 'de Vries' });
  });

  it('German rep "Du Wei" is a rep, not the viewer', () => {
    const html = page({
      lang: 'de',
      owner: 'Du Wei',
      historyTitle: 'Verlauf',
      history: [
        entry({
          icon: 'Anruf',
          done: true,
          subject: 'Erstgespräch',
          meta: '<span class="FlowItem_date__Zq81a">18. Nov. 2026 10:00</span> · <span>Du Wei</span> · <a href="/person/5120">Ines Bauer</a>',
        }),
      ],
    });
    const a = byTitle(readAt(html), 'Erstgespräch');
    expect(a).toMatchObject({ owner: 'Du Wei' });
    expect(a).not.toHaveProperty('byViewer');
  });

  it('Italian rep "Tu Anh" is a rep', () => {
    const html = page({
      lang: 'it',
      owner: 'Tu Anh',
      historyTitle: 'Cronologia',
      history: [
        entry({
          icon: 'Chiamata',
          done: true,
          subject: 'Primo contatto',
          meta: '<span class="FlowItem_date__Zq81a">18 nov 2026 10:00</span> · <span>Tu Anh</span> · <a href="/person/5120">Ines Bauer</a>',
        }),
      ],
    });
    expect(byTitle(readAt(html), 'Primo contatto')).toMatchObject({ owner: 'Tu Anh' });
  });

  it('German rep "Anna von Bülow" keeps her particle', () => {
    const html = page({
      lang: 'de',
      owner: 'Anna von Bülow',
      historyTitle: 'Verlauf',
      history: [
        entry({
          icon: 'Anruf',
          done: true,
          subject: 'Erstgespräch',
          meta: '<span class="FlowItem_date__Zq81a">18. Nov. 2026 10:00</span> · <span>Anna von Bülow</span> · <a href="/person/5120">Ines Bauer</a>',
        }),
      ],
    });
    expect(byTitle(readAt(html), 'Erstgespräch')).toMatchObject({ owner: 'Anna von Bülow' });
  });
});
