import { describe, expect, it } from 'vitest';
import { pipedrive } from '../../../../lib/adapters/pipedrive/index';
import { recordUrl, recordUrlOfKey } from '../../../../lib/team/record-url';

/*
 * Pipedrive leads are kept as contacts whose record id is the lead's UUID (lib/adapters/pipedrive/url.ts:
 * `/leads/inbox/<uuid>`). A lead touched by a rep and gone cold is listed on the team page's follow-ups with
 * a link built by recordUrl / recordUrlOfKey (lib/team/follow-ups.ts urlOf). The link must open that lead.
 */
const LEAD = '6f1c3b4e-2a9d-4c7e-8b1a-0d2e3f4a5b6c';

describe('a Pipedrive lead listed on the team page', () => {
  it('links to a page the Pipedrive adapter reads as the same lead', () => {
    const url = recordUrl('pipedrive', 'acme', 'contact', LEAD);
    expect(pipedrive.detect(new URL(url))).toEqual({
      crm: 'pipedrive',
      tenant: 'acme',
      kind: 'contact',
      recordId: LEAD,
    });
  });

  it('links to the leads inbox, not to a person page of that id (there is none)', () => {
    expect(recordUrl('pipedrive', 'acme', 'contact', LEAD)).toBe(`https://acme.pipedrive.com/leads/inbox/${LEAD}`);
    expect(recordUrl('pipedrive', 'acme', 'contact', '42')).toBe('https://acme.pipedrive.com/person/42');
  });

  it('links to the lead from its key when no page of it was stored', () => {
    const url = recordUrlOfKey(`pipedrive:acme:contact:${LEAD}`) as string;
    expect(pipedrive.detect(new URL(url))?.recordId).toBe(LEAD);
  });
});
