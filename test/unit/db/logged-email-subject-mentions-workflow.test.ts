import { describe, expect, it } from 'vitest';
import { classifyActivity } from '../../../lib/adapters/hubspot/classify-activity';
import { recordView } from '../../../lib/background/record-view';
import { logTouch } from '../../../lib/db/logged-touches';
import type { ActivityReading } from '../../../lib/schema/activity';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, anaKey, contactPage } from '../db/hand-pages';
import { at, save, world } from '../db/logged-story';
import { NOW, ZONE } from '../db/world-readings';

/**
 * metrics.md "Logged in Touchline": a touch logged in the panel merges with one page touch of the
 * same channel, same day, same person, first seen after it was logged. "Automated" = a touch a
 * sequence tool sent. The rep's own email whose SUBJECT merely mentions "workflow" is no sequence
 * email, and HubSpot's item header carries the subject; so it must still be the CRM's copy of the
 * email the rep logged: 1 email, not 2.
 */
describe('a rep logs an email, then HubSpot shows that email (subject "Re: workflow question")', () => {
  it('counts 1 email on the contact panel, not 2 (metrics.md "Logged in Touchline": merges with one page touch)', async () => {
    const header = 'Email - Re: workflow question';
    const classified = classifyActivity(header, { description: 'Alex Morgan sent an email to Ana Ortiz' });
    const pageEmail: ActivityReading = {
      type: 'email',
      channel: 'email',
      direction: 'outbound',
      timestamp: '2026-11-20T13:30:00.000Z', // 05:30 LA today
      timePrecision: 'minute',
      title: 'Re: workflow question',
      automated: classified.automated,
    };
    const db = await world();
    await logTouch(db, { recordKey: anaKey, channel: 'email', timestamp: '2026-11-20T13:35:00.000Z' }, at(20));
    await save(db, contactPage(ANA, [pageEmail]), at(10));
    const view = await recordView(db, anaKey, {
      settings: defaultSettings(ZONE),
      now: NOW,
      onInvalid: () => undefined,
    });
    // By hand: one email the rep wrote, logged and then captured = 1 touch, manual.
    expect(view?.touches).toMatchObject({ total: 1, byChannel: { email: 1 } });
  });
});
