/**
 * Companies add activity types of their own (crm-evidence-2.md: the defaults are Call,
 * Meeting, Task, Deadline, Email, Lunch; classify-activity.ts reads "Demo", "video", "visit" in a
 * type's name as a meeting). A French company names its demo type "Démo" and its video meetings
 * "Visio" (the everyday French word for a video call). Both were read as tasks: a held demo, the
 * meeting the deal was waiting for, gone from meetings held and from the touch count (reported as
 * a type Touchline does not know, yet "Demo" on an English page counts).
 */
import { describe, expect, it } from 'vitest';
import { activity, personBody, readAt } from './person-and-deal-pages';

const d = (day: number, time: string) => `${day} nov. 2026 à ${time}`;
const done = (icon: string, id: number, subject: string, when: string) =>
  activity({ icon, id, subject, done: true, toggle: 'Marquer comme non terminé', when, owner: 'Camille Roux' });

const feed = [
  done('Démo', 8101, 'Démo de la plateforme avec Lucie', d(17, '15:00')),
  done('Visio', 8102, 'Point d’avancement avec Lucie', d(13, '11:00')),
  done('Appel', 8103, 'Appel avec Lucie', d(10, '09:30')),
].join('');

const body = personBody({
  name: 'Lucie Martin',
  fields: [
    ['E-mail', '<a href="mailto:lucie.martin@atelier.example">lucie.martin@atelier.example</a>'],
    ['Propriétaire', 'Camille Roux'],
  ],
  focusTitle: 'Focus',
  focus: '',
  historyTitle: 'Historique',
  chips: ['Tout', 'Activités', 'Notes', 'E-mails', 'Fichiers'],
  feed,
});

describe('Pipedrive, French page: the company’s own "Démo" and "Visio" types', () => {
  const r = readAt('/person/6120', body, 'fr-FR', 'Lucie Martin - Personnes');
  if (r.status !== 'read') throw new Error(JSON.stringify(r));
  const byTitle = new Map(r.activities.map((a) => [a.title, a]));

  it('a done "Démo" is a held meeting', () => {
    expect(byTitle.get('Démo de la plateforme avec Lucie')).toMatchObject({ type: 'meeting', outcome: 'held' });
  });

  it('a done "Visio" is a held meeting', () => {
    expect(byTitle.get('Point d’avancement avec Lucie')).toMatchObject({ type: 'meeting', outcome: 'held' });
  });
});
