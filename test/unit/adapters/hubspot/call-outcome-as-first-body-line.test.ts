// @vitest-environment happy-dom
/**
 * Review s48. crm-evidence-2.md: a collapsed call preview shows its outcome. Where it shows it as
 * the first line under its header ("Logged call" / "Connected"), with no "Outcome" label, the
 * outcome was not read, with test ids or without: the call counted as of unknown outcome, and the
 * connect rate beside the effort lost it. A first line that is an outcome and nothing more is the
 * call's outcome; notes that merely mention one are not.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, previewEvent, property, readHubSpot, timeline } from './contact-record';
import { DE, EN, group, hashedRecord, preview } from './hashed-record';

const pages = {
  'en-US': {
    wording: EN,
    email: 'Email',
    call: ['Logged call', 'Nov 18, 2026 at 10:02 AM'],
    outcomes: [
      ['Connected', 'connected'],
      ['Left voicemail', 'voicemail'],
    ],
    notes: 'Walked Mara through the pricing.',
    mention: 'Connected with the CFO about pricing.',
  },
  'de-DE': {
    wording: DE,
    email: 'E-Mail',
    call: ['Anruf protokolliert', '18. Nov. 2026 um 10:02'],
    outcomes: [
      ['Verbunden', 'connected'],
      ['Besetzt', 'busy'],
    ],
    notes: 'Preise besprochen.',
    mention: 'Verbunden mit dem CFO wegen der Preise.',
  },
} as const;

describe.each(Object.entries(pages))(
  'HubSpot (%s): a call whose first line under its header is its outcome',
  (lang, page) => {
    const [header, when] = page.call;
    const withIds = (body: string) =>
      readHubSpot(
        contactRecord({
          lang,
          properties: property(page.email, 'mara@quist.example'),
          middle: timeline(previewEvent(header, when, body)),
        }),
      );
    const withoutIds = (body: string) =>
      readHubSpot(hashedRecord(page.wording, [group('November 2026', [preview(header, when, body)])]));

    it.each(page.outcomes.map(([shown, outcome]) => [shown, outcome]))(
      '"%s" is read as its outcome, with test ids and without',
      (shown, outcome) => {
        const body = `<div>${shown}</div><p>${page.notes}</p>`;
        for (const reading of [withIds(body), withoutIds(body)])
          expect(reading.activities.map((a) => [a.type, a.outcome])).toEqual([['call', outcome]]);
      },
    );

    it('notes that mention an outcome word do not say the outcome', () => {
      const body = `<p>${page.mention}</p>`;
      for (const reading of [withIds(body), withoutIds(body)])
        expect(reading.activities.map((a) => [a.type, a.outcome])).toEqual([['call', 'unknown']]);
    });
  },
);
