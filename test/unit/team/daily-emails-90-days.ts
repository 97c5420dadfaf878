import { at, contact, email, NOW } from '../metrics/builders';

const DAY = 86_400_000;

/**
 * Alex Morgan emailed the demo contact every day at 10:00 (Los Angeles) for the 90 days before NOW;
 * kept with a retention of 60 days, Touchline holds them from Monday 21 Sep 08:00 on.
 */
export function dailyEmailsFor90Days() {
  const activities = Array.from({ length: 90 }, (_, i) => {
    const day = new Date(NOW.getTime() - (i + 1) * DAY).toISOString().slice(0, 10);
    return email(at(`${day} 10:00`), `Daily ${i}`, { owner: 'Alex Morgan' });
  });
  return { activities, contacts: [contact()] };
}
