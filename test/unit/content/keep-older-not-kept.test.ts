import { describe, expect, it } from 'vitest';
import { keepOlderNotKept } from '../../../lib/content/keep-older-not-kept';
import { jordanLee } from '../components/view-fixtures';

const older = { activities: 3, before: '2025-10-16T15:00:00.000Z' };
const read = { ...jordanLee(), olderNotKept: older };

describe('keepOlderNotKept', () => {
  it('keeps what the page reading said about too-old activities in a later view of the same record', () => {
    expect(keepOlderNotKept({ status: 'ready', view: read }, jordanLee()).olderNotKept).toEqual(older);
  });

  it('takes a newer reading’s word, and never carries it to another record or from a state with no view', () => {
    const newer = { ...jordanLee(), olderNotKept: { ...older, activities: 1 } };
    expect(keepOlderNotKept({ status: 'ready', view: read }, newer).olderNotKept).toEqual(newer.olderNotKept);
    const other = { ...jordanLee(), recordKey: 'hubspot:4410021:contact:1' };
    expect(keepOlderNotKept({ status: 'ready', view: read }, other)).not.toHaveProperty('olderNotKept');
    expect(keepOlderNotKept({ status: 'reading' }, jordanLee())).not.toHaveProperty('olderNotKept');
  });

  it('keeps "gone cold" from a reading that showed only touches older than what is kept, until a touch is kept', () => {
    const none = { ...jordanLee(), daysSinceLastTouch: null };
    const cadence = { ...none.cadence, daysSinceLastTouch: null, goneCold: false };
    const reason = 'No touch either way in the 30 days Touchline keeps';
    const coldRead = { ...none, olderNotKept: older, cadence: { ...cadence, goneCold: true, goneColdReason: reason } };
    const later = keepOlderNotKept({ status: 'ready', view: coldRead }, { ...none, cadence });
    expect(later.kind === 'contact' && later.cadence).toMatchObject({ goneCold: true, goneColdReason: reason });
    const logged = keepOlderNotKept({ status: 'ready', view: coldRead }, jordanLee());
    expect(logged.kind === 'contact' && logged.cadence.goneCold).toBe(false);
  });
});
