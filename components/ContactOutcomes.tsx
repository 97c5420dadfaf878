import type { ContactView } from '../lib/schema/view-model';
import { formatHours, plural } from './format';
import { OutcomesCard } from './OutcomesCard';

interface ContactOutcomesProps {
  outcomes: ContactView['outcomes'];
}

/** The outcomes card with what only one relationship has: touches to the first reply and meeting, lead response, the vanity flag. */
export function ContactOutcomes({ outcomes }: ContactOutcomesProps) {
  const facts = (
    <>
      <li>{firstReplyText(outcomes)}</li>
      <li>{firstText('meeting', outcomes.touchesToFirstMeeting)}</li>
      {outcomes.leadResponseHours !== null && (
        <li>first response {formatHours(outcomes.leadResponseHours)} after the contact was created</li>
      )}
    </>
  );
  return (
    <OutcomesCard outcomes={outcomes} facts={facts}>
      {outcomes.vanity && (
        <p class="tl-flag" role="note">
          Many touches in the last 30 days, above the band, with no reply, connect or meeting: effort in the wrong
          place?
        </p>
      )}
    </OutcomesCard>
  );
}

function firstReplyText({ touchesToFirstReply, undatedReplies }: ContactView['outcomes']): string {
  if (touchesToFirstReply !== null || undatedReplies === 0) return firstText('reply', touchesToFirstReply);
  return `${plural(undatedReplies, 'reply', 'replies')} without a readable date: when the first came is not known`;
}

function firstText(what: 'reply' | 'meeting', touches: number | null): string {
  if (touches === null) return what === 'reply' ? 'no reply in period' : 'no meeting held in period';
  return `first ${what} after ${plural(touches, 'outbound touch', 'outbound touches')}`;
}
