// @vitest-environment happy-dom
/**
 * On a HubSpot contact page an email's subject stands in the item header after its type ("Email -
 * <subject>", crm-evidence-2.md: "The type is only in that wording"). "OOO" says an automatic
 * answer only opening the subject ("Email - OOO until Mon 23 Nov: …"), never inside a person's
 * answer ("Email - Re: OOO schedule for the warehouse").
 *
 * By hand (metrics.md: "An automated inbound email (auto-reply, out-of-office) is never a reply"):
 * Alex's email "Pricing for 40 seats" at 9:05, and the answer "OOO until Mon 23 Nov: Pricing for 40
 * seats" at 9:06 from Mara: an out-of-office answer, automated, not a reply.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, previewEvent, property, readHubSpot, timeline } from './contact-record';

describe('HubSpot: an "OOO …" answer whose subject stands in the item header', () => {
  it('is an automated inbound email, not a reply (en-US)', () => {
    const sent = previewEvent(
      'Email - Pricing for 40 seats',
      'Nov 17, 2026 at 9:05 AM',
      'from Alex Morgan to Mara Quist',
    );
    const auto = previewEvent(
      'Email - OOO until Mon 23 Nov: Pricing for 40 seats',
      'Nov 17, 2026 at 9:06 AM',
      'from Mara Quist to Alex Morgan',
    );
    const html = contactRecord({
      lang: 'en-US',
      properties: property('Email', 'mara@quist.example'),
      middle: timeline(auto + sent),
    });
    const { activities } = readHubSpot(html);
    const inbound = activities.filter((a) => a.type === 'email' && a.direction === 'inbound');
    expect(inbound).toHaveLength(1);
    expect(inbound[0]?.automated).toBe(true);
  });

  it('control: a person’s answer about an OOO schedule stays a reply', () => {
    const sent = previewEvent(
      'Email - OOO schedule for the warehouse',
      'Nov 17, 2026 at 9:05 AM',
      'from Alex Morgan to Mara Quist',
    );
    const answer = previewEvent(
      'Email - Re: OOO schedule for the warehouse',
      'Nov 17, 2026 at 9:36 AM',
      'from Mara Quist to Alex Morgan',
    );
    const html = contactRecord({
      lang: 'en-US',
      properties: property('Email', 'mara@quist.example'),
      middle: timeline(answer + sent),
    });
    const inbound = readHubSpot(html).activities.filter((a) => a.type === 'email' && a.direction === 'inbound');
    expect(inbound.map((a) => a.automated)).toEqual([false]);
  });
});
