/**
 * Every selector the Salesforce adapter uses, each with its source. "crm-pages.md" means the
 * evidence gathered there (Salesforce's public UI page objects); "SLDS" the public Lightning
 * Design System markup Lightning renders with; "guess" marks what no public source confirms.
 */
export const SEL = {
  /**
   * The shown page; cached views lack `active` (crm-pages.md, public Selenium page objects). In the
   * console each workspace tab holds its own `windowViewMode-maximized` view, every one `active`
   * (Salesforce Inspector Reloaded, Selenium page objects): only `consoleTab` tells them apart.
   */
  activeView:
    'div.windowViewMode-normal.oneContent.active.lafPageHost, div.windowViewMode-maximized.active.lafPageHost',
  /** Any view, shown or cached (crm-pages.md), the console's too. */
  anyView: 'div.windowViewMode-normal.oneContent, div.windowViewMode-maximized.lafPageHost',
  /** A console workspace tab (`section.tabContent.oneConsoleTab`), the focused one `active` (as `activeView`). */
  consoleTab: 'section.oneConsoleTab',
  activeConsoleTab: 'section.oneConsoleTab.active',
  /**
   * Record header tag names, LWC and newer dynamic highlights (crm-pages.md). Matched by tag
   * name, not a selector: some DOM libraries reject `_` in type selectors.
   */
  headerTags: ['records-highlights2', 'record_flexipage-dynamic-highlights2'],
  /** The record name inside the header's light DOM (crm-pages.md). */
  primaryField: '[slot="primaryField"]',
  /** Header title without slot attributes: SLDS page header (guess, label-text fallback). */
  headerTitle: 'h1 .slds-page-header__title, h1[title], .slds-page-header__title, h1',
  /** Field items, LWC then older Aura (crm-pages.md). */
  layoutItem: 'records-record-layout-item, force-record-layout-item',
  /** The LWC item's label attribute (crm-pages.md). */
  fieldLabelAttr: 'field-label',
  /** Aura label, also rendered inside LWC items (crm-pages.md). */
  fieldLabel: '.test-id__field-label',
  /** The shown value: LWC slot, then Aura's value wrapper, then SLDS control (crm-pages.md; SLDS). */
  fieldValue: '[slot="outputField"], .test-id__field-value, .slds-form-element__control',
  /** Stage path steps (crm-pages.md). */
  pathStep: 'li.runtime_sales_pathassistantPathAssistantTab',
  /** Current step class (crm-pages.md). */
  pathActive: 'slds-is-active',
  /** SLDS path: the record's stage, while `slds-is-active` follows a step the user clicked to read its guidance. */
  pathCurrent: 'slds-is-current',
  /** SLDS path: the closed step's outcome, whatever the org named its won and lost stages (SLDS path blueprint). */
  pathWon: 'slds-is-won',
  pathLost: 'slds-is-lost',
  /** A done step's marker (crm-pages.md). */
  pathComplete: 'span.complete',
  /** A step's visible title: SLDS path blueprint (SLDS; guess for Lightning's exact markup). */
  pathTitle: '.slds-path__title, .title',
  /** Activity timeline container (crm-pages.md). */
  timeline: 'div.skip-timeline-wrapper',
  /** Upcoming & overdue section (crm-pages.md; `open-activity-group`, crm-evidence-2.md). */
  upcoming: '.standardTimelineUpcomingActivities, div.open-activity-group',
  /** Past activities (crm-pages.md; `past-activity-group`, crm-evidence-2.md). */
  past: 'past-activity-groups .pastActivities .activityHistories, div.past-activity-group',
  /** The past part itself, holding its groups or the "No past activity" empty state (crm-pages.md). */
  pastPart: 'past-activity-groups, .pastActivities',
  /**
   * The rendered timeline item, also a loading placeholder while it is still empty
   * (crm-pages.md; corrected by crm-evidence-2.md, UTAM).
   */
  stencil: 'li.runtime_sales_activitiesActivityTimelineFixedStencil',
  /** One timeline item: SLDS timeline blueprint classes, then Lightning's own (SLDS; crm-evidence-2.md). */
  timelineItem:
    '.slds-timeline__item_expandable, .slds-timeline__item, li.runtime_sales_activitiesActivityTimelineFixedStencil',
  /** Item class tokens that name its record type, `li.row.Event`, `li.row.Task` (crm-evidence-2.md, an inference). */
  itemTypeTokens: ['Event', 'Task', 'EmailMessage', 'Call', 'Email'],
  /** Item kind class prefix: slds-timeline__item_call / _email / _event / _task (SLDS). */
  itemKindPrefix: 'slds-timeline__item_',
  /** Item subject link (public Selenium page object and crm-evidence-2.md: `a.subjectLink`, `title` = subject). */
  subject: 'a.subjectLink, .slds-timeline__title a, h3 a',
  /** Item date (SLDS `slds-timeline__date`; `dueDate` guess). */
  itemDate: '.slds-timeline__date, .dueDate',
  /** The item's summary sentence, `div[class*="summary"]` (crm-evidence-2.md); SLDS blueprint `p`. */
  summary: 'div[class*="summary"], .slds-timeline__summary',
  /** Item assistive type text (SLDS). */
  assistiveText: '.slds-assistive-text',
  /**
   * A field's label in an item or tile: `dt` and `label` by tag, SLDS's `slds-item_label` (tile
   * blueprint) and `slds-form-element__label`, Aura's label class (crm-pages.md).
   */
  fieldLabelElement: 'dt, label, .slds-item_label, .slds-form-element__label, .test-id__field-label',
  /** Expanded details of an item: label/value pairs (SLDS; guess for labels). */
  itemDetails: '.slds-timeline__item_details, article',
  /** Month group heading in past activities, "November • 2026" (guess). */
  groupHeading: '.slds-section__title, h3.slds-text-title, h2',
  /** Related list cards (SLDS `article.slds-card`; Lightning related list containers). */
  relatedCard: 'article.slds-card, lst-related-list-single-container, force-related-list-single-container',
  /** Lightning's related list containers, by tag name (Lightning related list components). */
  relatedList: 'lst-related-list-single-container, force-related-list-single-container',
  /** A card's title (SLDS card header). */
  cardTitle: '.slds-card__header-title, header h2',
  /** A related list tile's title: the SLDS tile blueprint's title element, else any heading (SLDS). */
  tileTitle: '.slds-tile__title, h1, h2, h3, h4, h5, h6, [role="heading"]',
  /** Table header cells of a related list (SLDS data table). */
  tableHeader: 'thead th',
  /** Table rows of a related list (SLDS data table). */
  tableRow: 'tbody tr',
  /** Row cells (SLDS data table). */
  tableCell: 'th, td',
  /**
   * A card about one record drawn inside another record's view: a lookup's hover card
   * (`.forceHoverPanel`, which public userscripts read on live pages), an SLDS popover or card
   * (SLDS blueprints; App Builder's Related Record component as an SLDS card is a guess). Whose
   * card it is, the link in its heading says (other-record-card.ts).
   */
  recordCard: '.forceHoverPanel, .slds-popover, article.slds-card',
  /**
   * Parts of the record's page that are never a card about another record, though a heading linking
   * one may come first in them: a tab set, its tabs and panels (SLDS tabs blueprint roles;
   * `lightning-tabset`, App Builder's `flexipage-tabset2`, as structure.ts), and a feed (WAI-ARIA
   * `role="feed"`; Chatter's posts are headed by their author's link).
   */
  pageRegion:
    '[role="tablist"], [role="tab"], [role="tabpanel"], [role="feed"], lightning-tabset, lightning-tab, flexipage-tabset2, flexipage-tab2',
  /** A feed's post, or any self-contained item with its own header (HTML `article`, WAI-ARIA `role="article"`). */
  post: 'article, [role="article"]',
  /** Headings by tag and ARIA role, and the `header` element cards and popovers put them in (HTML; SLDS). */
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"], header',
  /** A record link to another record (Lightning URL shape, crm-pages.md). */
  recordLink: 'a[href*="/lightning/r/"]',
} as const;
