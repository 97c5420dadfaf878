/**
 * How far back a planned item's day printed without a year may lie and still be this year's:
 * about two months. CRMs keep an item that is not done in their upcoming or focus list, overdue,
 * until it is ticked off, and reps clear that list within weeks; a day further back is far more
 * often the same day ahead (a follow-up booked for July, seen in November) than an item left
 * open for a season. Shared by the readers so one page's "Jul 15" means the same in every CRM.
 */
export const OVERDUE_WINDOW_MS = 61 * 86_400_000;
