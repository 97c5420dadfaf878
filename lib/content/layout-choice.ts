/**
 * How the open panel sits beside the CRM: over the page's right edge (`overlay`, the default),
 * or beside the page, narrowed by the panel's width (`make-room`). A plain list rather than a zod
 * schema: the content script carries no zod (README, "Choices beside the stack").
 */
export const LAYOUTS = ['overlay', 'make-room'] as const;

export type Layout = (typeof LAYOUTS)[number];
