import type { SalesforceWords } from './types';

/** English as Lightning prints it (crm-evidence-2.md: summary sentences, due dates, section headings). */
export const en: SalesforceWords = {
  typeWords: {
    call: ['Call', 'Logged Call', 'Log a Call'],
    email: ['Email', 'List Email', 'Email Message'],
    meeting: ['Event', 'Meeting'],
    task: ['Task'],
  },
  subjectType: { call: ['Call', 'Phone'], email: ['Email'] },
  sentenceType: {
    call: ['logged a call', 'a call with'],
    email: ['sent an email', 'sent you an email', 'an email'],
    meeting: ['an event', 'upcoming event'],
  },
  upcoming: ['have an upcoming', 'has an upcoming'],
  overdueSentence: ['have an overdue', 'has an overdue'],
  done: ['had a', 'had an', 'logged a', 'logged an', 'sent an', 'sent you'],
  inboundEmail: ['sent you an email'],
  sentenceShapes: [],
  actorVerbs: ['logged', 'had', 'has', 'have', 'sent'],
  you: ['You'],
  // crm-evidence-2.md: "You had a Task with X and 2 others".
  othersTail: ['and {n} others'],
  // crm-evidence-2.md: "'with' names a contact or lead, 'about' a related record".
  relatedRecord: ['about {record}'],
  automation: ['List Email', 'Mass Email', 'Cadence', 'Sales Engagement', 'High Velocity Sales'],
  from: ['From'],
  to: ['To'],
  overdue: ['Overdue'],
  noDueDate: ['No due date'],
  upcomingSection: ['Upcoming & Overdue', 'Upcoming and Overdue', 'Open Activities', 'Next Steps'],
  // "This Month" is crm-evidence-2.md's (B); "Last Month" and "Next Month" are a guess in its style.
  monthGroups: { previous: ['Last Month'], current: ['This Month'], next: ['Next Month'] },
  currentStep: ['Current Stage'],
  closedPlaceholder: ['Closed'],
  closedWon: ['Closed Won'],
  closedLost: ['Closed Lost'],
  callResults: {
    // "Not Interested" is an answer only someone on the phone gives: the call reached a person.
    connected: ['Meaningful Connect', 'Not Interested'],
    voicemail: ['Left Voicemail'],
    // "Call Back Later" may be what the person asked or the rep's own retry after no answer (the
    // documented results have no "No Answer"); "Unqualified" may come from a talk or from a wrong
    // number or the record's data. Neither says whether anyone was reached.
    unsettled: ['Call Back Later', 'Unqualified'],
  },
  inboundCall: ['Inbound'],
  // "View More" is the wording the brief names beside "Show All Activities"; where Lightning puts
  // it (below the last group, as "Load More Past Activities") is a guess, no capture found (trust C).
  loadMore: ['Load More Past Activities', 'Load More Past Activity', 'Load More Activities', 'Load More', 'View More'],
  showAll: ['Show All Activities'],
  filtersLabel: ['Filters', 'Filter'],
  allFilters: ['All time', 'All activities', 'All types'],
  labels: {
    contactName: ['Name', 'Full Name'],
    dealName: ['Opportunity Name', 'Name'],
    email: ['Email'],
    phone: ['Phone', 'Mobile', 'Mobile Phone'],
    company: ['Account Name', 'Company'],
    contactOwner: ['Contact Owner', 'Lead Owner', 'Owner'],
    dealOwner: ['Opportunity Owner', 'Owner'],
    lastActivity: ['Last Activity', 'Last Activity Date'],
    created: ['Created By', 'Created Date', 'Created'],
    stage: ['Stage'],
    amount: ['Amount'],
    closeDate: ['Close Date'],
    lastStageChange: ['Last Stage Change Date'],
    stageDuration: ['Days in Stage', 'Stage Duration'],
    stageHistory: ['Stage History'],
    contactRoles: ['Contact Roles', 'Opportunity Contact Roles'],
    historyStage: ['Stage', 'To Stage'],
    historyDate: ['Last Modified', 'Last Modified Date', 'Date'],
    roleContact: ['Contact Name', 'Name', 'Contact'],
    notes: ['Notes', 'Notes & Attachments'],
    noteTitle: ['Title', 'Name'],
    noteDate: ['Created Date', 'Created', 'Last Modified', 'Date'],
    noteOwner: ['Created By', 'Owner', 'Last Modified By'],
    fieldHistory: ['Contact History', 'Lead History', 'Opportunity Field History', 'Opportunity History'],
    historyField: ['Field', 'Field / Event', 'Action'],
    historyNewValue: ['New Value'],
    historyUser: ['User', 'Edited By', 'Changed By'],
    historyWhen: ['Date', 'Edited', 'Created Date'],
    callResult: ['Call Result', 'Call Outcome'],
    /** The activity's owner column in Open Activities and Activity History (Salesforce Help, Task field "Assigned to"). */
    assignedTo: ['Assigned To'],
  },
};
