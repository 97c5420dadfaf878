// @vitest-environment happy-dom
/**
 * Review s46 hscontact. metrics.md: "Planned items of any type are never touches while the CRM shows
 * them as planned"; a meeting in the upcoming section is not (yet) a touch. Under "Upcoming", an
 * overdue meeting (its time passed, still "Scheduled") follows a short task. With test ids it is
 * planned. Without them (README: the second path) timeline-item.ts inUpcomingGroup takes the
 * nearest short earlier sibling for the group's heading: the task's own text ("Task Due: Nov 24 at
 * 9:00 AM Send deck", under 40 characters, not recognised as an item) is that "heading", it is not
 * "Upcoming", so the meeting is read as done, outcome unknown, and counts as a held meeting.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, groupHeading, previewEvent, property, readHubSpot, timeline } from './contact-record';

const pages = {
  'en-US': {
    email: 'Email',
    feed: [
      groupHeading('Upcoming'),
      previewEvent('Task', 'Due: Nov 24 at 9:00 AM', 'Send deck'),
      previewEvent('Meeting - QBR', 'Nov 18 at 10:00 AM', 'Meeting outcome: Scheduled'),
      groupHeading('November 2026'),
      previewEvent('Logged call', 'Nov 17, 2026 at 3:00 PM', 'Outcome: Connected'),
      previewEvent('Logged call', 'Nov 16, 2026 at 3:00 PM', 'Outcome: No answer'),
    ],
  },
  'es-ES': {
    email: 'Correo',
    feed: [
      groupHeading('Próximas'),
      previewEvent('Tarea', 'Vence: 24 nov. a las 9:00', 'Deck QBR'),
      previewEvent('Reunión - QBR', '18 nov. a las 10:00', 'Resultado: Programada'),
      groupHeading('Noviembre de 2026'),
      previewEvent('Llamada registrada', '17 nov. 2026 a las 15:00', 'Resultado: Conectado'),
      previewEvent('Llamada registrada', '16 nov. 2026 a las 15:00', 'Resultado: Sin respuesta'),
    ],
  },
};

describe('HubSpot second path: an overdue meeting in the upcoming group after a short task', () => {
  it.each(Object.entries(pages))('stays planned, as with test ids (%s)', (lang, { email, feed }) => {
    const html = contactRecord({
      lang,
      properties: property(email, 'mara@quist.example'),
      middle: timeline(feed.join('')),
    });
    const meetingOf = (strip: boolean) => readHubSpot(html, { strip }).activities.find((a) => a.type === 'meeting');
    expect(meetingOf(false)?.planned).toBe(true);
    expect(meetingOf(true)).toMatchObject({ timestamp: '2026-11-18T10:00:00.000Z', planned: true });
  });

  // Its header line "Task | Due: Nov 24 at 9:00 AM" reads as a date as a whole ("Task Due:" passes
  // for a label): the date line is the element holding the date, the type stays before it.
  it.each(Object.entries(pages))('the task itself is read, as with test ids (%s)', (lang, { email, feed }) => {
    const html = contactRecord({
      lang,
      properties: property(email, 'mara@quist.example'),
      middle: timeline(feed.join('')),
    });
    const taskOf = (strip: boolean) => {
      const reading = readHubSpot(html, { strip });
      const task = reading.activities.find((a) => a.type === 'task');
      return {
        task: task && { timestamp: task.timestamp, planned: task.planned },
        notes: reading.notRead.filter((n) => n.field.startsWith('activities')),
      };
    };
    expect(taskOf(false)).toEqual({ task: { timestamp: '2026-11-24T09:00:00.000Z', planned: true }, notes: [] });
    expect(taskOf(true)).toEqual(taskOf(false));
  });
});

describe('HubSpot second path: a short line not read as an item, between "Upcoming" and its meeting', () => {
  it('is no group heading: the meeting stays planned', () => {
    const feed = [
      groupHeading('Upcoming'),
      previewEvent('Wrap-up', 'Nov 24 at 9:00 AM'),
      previewEvent('Meeting - QBR', 'Nov 18 at 10:00 AM', 'Meeting outcome: Scheduled'),
      groupHeading('November 2026'),
      previewEvent('Logged call', 'Nov 17, 2026 at 3:00 PM', 'Outcome: Connected'),
    ];
    const html = contactRecord({
      properties: property('Email', 'mara@quist.example'),
      middle: timeline(feed.join('')),
    });
    const meeting = readHubSpot(html, { strip: true }).activities.find((a) => a.type === 'meeting');
    expect(meeting).toMatchObject({ timestamp: '2026-11-18T10:00:00.000Z', planned: true });
  });
});
