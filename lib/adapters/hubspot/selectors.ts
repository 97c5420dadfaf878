/**
 * Every selector the HubSpot adapter uses, each with its source. "crm-pages.md" is the team's
 * evidence file; "public CSS" is a public page-styling extension's stylesheet for HubSpot record
 * pages (attributes seen on live pages, not in crm-pages.md); "guess" is unconfirmed and kept
 * only as a later fallback. Generated class names are used only as `[class*=…]` last resorts.
 */

/** Joins alternatives into one selector; matches come back in document order. */
const any = (...selectors: string[]): string => selectors.join(', ');

export const LAYOUT = {
  /** crm-pages.md */
  leftSidebar: '[data-test-id="left-sidebar"]',
  /** crm-pages.md */
  middlePane: '[data-test-id="middle-pane"]',
  /** crm-pages.md */
  rightSidebar: '[data-test-id="records-right-sidebar"]',
  /** crm-pages.md */
  card: '[data-test-id^="card-wrapper-"]',
} as const;

export const HEADER = {
  title: any(
    '[data-selenium-test$="-highlight-details"] h3', // crm-pages.md
    '[data-selenium-test$="highlightTitle"]', // crm-pages.md; crm-evidence-2.md (Toggl, Clockify 2026)
    '[data-test-id="highlight-record-label"]', // public CSS
    '[class*="HighlightTitle"]', // guess: last-resort class fragment
  ),
  /** Used when no attribute is left: the sidebar's first heading (guess). */
  titleFallback: 'h1, h2, h3',
  /** crm-pages.md */
  pipeline: '#pipeline-select',
  /** crm-pages.md */
  stage: '#stage-select',
} as const;

/** crm-evidence-2.md: highlight properties `highlight-property-{item|display}-<internal name>`; their text includes the label. */
export const HIGHLIGHT = {
  dealStage: any('[data-test-id="highlight-property-item-dealstage"]', '[data-test-id="property-input-dealstage"]'),
  amount: any('[data-test-id="highlight-property-item-amount"]', '[data-test-id="highlight-property-display-amount"]'),
  /** crm-evidence-2.md: a "Date entered <stage>" property row (internal names `hs_date_entered_<stage id>`). */
  dateEntered: '[data-test-id^="highlight-property-item-hs_date_entered_"]',
} as const;

/** Associated contacts on a deal (decisions.md: contact links count only inside these sections). */
export const ASSOCIATIONS = {
  /** crm-evidence-2.md (A, Clockify 2026) */
  chickletLink: '[data-selenium-test="contact-chicklet-title-link"]',
  /** crm-evidence-2.md */
  card: '[data-test-id^="associated-objects-card-content-"]',
  /** crm-pages.md: the right sidebar's cards */
  sidebar: '[data-test-id="records-right-sidebar"]',
  /** Headed sections found by wording (a heading "Contacts (3)"), when no attribute is left. */
  heading: 'h2, h3, h4, h5, [role="heading"]',
} as const;

export const PROPERTIES = {
  /** crm-pages.md: `[data-selenium-test*="property-label"]`; public CSS: highlight items; class last resort. */
  label: any(
    '[data-selenium-test*="property-label"]',
    '[data-test-id^="highlight-property-item-"] > :first-child',
    '[class*="PropertyLabel"]',
  ),
  /** Form controls hold the value in their `value` (sidebar properties are inline-editable; guess). */
  control: 'input, textarea, select',
} as const;

export const TIMELINE = {
  /** crm-pages.md */
  container: '[data-test-id="crm-events-viz-timeline"]',
  card: any(
    '[data-selenium-test="timeline-card"]', // crm-pages.md
    '[data-test-id="timeline-preview-event"]', // public CSS
    '[data-test-id="timeline-note-event"]', // public CSS
  ),
  /**
   * When no test attribute is left (guess: class fragment). The older card's only: bare 2024+ previews
   * beside it are found by shape (beside-class-cards.ts).
   */
  cardFallback: '[class*="TimelineCard"]',
  /** public CSS: notes carry their own test id. */
  noteCard: '[data-test-id="timeline-note-event"]',
  /** crm-pages.md */
  title: '[data-selenium-test="timeline-editable-title"]',
  titleFallback: '[class*="EditableTitle"]',
  /** crm-pages.md: the engagement id is this element's `data-selenium-id`. */
  headerActions: '[data-selenium-test="timeline-header-actions"]',
  /** Public Selenium page objects: the pin button carries the same engagement id. */
  pinButton: '[data-selenium-test="timeline-pin-engagement-button"]',
  /** public CSS, crm-evidence-2.md */
  timestamp: '[data-test-id="event-timestamp"]',
  /**
   * Guesses (a bare `<time>`, a class fragment): the item's date where they stand in its header
   * line. One in the body is a date its notes speak of ("Agreed to meet on <time>Dec 2</time>") or
   * an earlier message's in a thread, not when the item happened.
   */
  timeGuess: any('time', '[class*="Timestamp"]'),
  /** The item's header line ("Logged call", "Email", …): guess, crm-pages.md names no attribute. */
  header: any(
    '[data-test-id="generic-preview-event-header"]', // crm-evidence-2.md
    '[data-test-id="timeline-event-header"]',
    '[class*="TimelineHeader"]',
    'header',
  ),
  /** Icon naming the item's kind (guess): its accessible label or title. */
  icon: any('[data-icon-name]', 'svg[aria-label]', '[role="img"][aria-label]', 'i[title]'),
  /** An item's own controls (its action bar's buttons and menus): their icons name actions, not the item. */
  control: any('button', 'a', '[role="button"]', '[role="menuitem"]'),
  /** Upcoming items are grouped apart from past ones (guess; also found by an "Upcoming" heading). */
  upcomingGroup: '[data-test-id*="upcoming"]',
  /** Links to contacts inside an item (URL shape from crm-pages.md). */
  contactLink: 'a[href*="/record/0-1/"], a[href*="/contact/"]',
} as const;

export const LOADING = any(
  '[data-test-id="timeline-event-container-loading-state"]', // public CSS
  '[class*="SkeletonText-"]', // public CSS (class fragment)
  '[aria-busy="true"]', // public CSS
  '[data-loading="true"]', // public CSS
);

/**
 * More items of a timeline that already shows some still on their way: the timeline's loading
 * state (public CSS, crm-evidence-2.md), or a busy region inside the timeline (no test id).
 */
export const TIMELINE_LOADING_MORE = {
  state: '[data-test-id="timeline-event-container-loading-state"]',
  /** Said by the timeline itself or by a region inside it. */
  busy: '[aria-busy="true"]',
  /** Inside the timeline: a busy region, or skeleton rows drawn below the items (public CSS, class fragment). */
  placeholder: any('[aria-busy="true"]', '[class*="SkeletonText-"]'),
  /**
   * Without the loading state's test id: a loading indicator by its ARIA role (WAI-ARIA's
   * `progressbar`; `status` as `lightning-spinner` renders one, salesforce/timeline-loading.ts),
   * told from an item's own bar by where it sits and what it states (timeline-spinner.ts).
   */
  spinner: any('[role="progressbar"]', '[role="status"]'),
  progressbar: '[role="progressbar"]',
  /** A control that fetches older items, found by its wording (words/*.ts `olderActivity`); no test id is known. */
  control: 'button, [role="button"], a',
  /** The record's sidebars are not the timeline: their controls never fetch timeline items (crm-pages.md). */
  sidebars: '[data-test-id="left-sidebar"], [data-test-id="records-right-sidebar"]',
} as const;

/**
 * The timeline's filter tabs (public CSS, crm-evidence-2.md), "activity" the unfiltered one;
 * without test ids, the tab list nearest the timeline, its first tab the unfiltered one.
 */
export const TIMELINE_FILTER = {
  tab: '[data-test-id^="timeline-tab-filter-"]',
  all: '[data-test-id="timeline-tab-filter-activity"]',
  list: '[role="tablist"]',
  listTab: '[role="tab"]',
  selected: '[aria-selected="true"]',
  /** The record's own tabs hold the timeline in a panel: their list is not the timeline's. */
  panel: '[role="tabpanel"]',
  /**
   * The filter bar's dropdowns ("Filter activity (24/26)", "All users", "All teams": crm-evidence-2.md's
   * filter controls, the 2024+ record's filter bar above the feed); no test id is known, the type
   * count is found by its "(shown/total)" shape (activity-type-count.ts).
   */
  control: 'button, [role="button"]',
} as const;

/** A deal's pipeline path, when the page shows one (guess: no public source shows its markup). */
export const STAGE_PATH = {
  step: any('[data-test-id="deal-stage-path"] li', '[data-test-id*="stage-tracker"] li', '#stage-select option'),
  current: '[aria-current="step"], [aria-selected="true"], option[selected]',
  /** Without attributes: a list whose one step is marked current (never a tab list). */
  list: 'ol, ul, [role="list"], [role="listbox"], [role="radiogroup"]',
  currentByAria: '[aria-current="step"], [aria-current="true"], [aria-selected="true"], [aria-checked="true"]',
} as const;
