import type { Activity } from '../../../lib/schema/activity';
import { contact, contactKey, email, NOW, reply, undated } from '../metrics/builders';

const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

/** Contacts 1–10 of the world below; contact 5's email is the one an undated reply may answer. */
export const TEN = Array.from({ length: 10 }, (_, i) => contactKey(String(801 + i)));

/**
 * Alex Morgan wrote 10 contacts one email each in the last 30 days; contacts 1–4 answered with
 * dated replies; an email reply from `undatedFrom` (a 1-based contact number) has a date the page
 * printed in a way Touchline could not read.
 */
export function tenEmailsOneUndatedReply(undatedFrom: number): {
  activities: Activity[];
  contacts: ReturnType<typeof contact>[];
} {
  const activities = TEN.flatMap((key, i) => [
    email(ago(20 - i), `Pricing ${i + 1}`, { contactKeys: [key] }),
    ...(i < 4 ? [reply(ago(19.5 - i), `Re: Pricing ${i + 1}`, { contactKeys: [key] })] : []),
  ]);
  activities.push(
    undated('sometime last week', {
      direction: 'inbound',
      title: 'Re: a question of mine',
      contactKeys: [TEN[undatedFrom - 1] as string],
    }),
  );
  const contacts = TEN.map((key, i) => contact({ key, recordId: String(801 + i), name: `Contact ${i + 1}` }));
  return { activities, contacts };
}
