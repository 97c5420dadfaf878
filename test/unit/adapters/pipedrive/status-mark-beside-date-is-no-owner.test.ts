// @vitest-environment happy-dom
/**
 * From review pdperson (session 46). A planned activity in Focus that is past its day shows an
 * overdue mark beside its date ("Nov 17 · Overdue · Jordan Blake", Spanish "18 nov. · Vencida ·
 * …"). Where the date is not in an element the reader knows, the mark was taken for the item's
 * owner: owner "Overdue" / "Vencida", a rep who does not exist, and the real owner after it lost.
 * The reader lists these very words as status words (wording.ts `planned`, `done`); a state is
 * never a name. Oracle, by hand: the owner is the name after the mark.
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

const page = (lang: string, labels: { focus: string; owner: string; toggle: string }, meta: string) =>
  readOk(
    '/person/2210',
    `<div id="root"><main><div class="PersonPage_root__k2"><header><h1>Ana Ruiz</h1></header>
<aside><div><span>Email</span> <a href="mailto:ana.ruiz@cobalto.example">ana.ruiz@cobalto.example</a></div><div><span>${labels.owner}</span> <span>Jordan Blake</span></div></aside>
<div class="Feed_root__p0"><section><h2>${labels.focus}</h2>
<div class="ActivityRow_row__Hx3"><span aria-label="Task"></span><div><button role="checkbox" aria-checked="false" aria-label="${labels.toggle}"></button><a href="/activities/64100">Send the contract</a></div><div class="ActivityRow_meta__Hx3">${meta}</div></div>
</section></div></div></main></div>`,
    { lang, title: 'Ana Ruiz - Persons' },
  );

const EN = { focus: 'Focus', owner: 'Owner', toggle: 'Mark as done' };

describe('Pipedrive person: an overdue mark beside a planned date', () => {
  it.each([
    ['en', EN, '<span>Nov 17</span> · <span>Overdue</span> · <span>Jordan Blake</span>', 'Overdue'],
    [
      'en',
      EN,
      '<span>Nov 18, 9:00 AM</span> <span class="cui5-badge">Overdue</span> · <span>Jordan Blake</span>',
      'Overdue',
    ],
    [
      'es',
      { focus: 'Enfoque', owner: 'Propietario', toggle: 'Marcar como completada' },
      '<span>18 nov.</span> · <span>Vencida</span> · <span>Jordan Blake</span>',
      'Vencida',
    ],
    [
      'de',
      { focus: 'Fokus', owner: 'Eigentümer', toggle: 'Als erledigt markieren' },
      '<span>17. Nov.</span> · <span>Überfällig</span> · <span>Jordan Blake</span>',
      'Überfällig',
    ],
    [
      'fr',
      { focus: 'Focus', owner: 'Propriétaire', toggle: 'Marquer comme terminé' },
      '<span>17 nov.</span> · <span>En retard</span> · <span>Jordan Blake</span>',
      'En retard',
    ],
    [
      'pt',
      { focus: 'Foco', owner: 'Proprietário', toggle: 'Marcar como concluída' },
      '<span>17 de nov.</span> · <span>Atrasada</span> · <span>Jordan Blake</span>',
      'Atrasada',
    ],
  ])('%s, mark %#: the owner is the rep after the mark, never the mark', (lang, labels, meta, mark) => {
    const [task] = page(lang, labels, meta).activities;
    expect(task?.planned).toBe(true);
    expect(task?.timestamp).toBeDefined();
    expect(task?.owner).not.toBe(mark);
    expect(task?.owner).toBe('Jordan Blake');
  });
});
