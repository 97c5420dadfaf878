import { describe, expect, it } from 'vitest';
import { classifyItem as pipedriveItem } from '../../../lib/adapters/pipedrive/classify-activity';
import { classifyItem as salesforceItem } from '../../../lib/adapters/salesforce/classify-activity';
import { exportedSubject, exportedTouch } from '../../../lib/export/logged-subject';
import { channelSchema } from '../../../lib/schema/activity';

/**
 * The readers take a touch's channel and direction from a subject only where Touchline's import
 * file wrote that subject (lib/export/logged-subject.ts): a rep's own wording near it is no sign,
 * or a Task "Meeting prep" would count as a meeting and "Re: inbound email" as a reply received.
 */
const pipedriveTask = (typeName: string, subject: string) =>
  pipedriveItem({ kind: 'activity', typeName, text: subject, title: subject, done: true, inFocus: false });
const salesforceTask = (subject: string) =>
  salesforceItem(
    { kind: 'task', assistive: 'Task', subject, summary: 'You had a task with Jordan Lee', all: subject },
    { names: ['Jordan Lee'] },
  );

describe('a subject Touchline’s import file writes', () => {
  it('reads back as its channel and direction, whatever its case and spacing', () => {
    for (const channel of channelSchema.options)
      for (const direction of ['outbound', 'inbound'] as const) {
        const subject = exportedSubject(channel, direction);
        expect(exportedTouch(` ${subject.toUpperCase().replace(/ /g, '  ')} `)).toEqual({
          channel,
          inbound: direction === 'inbound',
        });
      }
  });

  it('is not guessed from a rep’s wording near it', () => {
    expect(exportedTouch('Meeting prep')).toBeUndefined();
    expect(exportedTouch('Inbound lead call')).toBeUndefined();
    expect(exportedTouch('Re: Inbound email logged in Touchline')).toBeUndefined();
    expect(pipedriveTask('Task', 'Meeting logged in Touchline — agenda')?.type).toBe('task');
    expect(pipedriveTask('Email', 'Fwd: inbound email logged in Touchline')?.direction).toBe('outbound');
    expect(salesforceTask('Meeting prep for Friday').type).toBe('task');
  });
});
