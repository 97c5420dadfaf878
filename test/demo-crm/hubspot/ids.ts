/**
 * HubSpot ids: the portal (tenant) id and record/engagement ids are plain decimal integers in
 * URLs and `data-selenium-id` attributes. The demo keeps the world's numbers for contacts and
 * deals and offsets engagement ids into HubSpot's larger range.
 */
export const PORTAL_ID = '2451908';
const ENGAGEMENT_OFFSET = 40_000_000_000;

export const contactRecordId = (id: number): string => String(id);
export const dealRecordId = (id: number): string => String(id);
export const engagementId = (activityId: number): string => String(ENGAGEMENT_OFFSET + activityId);

export const contactPathOf = (id: number): string => `/contacts/${PORTAL_ID}/record/0-1/${contactRecordId(id)}`;
export const dealPathOf = (id: number): string => `/contacts/${PORTAL_ID}/record/0-3/${dealRecordId(id)}`;
/** Companies are object type 0-2: a page Touchline does not read. */
export const companyPathOf = (index: number): string => `/contacts/${PORTAL_ID}/record/0-2/${3100 + index}`;
export const contactListPath = `/contacts/${PORTAL_ID}/objects/0-1/views/all/list`;
