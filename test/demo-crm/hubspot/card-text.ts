import type { DemoActivity, DemoContact } from '../world';

/** What a HubSpot timeline card says about one activity (wording modelled on HubSpot's timeline). */
export interface CardText {
  header: string;
  icon: string;
  /** Before the contact's name link; after it comes `descriptionAfter`. */
  descriptionBefore: string;
  descriptionAfter?: string;
  /** Whether the description names the contact (as a link). */
  namesContact: boolean;
  editableTitle?: string;
  properties: [string, string][];
  body?: string;
  isNote?: boolean;
}

const CALL_OUTCOMES: Record<string, string> = {
  connected: 'Connected',
  'no-answer': 'No answer',
  voicemail: 'Left voicemail',
  busy: 'Busy',
};
const MEETING_OUTCOMES: Record<string, string> = { held: 'Completed', 'no-show': 'No show', cancelled: 'Canceled' };

export interface CardContext {
  owner: string;
  contact?: DemoContact;
  /** The activity has a second capture (email sync): the first copy was logged by hand. */
  loggedByHand: boolean;
  /** Deal stage changes: the stage the deal left. */
  previousStage?: string;
}

export function cardText(a: DemoActivity, ctx: CardContext): CardText {
  const contactName = ctx.contact ? `${ctx.contact.firstName} ${ctx.contact.lastName}` : '';
  const base = { namesContact: ctx.contact !== undefined, properties: [] as [string, string][] };
  switch (a.type) {
    case 'call':
      return {
        ...base,
        header: 'Logged call',
        icon: 'calling',
        descriptionBefore: `${ctx.owner} logged a call with `,
        editableTitle: a.title,
        properties: [
          ['Outcome', CALL_OUTCOMES[a.outcome ?? ''] ?? 'Connected'],
          ['Direction', a.direction === 'inbound' ? 'Inbound' : 'Outbound'],
        ],
      };
    case 'email':
      return emailText(a, ctx, contactName, base);
    case 'meeting':
      return {
        ...base,
        header: 'Meeting',
        icon: 'meetings',
        descriptionBefore: `${ctx.owner} had a meeting with `,
        editableTitle: a.title,
        properties: [['Outcome', a.planned ? 'Scheduled' : (MEETING_OUTCOMES[a.outcome ?? ''] ?? 'Completed')]],
      };
    case 'social':
      return {
        ...base,
        header: 'Logged LinkedIn message',
        icon: 'linkedin',
        descriptionBefore: `${ctx.owner} logged a LinkedIn message with `,
        editableTitle: a.title,
      };
    case 'sms':
      return {
        ...base,
        header: 'Logged SMS',
        icon: 'sms',
        descriptionBefore: `${ctx.owner} logged an SMS with `,
        editableTitle: a.title,
      };
    case 'note':
      return {
        header: `Note by ${ctx.owner}`,
        icon: 'note',
        descriptionBefore: '',
        namesContact: false,
        properties: [],
        body: a.body,
        isNote: true,
      };
    case 'task':
      return {
        header: `Task assigned to ${ctx.owner}`,
        icon: 'tasks',
        descriptionBefore: '',
        namesContact: false,
        editableTitle: a.title,
        properties: [['Priority', 'None']],
      };
    default:
      return systemText(a, ctx);
  }
}

function emailText(
  a: DemoActivity,
  ctx: CardContext,
  contactName: string,
  base: Pick<CardText, 'namesContact' | 'properties'>,
): CardText {
  const body = a.body || undefined;
  if (a.direction === 'inbound')
    return {
      ...base,
      header: `Email reply from ${contactName}`,
      icon: 'email',
      descriptionBefore: 'from ',
      descriptionAfter: ` to ${ctx.owner}`,
      editableTitle: a.title,
      body,
    };
  if (a.automated)
    return {
      ...base,
      header: `Sequence email sent by ${ctx.owner}`,
      icon: 'sequences',
      descriptionBefore: `${a.sequenceName ?? 'Sequence'}: from ${ctx.owner} to `,
      editableTitle: a.title,
      body,
    };
  const header = ctx.loggedByHand ? 'Logged email' : 'Email';
  return { ...base, header, icon: 'email', descriptionBefore: `from ${ctx.owner} to `, editableTitle: a.title, body };
}

function systemText(a: DemoActivity, ctx: CardContext): CardText {
  const stage = a.title.match(/^Stage changed to (.+)$/)?.[1];
  if (stage)
    return {
      header: 'Deal stage changed',
      icon: 'deals',
      descriptionBefore: `${ctx.owner} moved the deal from ${ctx.previousStage ?? 'another stage'} to ${stage} (Sales pipeline)`,
      namesContact: false,
      properties: [],
    };
  if (a.title === 'Deal created')
    return {
      header: 'Deal created',
      icon: 'deals',
      descriptionBefore: `${ctx.owner} created this deal in ${a.body} (Sales pipeline)`,
      namesContact: false,
      properties: [],
    };
  return {
    header: a.title,
    icon: 'contacts',
    descriptionBefore: `${ctx.owner} created this contact`,
    namesContact: false,
    properties: [],
  };
}
