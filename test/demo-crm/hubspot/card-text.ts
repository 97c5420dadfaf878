import type { DemoActivity, DemoContact } from '../world';
import { text } from './text';

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

export interface CardContext {
  owner: string;
  contact?: DemoContact;
  /** The activity has a second capture (email sync): the first copy was logged by hand. */
  loggedByHand: boolean;
  /** Deal stage changes: the stage the deal left. */
  previousStage?: string;
}

export function cardText(a: DemoActivity, ctx: CardContext): CardText {
  const t = text();
  const contactName = ctx.contact ? `${ctx.contact.firstName} ${ctx.contact.lastName}` : '';
  const base = { namesContact: ctx.contact !== undefined, properties: [] as [string, string][] };
  const around = ([descriptionBefore, descriptionAfter]: readonly [string, string | undefined]) =>
    descriptionAfter === undefined ? { descriptionBefore } : { descriptionBefore, descriptionAfter };
  switch (a.type) {
    case 'call':
      return {
        ...base,
        header: t.headers.call,
        icon: 'calling',
        ...around(t.sentences.call(ctx.owner)),
        editableTitle: a.title,
        properties: [
          [t.propertyLabels.outcome, outcomeOf(t.callOutcomes, a.outcome) ?? t.callOutcomes.connected],
          [t.propertyLabels.direction, a.direction === 'inbound' ? t.direction.inbound : t.direction.outbound],
        ],
      };
    case 'email':
      return emailText(a, ctx, contactName, base);
    case 'meeting':
      return {
        ...base,
        header: t.headers.meeting,
        icon: 'meetings',
        ...around(t.sentences.meeting(ctx.owner)),
        editableTitle: a.title,
        properties: [
          [
            t.propertyLabels.outcome,
            a.planned ? t.scheduled : (outcomeOf(t.meetingOutcomes, a.outcome) ?? t.meetingOutcomes.held),
          ],
        ],
      };
    case 'social':
      return {
        ...base,
        header: t.headers.social,
        icon: 'linkedin',
        ...around(t.sentences.social(ctx.owner)),
        editableTitle: a.title,
      };
    case 'sms':
      return {
        ...base,
        header: t.headers.sms,
        icon: 'sms',
        ...around(t.sentences.sms(ctx.owner)),
        editableTitle: a.title,
      };
    case 'note':
      return {
        header: t.headers.note(ctx.owner),
        icon: 'note',
        descriptionBefore: '',
        namesContact: false,
        properties: [],
        body: a.body,
        isNote: true,
      };
    case 'task':
      return {
        header: t.headers.task(ctx.owner),
        icon: 'tasks',
        descriptionBefore: '',
        namesContact: false,
        editableTitle: a.title,
        properties: [[t.propertyLabels.priority, t.noPriority]],
      };
    default:
      return systemText(a, ctx);
  }
}

/** The shown word for a world outcome key, if the table has one. */
function outcomeOf(words: Record<string, string>, outcome: string | undefined): string | undefined {
  return outcome === undefined ? undefined : words[outcome];
}

function emailText(
  a: DemoActivity,
  ctx: CardContext,
  contactName: string,
  base: Pick<CardText, 'namesContact' | 'properties'>,
): CardText {
  const t = text();
  const body = a.body || undefined;
  if (a.direction === 'inbound') {
    const [descriptionBefore, descriptionAfter] = t.sentences.emailReply(ctx.owner);
    return {
      ...base,
      header: t.headers.emailReply(contactName),
      icon: 'email',
      descriptionBefore,
      descriptionAfter,
      editableTitle: a.title,
      body,
    };
  }
  if (a.automated)
    return {
      ...base,
      header: t.headers.sequenceEmail(ctx.owner),
      icon: 'sequences',
      descriptionBefore: t.sentences.sequenceEmail(a.sequenceName ?? t.sequence, ctx.owner)[0],
      editableTitle: a.title,
      body,
    };
  const header = ctx.loggedByHand ? t.headers.loggedEmail : t.headers.email;
  const descriptionBefore = t.sentences.email(ctx.owner)[0];
  return { ...base, header, icon: 'email', descriptionBefore, editableTitle: a.title, body };
}

/** Stage changes and record creation; the pipeline is named as the world names it (user data). */
function systemText(a: DemoActivity, ctx: CardContext): CardText {
  const t = text();
  const pipeline = 'Sales pipeline';
  const stage = a.title.match(/^Stage changed to (.+)$/)?.[1];
  if (stage)
    return {
      header: t.headers.stageChanged,
      icon: 'deals',
      descriptionBefore: t.sentences.stageChanged(ctx.owner, ctx.previousStage ?? t.anotherStage, stage, pipeline),
      namesContact: false,
      properties: [],
    };
  if (a.title === 'Deal created')
    return {
      header: t.headers.dealCreated,
      icon: 'deals',
      descriptionBefore: t.sentences.dealCreated(ctx.owner, a.body, pipeline),
      namesContact: false,
      properties: [],
    };
  return {
    header: a.title === 'Contact created' ? t.headers.contactCreated : a.title,
    icon: 'contacts',
    descriptionBefore: t.sentences.contactCreated(ctx.owner),
    namesContact: false,
    properties: [],
  };
}
