import { z } from 'zod';

/**
 * The demo CRM's own data: what a CRM's database would hold, before any CRM renders it.
 * Ids are generic numbers; each demo CRM formats them its own way (see `<crm>/ids.ts`).
 */
export const demoRepSchema = z.object({ id: z.number(), name: z.string(), email: z.string() });

export const demoContactSchema = z.object({
  id: z.number(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  phone: z.string(),
  company: z.string(),
  jobTitle: z.string(),
  ownerId: z.number(),
  createdAt: z.string(),
  lifecycleStage: z.string(),
});

export const demoDealSchema = z.object({
  id: z.number(),
  name: z.string(),
  amount: z.number(),
  currency: z.string(),
  pipeline: z.string(),
  /** Ordered open stages of the pipeline; closed deals end in "Closed won"/"Closed lost". */
  stages: z.array(z.string()),
  stage: z.string(),
  closed: z.enum(['won', 'lost']).optional(),
  stageHistory: z.array(z.object({ stage: z.string(), enteredAt: z.string() })),
  closeDate: z.string(),
  ownerId: z.number(),
  contactIds: z.array(z.number()),
  createdAt: z.string(),
});

export const demoActivitySchema = z.object({
  id: z.number(),
  type: z.enum(['call', 'email', 'meeting', 'social', 'sms', 'note', 'task', 'system']),
  direction: z.enum(['outbound', 'inbound']),
  timestamp: z.string(),
  title: z.string(),
  body: z.string(),
  ownerId: z.number(),
  /** Sent by a sequence tool, not written by a person. */
  automated: z.boolean(),
  /** Calls: connected, no-answer, voicemail, busy; meetings: held, no-show, cancelled. */
  outcome: z.string().optional(),
  /** Upcoming (tasks, meetings booked for later). */
  planned: z.boolean().optional(),
  sequenceName: z.string().optional(),
  contactId: z.number().optional(),
  dealId: z.number().optional(),
  /** A second capture of another activity (same touch logged by hand and by email sync). */
  duplicateOf: z.number().optional(),
});

export const demoWorldSchema = z.object({
  now: z.string(),
  portalName: z.string(),
  reps: z.array(demoRepSchema),
  contacts: z.array(demoContactSchema),
  deals: z.array(demoDealSchema),
  activities: z.array(demoActivitySchema),
});

export type DemoRep = z.infer<typeof demoRepSchema>;
export type DemoContact = z.infer<typeof demoContactSchema>;
export type DemoDeal = z.infer<typeof demoDealSchema>;
export type DemoActivity = z.infer<typeof demoActivitySchema>;
export type DemoWorld = z.infer<typeof demoWorldSchema>;

/** The clock fixtures, the demo and browser tests share (contracts.md). */
export const FIXED_NOW = '2026-11-20T15:00:00.000Z';
