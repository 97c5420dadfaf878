import type { LabelKey } from './wording';

/**
 * Every selector the Pipedrive adapter uses, in one place so a wrong guess is a one-line fix.
 * Public evidence about Pipedrive's markup is thin (crm-pages.md names only the deal title), so
 * each entry lists alternatives, most specific first, and says where it comes from. Readers
 * fall back to label text ("Email", "Owner", "Last activity date") where these miss.
 */
export const SELECTORS = {
  /** The record's detail view; earlier views may stay in the DOM, hidden. */
  detailView: [
    '[data-testid="detail-view"]', // demo look-alike
    '[data-testid="SidebarWrapper"]', // guess: a public Cypress suite names the lead side panel so
    '.detailView', // guess: older Backbone-era class
    '.dealDetails', // crm-pages.md (older deal page: `.dealDetails .descriptionHead .title`)
    '#main-content', // demo look-alike
    'main', // guess: semantic fallback
  ].join(', '),
  /** The app's content area, which outlives record views swapped in and out of it. */
  appRoot: ['#main-content', '#application', 'main'].join(', '), // demo look-alike; guess; guess
  /**
   * The record's name: deal title, person name, lead title. Tried one by one in this order: a
   * generic heading (the Leads Inbox list's "header h1") may come before the record's title; where
   * it heads a list of records, list-heading.ts tells it apart.
   */
  title: [
    '[data-testid="header-title"]', // crm-pages.md (deal title)
    '.dealDetails .descriptionHead .title', // crm-pages.md (older deal page)
    '.descriptionHead .title', // crm-pages.md, generalised to person pages (guess)
    '.detail-header h1', // demo look-alike
    'header h1', // guess
  ],
  /** Skeletons shown while the record or its history loads. */
  loading: [
    '[data-testid="detail-view-skeleton"]', // demo look-alike
    '[data-testid="flow-skeleton"]', // demo look-alike
    // guess: a class part in any case, as cui5 (`cui5-skeleton`), hashed CSS modules
    // (`FlowList_skeleton__Ab3c9`, crm-evidence-2.md) and component names (`FlowSkeleton`) write it
    '[class*="skeleton" i]',
    '[aria-busy="true"]', // guess: accessible loading state
  ].join(', '),
  /**
   * What says by its role that more of the feed is loading: a spinner (`role="progressbar"`, as
   * cui5's spinner is drawn, guess) or a status line ("Loading…", feed-state.ts asks its words).
   * Roles outlast classes (crm-evidence-2.md), but a spinner may load any widget, so these count
   * only inside the feed, below its items (feed-state.ts), never as the page still loading.
   */
  feedLoader: '[role="progressbar"], [role="status"]',
  /** The header block that holds title, value, owner, status and the stage bar. */
  header: ['[data-testid="detail-header"]', '.detail-header', '.descriptionHead', 'header'].join(', '), // demo look-alike; crm-pages.md (older); guess
  /** A field row in the sidebar, keyed by Pipedrive's API field key. */
  anyFieldKey: '[data-test-key]', // guess: a public Cypress suite keys form fields so
  fieldValue: [
    '[data-testid="field-value"]', // demo look-alike
    '[data-testid="fields-list-row-field-components"]', // crm-evidence-2.md (B)
    '.field__value', // guess
    '.fieldValue', // guess
    '.value', // guess
  ].join(', '),
  /** A field row's label and its value part, in the same row (crm-evidence-2.md, B). */
  fieldName: '[data-testid="field-name"]', // crm-evidence-2.md (B)
  fieldRowValue: '[data-testid="fields-list-row-field-components"]', // crm-evidence-2.md (B)
  /** The History filter bar's "All" chip. */
  allFilterChip: '[data-testid="filter-button-all"]', // crm-evidence-2.md (B)
  /** Links to persons: deal participants and people named on timeline items. */
  personLink: 'a[href*="/person/"]', // crm-pages.md (URL shape)
  /** Links to records (deal, person, organisation, lead): what a sidebar card is titled by. */
  recordLink: 'a[href*="/deal/"], a[href*="/person/"], a[href*="/organization/"], a[href*="/leads/"]', // crm-pages.md (URL shape)
  /** The deal's persons section in the sidebar. */
  dealPersons: ['[data-testid="sidebar-section-persons"]', '.persons-section'].join(', '), // demo look-alike; guess
  /** Deal value in the header ("$12,500"). */
  dealValue: ['[data-testid="deal-value"]', '.deal-value', '.dealValue'].join(', '), // demo look-alike; guess
  /** Pipeline name shown above the stage bar. */
  pipelineName: ['[data-testid="pipeline-name"]', '.pipeline-name'].join(', '), // demo look-alike; guess
  /** The stage bar: one step per stage of the deal's pipeline. */
  stageSteps: [
    'button.cui5-stage-selector__stage', // crm-evidence-2.md (B, a live German tenant, 2026)
    '[data-testid="pipeline-stage"]', // demo look-alike
    '.stages .stage', // guess
    '.pipelineStages li', // guess
  ].join(', '),
  stageCurrent: '[aria-selected="true"], [aria-current="step"], .stage--current, .active, .current', // crm-evidence-2.md; demo look-alike; guess
  stageName: ['[data-testid="stage-name"]', '.stage__name', '.stageName'].join(', '), // demo look-alike; guess
  /** "Won" / "Lost" badge of a closed deal. */
  dealStatus: ['[data-testid="deal-status"]', '.deal-status', '.dealStatus', '.status-badge'].join(', '), // demo look-alike; guess
  /** The rotting marker on an idle deal ("Rotting for 5 days"). */
  rotting: [
    '[data-testid="rotting-badge"]',
    '.rotting',
    '.is-rotting',
    '[class*="rotting" i]',
    '[class*="Rotten"]',
  ].join(', '), // demo look-alike; guess
  /** Timeline sections: Focus (planned, pinned) and History (done, emails, notes, changes). */
  focusSection: ['[data-testid="focus-section"]', '.focus-section', '.flow-focus'].join(', '), // demo look-alike; guess
  flowItem: [
    '[data-testid="flow-item"]', // demo look-alike
    '.flow-item', // guess
    '.flowItem', // guess: older camel-case classes, like `.dealDetails`
    '[class*="FlowItem"]', // guess: generated component class names
  ].join(', '),
  itemSubject: ['[data-testid="flow-item-subject"]', '.flow-item__subject', '.subject', '.title', 'h4', 'h3'].join(
    ', ',
  ), // demo look-alike; guess
  itemTypeLabel: ['[data-testid="flow-item-type"]', '.flow-item__type', '.activity-type', '.type'].join(', '), // demo look-alike; guess
  itemDate: [
    '[data-testid="flow-item-date"]', // demo look-alike
    'time', // guess
    '.flow-item__date', // guess
    '.date', // guess
    '.timestamp', // guess
    '[class*="_date__"]', // crm-evidence-2.md: hashed classes in the `FlowItem_date__t7Kq2` style (C)
  ].join(', '),
  itemOwner: ['[data-testid="flow-item-owner"]', '.flow-item__owner', '.owner', '.user'].join(', '), // demo look-alike; guess
  itemBody: ['[data-testid="flow-item-body"]', '.flow-item__body', '.content', '.body'].join(', '), // demo look-alike; guess
  /** The activity's own page, which its feed entry links to (Pipedrive's URL shape). */
  activityLink: 'a[href*="/activities/"]', // guess: Pipedrive's URL shape for an activity
  /** An activity's note, shown on the feed: the rep's prose about it, never its subject. */
  activityNote: '[data-test="activity-note"]', // crm-evidence-2.md (A-, 2022)
  itemIcon: '[aria-label], [title]', // guess: the type icon names the activity type
  /** The done checkbox on an activity. */
  itemDone: ['[data-testid="activity-done"]', '[role="checkbox"]', 'input[type="checkbox"]'].join(', '), // demo look-alike; guess
  /** Mail sync: direction label and the sender line. */
  emailDirection: ['[data-testid="email-direction"]', '.email-direction', '.mail-direction'].join(', '), // demo look-alike; guess
  emailFrom: ['[data-testid="email-from"]', '.email-from', '.from'].join(', '), // demo look-alike; guess
  /** Call outcome line on a logged call. */
  callOutcome: ['[data-testid="call-outcome"]', '.call-outcome', '.outcome'].join(', '), // demo look-alike; guess
  /** Changelog row: field, old and new value. */
  changeField: ['[data-testid="change-field"]', '.change-field'].join(', '), // demo look-alike; guess
  changeOld: ['[data-testid="change-old"]', '.change-old'].join(', '), // demo look-alike; guess
  changeNew: ['[data-testid="change-new"]', '.change-new'].join(', '), // demo look-alike; guess
} as const;

/**
 * Pipedrive's API field keys, used as `data-test-key` values (guess), with the wording.ts entry
 * that holds the label shown beside each field in every language.
 */
export const FIELDS = {
  email: { key: 'email', label: 'email' },
  phone: { key: 'phone', label: 'phone' },
  organization: { key: 'org_id', label: 'organization' },
  owner: { key: 'owner_id', label: 'owner' },
  personCreated: { key: 'add_time', label: 'personCreated' },
  dealCreated: { key: 'add_time', label: 'dealCreated' },
  value: { key: 'value', label: 'value' },
  currency: { key: 'currency', label: 'currency' },
  pipeline: { key: 'pipeline_id', label: 'pipeline' },
  stage: { key: 'stage_id', label: 'stage' },
  closeDate: { key: 'expected_close_date', label: 'closeDate' },
  wonTime: { key: 'won_time', label: 'wonTime' },
  closedOn: { key: 'close_time', label: 'closedOn' },
  lostTime: { key: 'lost_time', label: 'lostTime' },
  status: { key: 'status', label: 'status' },
  lastActivity: { key: 'last_activity_date', label: 'lastActivity' },
  nextActivity: { key: 'next_activity_date', label: 'nextActivity' },
} as const satisfies Record<string, { key: string; label: LabelKey }>;

export type FieldSpec = (typeof FIELDS)[keyof typeof FIELDS];
