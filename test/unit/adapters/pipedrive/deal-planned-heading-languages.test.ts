/**
 * A feed section headed "Planned" holds activities not done yet: the reader treats an English
 * "Planned", German "Geplant" and French "Planifié" heading as the planned section (wording.ts
 * `focus`), so an item there that shows no done state is planned. The same heading in Spanish
 * ("Planificado"), Portuguese ("Planejado") and Dutch ("Gepland"), the words the reader itself
 * knows as "planned" in those languages, leaves the item done. metrics.md: planned items are never
 * touches; a meeting whose date passed but that the CRM still shows as planned is not held. Here
 * the overdue demo of 18 Nov (marked by a plain "mark as done" button, no checkbox state) would
 * count as a held meeting.
 */
import { describe, expect, it } from 'vitest';
import { edited, readPage } from '../page-variation';
import { deal } from './deal-page-edits';

const BOX =
  '<button type="button" role="checkbox" aria-checked="false" aria-label="Mark as done" class="cui5-checkbox"></button>';

function overdueDemo(lang: string, heading: string, markDone: string) {
  const page = edited(
    deal.html.replace('<html lang="en-US"', `<html lang="${lang}"`),
    ['>Focus</h2>', `>${heading}</h2>`],
    [BOX, `<button type="button" aria-label="${markDone}" class="cui5-button"></button>`],
    ['November 23, 2026 at 2:00 PM', 'November 18, 2026 at 2:00 PM'],
  );
  return readPage(page, deal.url).activities.find((a) => a.title === 'Demo with the operations team');
}

describe('Pipedrive deal: an activity under a "Planned" heading, in each language', () => {
  it.each([
    ['en-US', 'Planned', 'Mark as done'],
    ['es-ES', 'Planificado', 'Marcar como hecho'],
    ['pt-BR', 'Planejado', 'Marcar como concluído'],
    ['nl-NL', 'Gepland', 'Markeren als voltooid'],
  ])('%s "%s": the overdue meeting is planned, not held', (lang, heading, markDone) => {
    const demo = overdueDemo(lang, heading, markDone);
    expect(demo?.planned).toBe(true);
    expect(demo?.outcome).toBeUndefined();
  });
});
