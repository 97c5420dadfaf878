/**
 * Review pd50. Who did an activity, as a History entry's meta line shows it beside its date
 * (crm-evidence-2.md: no source shows an item's markup; `cui5-*` design-system classes and hashed
 * classes). Three plausible layouts of one fact, "Nov 18, 2026 10:00 AM · Priya Raman":
 * 1. the owner's avatar drawn with initials (a user without a photo: "PR"), beside the name;
 * 2. the linked person before the owner ("… · Jonas Keller · Priya Raman");
 * 3. the owner on a line of its own under the date.
 *
 * Seen: (1) the owner is read as "PR Priya Raman", a rep who does not exist (the team view keys a
 * rep's row by the owner as shown, contracts.md `data-rep`: this rep's touches split over two
 * rows); (2) and (3) no owner at all, and nothing in notRead says so (the team view puts a touch
 * without owner on no rep's row, lib/team/ownerless-touches.ts).
 * Expected: owner "Priya Raman"; where the reader cannot tell, a notRead `activities.owner` entry,
 * never a made-up name or silence.
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

const page = (meta: string) =>
  readOk(
    '/person/812',
    `<div id="root"><main><div class="PersonPage_root__k9">
<header><div data-testid="header-title"><h1>Jonas Keller</h1></div></header>
<aside><div><span data-testid="field-name">Owner</span><div data-testid="fields-list-row-field-components">Priya Raman</div></div></aside>
<section class="Timeline_root__t2"><h2>History</h2>
<div class="ActivityCard_card__Jk7Qe"><span class="cui5-icon" role="img" aria-label="Call"></span><div class="ActivityCard_head__Jk7Qe"><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/88501">Pricing call</a></div>${meta}</div>
</section></div></main></div>`,
  );

const ownerOrReported = (meta: string) => {
  const result = page(meta);
  const call = result.activities[0];
  return {
    timestamp: call?.timestamp,
    owner:
      call?.owner ?? (result.notRead.some((n) => n.field === 'activities.owner') ? '(reported)' : '(silently none)'),
  };
};

describe('Pipedrive: an entry’s owner beside an avatar, after a person link, or on its own line', () => {
  it('an initials avatar beside the owner’s name is not part of the name', () => {
    expect(
      ownerOrReported(
        '<div class="ActivityCard_meta__Jk7Qe"><span>Nov 18, 2026 10:00 AM</span> · <span class="ActivityCard_owner__Jk7Qe"><span class="cui5-avatar cui5-avatar--s" title="Priya Raman">PR</span><span>Priya Raman</span></span></div>',
      ),
    ).toEqual({ timestamp: '2026-11-18T10:00:00.000Z', owner: 'Priya Raman' });
  });

  it('the person linked before the owner does not hide the owner', () => {
    expect(
      ownerOrReported(
        '<div class="ActivityCard_meta__Jk7Qe"><span>Nov 18, 2026 10:00 AM</span> · <a href="/person/812">Jonas Keller</a> · <span>Priya Raman</span></div>',
      ).owner,
    ).toMatch(/^(Priya Raman|\(reported\))$/);
  });

  it('an owner on the line under the date is read, or its absence reported', () => {
    expect(
      ownerOrReported(
        '<div class="ActivityCard_meta__Jk7Qe"><span>Nov 18, 2026 10:00 AM</span></div><div class="ActivityCard_owner__Jk7Qe"><span>Priya Raman</span></div>',
      ).owner,
    ).toMatch(/^(Priya Raman|\(reported\))$/);
  });
});
