/**
 * One email captured twice on a Lightning contact page: Einstein Activity Capture shows the sent
 * mail in the timeline (no Salesforce record, so its subject links nowhere; its time of day shown,
 * crm-evidence-2.md), and the rep also logged it from the mail client (Email-to-Salesforce, the
 * Outlook or Gmail integration), which saves a completed Task of the email type whose subject is
 * the mail's behind Salesforce's "Email: " label, dated by its due day only. metrics.md,
 * Duplicate: "the same touch captured twice (e.g. logged by hand and by an email sync)" is merged
 * before any count (rule 3; decisions.md: a date-only reading merges into the one same-day row).
 * Maria Jensen got one email and answered it: 2 emails, 1 of 1 answered, 1 touch to first reply.
 */
import { describe, expect, it } from 'vitest';
import { contactPage, item, NOW, timeline, URL_CONTACT } from '../adapters/salesforce/contact-page';
import { asContact, extension } from './chain';
import { readHtml } from './open-hand-written-page';

const synced = `<li class="runtime_sales_activitiesActivityTimelineFixedStencil row EmailMessage">
  <div class="slds-media">
    <div class="slds-media__figure"><lightning-icon class="slds-icon-standard-email" title="Email"><span class="slds-assistive-text">Email</span></lightning-icon></div>
    <div class="slds-media__body">
      <div class="slds-grid slds-grid_align-spread">
        <div class="slds-grid"><a class="subjectLink slds-truncate" title="Rollout plan" rel="noreferrer" href="javascript:void(0)" role="button">Rollout plan</a></div>
        <div class="slds-no-flex"><span class="slds-text-body_small">10:12 AM | Nov 18</span></div>
      </div>
      <div class="timelineItem"><div class="slds-text-body_small summary">You sent an email to Maria Jensen</div></div>
    </div>
  </div>
</li>`;
const loggedTask = (subject: string) =>
  item({
    token: 'Task',
    icon: 'email',
    iconTitle: 'Email',
    subject,
    id: '00T5g00000RVW01AAN',
    date: 'Nov 18',
    summary: 'You sent an email to Maria Jensen',
    checkbox: 'checked',
  });
const reply = item({
  token: 'EmailMessage',
  icon: 'email',
  iconTitle: 'Email',
  subject: 'RE: Rollout plan',
  id: '02s5g00000RVW02AAN',
  date: '2:05 PM | Nov 19',
  summary: 'Maria Jensen sent you an email',
});

const panel = async (taskSubject: string) => {
  const html = contactPage(timeline('', [{ heading: 'This Month', items: reply + synced + loggedTask(taskSubject) }]));
  const r = readHtml(html, URL_CONTACT, NOW, 'UTC');
  if (r.status !== 'read') throw new Error(r.status);
  const v = asContact(await extension().save(r));
  return {
    emails: v.touches.byChannel.email,
    answered: `${v.outcomes.replyRate.numerator} of ${v.outcomes.replyRate.denominator}`,
    toFirstReply: v.outcomes.touchesToFirstReply,
  };
};

describe('Salesforce: an email synced by Einstein Activity Capture and the Task logged for it', () => {
  it('are one email when the Task is titled as the mail', async () => {
    expect(await panel('Rollout plan')).toEqual({ emails: 2, answered: '1 of 1', toFirstReply: 1 });
  });

  it('are one email when the Task is titled "Email: <subject>", as Salesforce logs mail', async () => {
    expect(await panel('Email: Rollout plan')).toEqual({ emails: 2, answered: '1 of 1', toFirstReply: 1 });
  });
});
