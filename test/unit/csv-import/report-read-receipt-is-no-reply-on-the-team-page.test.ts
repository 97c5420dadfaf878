import { describe, expect, it } from 'vitest';
import { view } from '../team/from-files/harness';
import { freshDb, importText } from './import-fixture';

/**
 * Review s60 (rege). A Salesforce report lists the rep's "Pallet pricing" and the contact's read
 * receipt "Read: Pallet pricing" (Outlook's, inbound). metrics.md: an automated inbound email is
 * never a reply, so Dana's reply rate is 0 of 1, not 1 of 1; the contact's own "Re: Pallet pricing"
 * is her reply.
 */
const TENANT = 'acme.lightning.force.com';
const report = (rows: string[]) =>
  ['Subject,Assigned,Date,Status,Task Subtype,Call Type,Contact ID,Activity ID', ...rows].join('\n');
const SENT = 'Pallet pricing,Dana Reyes,11/16/2026,Completed,Email,Outbound,0035g00000AbCdE,00T5g00000Tk201';

async function danasReplyRate(answer: string, sent = SENT) {
  const db = await freshDb();
  await importText(db, 'salesforce', TENANT, report([sent, answer]));
  const dana = (await view(db)).reps.find((r) => r.rep === 'Dana Reyes');
  return [dana?.replyRate.numerator, dana?.replyRate.denominator];
}

describe('a read receipt in a Salesforce report', () => {
  it('"Read: Pallet pricing" after the sent mail: 0 of 1 answered', async () => {
    expect(
      await danasReplyRate(
        'Read: Pallet pricing,Dana Reyes,11/17/2026,Completed,Email,Inbound,0035g00000AbCdE,00T5g00000Tk202',
      ),
    ).toEqual([0, 1]);
  });
  it('"Re: Pallet pricing" (control): 1 of 1 answered', async () => {
    expect(
      await danasReplyRate(
        'Re: Pallet pricing,Dana Reyes,11/17/2026,Completed,Email,Inbound,0035g00000AbCdE,00T5g00000Tk202',
      ),
    ).toEqual([1, 1]);
  });

  // Review s60 (regg): Salesforce logs the contact's mail to no user; the receipt is merged apart from Dana's rows.
  it('"Read: Pallet pricing" assigned to nobody: 0 of 1 answered', async () => {
    expect(
      await danasReplyRate('Read: Pallet pricing,,11/17/2026,Completed,Email,Inbound,0035g00000AbCdE,00T5g00000Tk202'),
    ).toEqual([0, 1]);
  });
  it('"Re: Pallet pricing" assigned to nobody (control): 1 of 1 answered', async () => {
    expect(
      await danasReplyRate('Re: Pallet pricing,,11/17/2026,Completed,Email,Inbound,0035g00000AbCdE,00T5g00000Tk202'),
    ).toEqual([1, 1]);
  });

  // Review s61 (r61c): the team page reads 13 weeks; the receipt's mail was sent in July, before them.
  const JULY = 'Pallet pricing,Dana Reyes,07/20/2026,Completed,Email,Outbound,0035g00000AbCdE,00T5g00000Tk200';
  const FOLLOW_UP = 'Follow-up,Dana Reyes,11/10/2026,Completed,Email,Outbound,0035g00000AbCdE,00T5g00000Tk201';
  async function replyRateWith(rows: string[]) {
    const db = await freshDb();
    await importText(db, 'salesforce', TENANT, report(rows));
    const dana = (await view(db)).reps.find((r) => r.rep === 'Dana Reyes');
    return [dana?.replyRate.numerator, dana?.replyRate.denominator];
  }
  it.each([
    ['Dana Reyes', 'assigned to Dana'],
    ['', 'assigned to nobody'],
  ])(
    '"Read: Pallet pricing" of a mail sent before the weeks read (%s): the follow-up is 0 of 1 answered',
    async (who) => {
      const receipt = `Read: Pallet pricing,${who},11/17/2026,Completed,Email,Inbound,0035g00000AbCdE,00T5g00000Tk202`;
      expect(await replyRateWith([JULY, FOLLOW_UP, receipt])).toEqual([0, 1]);
    },
  );
  it('"Read: Pallet pricing" where the July mail went to another contact: her own mail answers the follow-up, 1 of 1', async () => {
    const toAnother = JULY.replace('0035g00000AbCdE', '0035g00000ZzZzZ');
    const receipt = 'Read: Pallet pricing,,11/17/2026,Completed,Email,Inbound,0035g00000AbCdE,00T5g00000Tk202';
    expect(await replyRateWith([toAnother, FOLLOW_UP, receipt])).toEqual([1, 1]);
  });
});
