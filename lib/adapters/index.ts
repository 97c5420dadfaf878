import { hubspot } from './hubspot';
import { pipedrive } from './pipedrive';
import { salesforce } from './salesforce';
import type { Adapter } from './types';

/**
 * Every supported CRM, in one explicit list. Content scripts import only their own CRM's
 * adapter (one script per CRM keeps what each page loads small); tools and tests use this list.
 */
export const ADAPTERS: readonly Adapter[] = [hubspot, salesforce, pipedrive];
