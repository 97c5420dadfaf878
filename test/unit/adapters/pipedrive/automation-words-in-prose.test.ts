import { describe, expect, it } from 'vitest';
import { item, personPage, read } from './hashed-person-page';

/**
 * metrics.md: "Automated: a touch sent by a sequence/cadence tool without a person writing it". A rep
 * who sells to marketers writes about their campaigns and onboarding sequences; the customer answers.
 * Nothing on these entries says a tool sent them (no sequence tag, the rep is the sender, the customer
 * replies by hand). So none is automated, and Maya's reply is a reply ("An automated inbound email ...
 * is never a reply": the reply rate here is 1 of 1, not 0 of 1). A call is dialled by a person.
 */
describe('Pipedrive person: "campaign" / "sequence" / "Kampagne" in subjects and bodies', () => {
  const cases: [string, string, string][] = [
    ['en', 'Spring campaign budget', 'Can we review the campaign numbers before Friday?'],
    ['en', 'Onboarding sequence', 'The onboarding sequence for your drivers starts Monday.'],
    ['de', 'Kampagne Frühjahr', 'Können wir das Budget für die Kampagne besprechen?'],
  ];
  for (const [lang, subject, body] of cases) {
    it(`reads none of the entries about "${subject}" as automated (${lang})`, () => {
      const reading = read(
        personPage({
          lang,
          history: [
            item({
              icon: lang === 'de' ? 'E-Mail' : 'Email',
              subject: `Re: ${subject}`,
              href: '/mail/thread/88410',
              date: lang === 'de' ? '19.11.2026 16:40' : 'Nov 19, 2026 4:40 PM',
              lines: [
                `${lang === 'de' ? 'Von' : 'From'}: Maya Lindqvist &lt;maya.lindqvist@nordhavn.example&gt;`,
                `${lang === 'de' ? 'An' : 'To'}: Casey Nguyen &lt;casey@acme-sales.example&gt;`,
              ],
              body: 'Sounds good, thanks.',
            }),
            item({
              icon: lang === 'de' ? 'E-Mail' : 'Email',
              subject,
              href: '/mail/thread/88377',
              date: lang === 'de' ? '16.11.2026 09:05' : 'Nov 16, 2026 9:05 AM',
              lines: [
                `${lang === 'de' ? 'Von' : 'From'}: Casey Nguyen &lt;casey@acme-sales.example&gt;`,
                `${lang === 'de' ? 'An' : 'To'}: Maya Lindqvist &lt;maya.lindqvist@nordhavn.example&gt;`,
              ],
              body,
            }),
            item({
              icon: lang === 'de' ? 'Anruf' : 'Call',
              done: true,
              subject: `${lang === 'de' ? 'Anruf' : 'Call'}: ${subject}`,
              date: lang === 'de' ? '15.11.2026 10:00' : 'Nov 15, 2026 10:00 AM',
            }),
          ],
        }),
      );
      expect(reading.activities.map((a) => [a.type, a.direction, a.automated])).toEqual([
        ['email', 'inbound', false],
        ['email', 'outbound', false],
        ['call', 'outbound', false],
      ]);
    });
  }
});
