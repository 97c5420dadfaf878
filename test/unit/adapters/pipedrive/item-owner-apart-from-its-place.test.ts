/**
 * Who did an activity, where its meta line shows more than "date · owner" (crm-evidence-2.md: no
 * source shows an item's markup; hashed and `cui5-*` classes, separators CSS may draw). Beside
 * the reviewer's three layouts (item-owner-beside-avatar-or-person-link.test.ts): an initials
 * avatar that is a piece of its own or an element drawn as an image, and a name after the person's
 * link or under the date that is no user the page names (an organisation, another rep): never
 * taken for a rep, and reported. A line of the rep's prose under the date is no name to report.
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
    { title: 'Jonas Keller - Persons' },
  );

const ownerOf = (meta: string) => {
  const result = page(meta);
  return {
    owner: result.activities[0]?.owner,
    reported: result.notRead.filter((n) => n.field === 'activities.owner').map((n) => n.reason),
  };
};

describe('Pipedrive: an activity’s owner beside an initials avatar', () => {
  it('drawn as a piece of its own, the separators drawn by CSS', () => {
    expect(
      ownerOf(
        '<div class="ActivityCard_meta__Jk7Qe"><span>Nov 18, 2026 10:00 AM</span><span class="ActivityCard_owner__Jk7Qe"><span class="cui5-avatar">PR</span><span>Priya Raman</span></span></div>',
      ),
    ).toEqual({ owner: 'Priya Raman', reported: [] });
  });

  it('drawn as an image element of a rep who is not the record’s owner', () => {
    expect(
      ownerOf(
        '<div class="ActivityCard_meta__Jk7Qe"><span>Nov 18, 2026 10:00 AM</span> · <span><span role="img" title="Dana Okafor">DO</span> Dana Okafor</span></div>',
      ),
    ).toEqual({ owner: 'Dana Okafor', reported: [] });
  });
});

describe('Pipedrive: a name apart from the owner’s place', () => {
  it('after the person’s link, naming no user the page shows, is reported, not read', () => {
    const { owner, reported } = ownerOf(
      '<div class="ActivityCard_meta__Jk7Qe"><span>Nov 18, 2026 10:00 AM</span> · <a href="/person/812">Jonas Keller</a> · <span>Helvetia Group</span></div>',
    );
    expect(owner).toBeUndefined();
    expect(reported).toEqual([expect.stringContaining('"Helvetia Group"')]);
  });

  it('on the line under the date, naming another rep, is reported, not read', () => {
    const { owner, reported } = ownerOf(
      '<div class="ActivityCard_meta__Jk7Qe"><span>Nov 18, 2026 10:00 AM</span></div><div><span>Dana Okafor</span></div>',
    );
    expect(owner).toBeUndefined();
    expect(reported).toEqual([expect.stringContaining('"Dana Okafor"')]);
  });

  it('the person’s link alone after the date names no owner, and nothing is reported', () => {
    expect(
      ownerOf(
        '<div class="ActivityCard_meta__Jk7Qe"><span>Nov 18, 2026 10:00 AM</span> · <a href="/person/812">Jonas Keller</a></div>',
      ),
    ).toEqual({ owner: undefined, reported: [] });
  });

  it('the rep’s prose under the date is no name', () => {
    expect(
      ownerOf(
        '<div class="ActivityCard_meta__Jk7Qe"><span>Nov 18, 2026 10:00 AM</span></div><div>Discussed the Q1 start, sending pricing.</div>',
      ),
    ).toEqual({ owner: undefined, reported: [] });
  });
});
