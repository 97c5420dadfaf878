/**
 * Two HubSpot reps' exports, written by hand in HubSpot's export columns (test/fixtures/csv/README.md).
 * Times are Berlin wall times (the import's zone). Clock 2026-11-20T15:00:00Z; current period
 * [10-21 15:00Z, 11-20 15:00Z], previous [09-20 15:00Z, 10-21 15:00Z).
 */
export const TENANT = '4410982';
const H =
  'Record ID,Call title,Activity date,Activity assigned to,Call direction,Call outcome,Call notes,Associated Contact,Associated Contact IDs';
const call = (id: number, when: string, owner: string, outcome: string, contact: number, dir = 'Outbound') =>
  `${id},Call ${id},${when},${owner},${dir},${outcome},,Contact ${contact},${contact}`;
export const ALEX = 'Alex Morgan';
export const BLAKE = 'Blake Tran';
export const CALLS = [
  H,
  // Alex, previous period: 8 calls on 601-604
  call(1001, '2026-10-01 10:00', ALEX, 'Connected', 601),
  call(1002, '2026-10-02 10:00', ALEX, 'No answer', 601),
  call(1003, '2026-10-05 10:00', ALEX, 'Connected', 602),
  call(1004, '2026-10-06 10:00', ALEX, 'Connected', 602),
  call(1005, '2026-10-07 10:00', ALEX, 'Connected', 603),
  call(1006, '2026-10-08 10:00', ALEX, 'No answer', 603),
  call(1007, '2026-10-09 10:00', ALEX, 'Connected', 604),
  call(1008, '2026-10-12 10:00', ALEX, 'Connected', 604),
  // Alex, current period
  call(1011, '2026-10-26 10:00', ALEX, 'Connected', 601),
  call(1012, '2026-11-03 10:00', ALEX, 'No answer', 601),
  call(1013, '2026-11-05 10:00', ALEX, 'Connected', 602),
  call(1014, '2026-11-10 10:00', ALEX, '', 602),
  // Blake
  call(2001, '2026-10-17 10:00', BLAKE, 'Connected', 701),
  call(2002, '2026-10-20 10:00', BLAKE, 'No answer', 701),
  call(2003, '2026-10-27 10:00', BLAKE, 'Connected', 702),
  call(2004, '2026-10-28 10:00', BLAKE, 'No answer', 703),
  call(2005, '2026-11-02 10:00', BLAKE, 'Connected', 702),
  call(2006, '2026-11-04 10:00', BLAKE, 'Connected', 704),
  call(2007, '2026-11-09 10:00', BLAKE, 'Left voicemail', 705),
  call(2008, '2026-11-10 10:00', BLAKE, 'Connected', 705),
  call(2009, '2026-11-11 10:00', BLAKE, 'Connected', 701),
  call(2010, '2026-11-12 10:00', BLAKE, 'No answer', 703),
  call(2011, '2026-11-18 10:00', BLAKE, 'Connected', 704),
].join('\n');
export const EMAILS = [
  'Record ID,Email subject,Activity date,Activity assigned to,Email direction,Associated Contact,Associated Contact IDs',
  `3001,Proposal,2026-11-11 10:00,${ALEX},Email,Contact 601,601`,
  `3002,Re: Proposal,2026-11-12 09:00,${ALEX},Incoming email,Contact 601,601`,
  `3003,Checking in,2026-11-17 10:00,${ALEX},Email,Contact 602,602`,
].join('\n');
export const ck = (id: number) => `hubspot:${TENANT}:contact:${id}`;
