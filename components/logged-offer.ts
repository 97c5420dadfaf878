import { outcomeFits } from '../lib/messaging/channel-outcomes';
import { CHANNEL_ARTICLE } from './channels';
import type { LogDetails, LoggedOffer, LogRequest } from './panel-state';

/**
 * The undo offer of a touch just logged, with what the request said of it (the background fills
 * in the rest): the time the session sent is the click's, which the details form opens on.
 */
export function loggedOffer(key: string, touch: LogRequest & { recordKey?: string; logId?: string }): LoggedOffer {
  const { contactKey: _contact, recordKey: _record, logId: _click, ...details } = touch;
  return { ...details, label: labelOf(details.channel), key };
}

/**
 * The offer once the touch's details are saved, as the background stores them (updateLoggedTouch):
 * its label names the channel now, and "Add details" opens on what was saved, so a second save keeps it.
 */
export function offerAfterSave(offer: LoggedOffer, changes: LogDetails): LoggedOffer {
  const touch: LoggedOffer = { ...offer, ...changes, label: labelOf(changes.channel) };
  // A cleared outcome or note (LogDetailsForm sends "unknown" and "") is none, as the background stores it.
  if (touch.outcome === 'unknown' || !outcomeFits(touch.channel, touch.outcome)) delete touch.outcome;
  if (!touch.note) delete touch.note;
  return touch;
}

const labelOf = (channel: LoggedOffer['channel']) => `Logged ${CHANNEL_ARTICLE[channel]}`;
