/** Roughly Lightning's look: blue global header, grey page, white cards, three columns. */
export const css = `
body { margin: 0; font-family: -apple-system, "Salesforce Sans", Arial, sans-serif; font-size: 13px; background: #f3f3f3; color: #181818; }
a { color: #0176d3; text-decoration: none; }
.oneGlobalNav { height: 44px; background: #fff; border-bottom: 1px solid #dddbda; display: flex; align-items: center; padding: 0 16px; font-weight: 700; color: #0176d3; }
.slds-global-actions__avatar { margin-left: auto; }
.slds-context-bar { display: flex; gap: 16px; align-items: center; height: 40px; background: #fff; border-bottom: 3px solid #0176d3; padding: 0 16px; }
.slds-context-bar nav { display: flex; gap: 16px; }
.appName { font-size: 16px; font-weight: 600; }
.oneContent:not(.active) { display: none; }
.oneCenterStage { padding: 12px; }
records-highlights2 { display: block; background: #fff; border: 1px solid #dddbda; border-radius: 4px; padding: 12px 16px; margin-bottom: 12px; }
records-highlights2 [slot="primaryField"] { font-size: 18px; font-weight: 700; display: block; }
records-highlights-details-item { display: inline-block; margin: 8px 32px 0 0; }
.slds-text-title { color: #706e6b; font-size: 12px; margin: 0; }
.record-columns { display: grid; grid-template-columns: 1fr 2fr 1fr; gap: 12px; }
.col-left, .col-main, .col-right { display: flex; flex-direction: column; gap: 12px; }
.slds-card, records-record-layout-section, .slds-tabs_default, .slds-path { background: #fff; border: 1px solid #dddbda; border-radius: 4px; padding: 12px; }
.slds-card__header-title { font-size: 14px; margin: 0 0 8px; }
.slds-table { width: 100%; border-collapse: collapse; }
.slds-table th, .slds-table td { text-align: left; padding: 4px; border-bottom: 1px solid #eee; font-weight: 400; }
.slds-table thead th { color: #706e6b; font-size: 12px; }
records-record-layout-item { display: block; border-bottom: 1px solid #dddbda; padding: 4px 0; }
.slds-form-element__label { display: block; color: #706e6b; font-size: 12px; }
.test-id__inline-edit-trigger { display: none; }
.slds-path__nav { display: flex; list-style: none; margin: 0; padding: 0; }
.slds-path__item { flex: 1; text-align: center; padding: 6px; background: #ecebea; margin-right: 2px; }
.slds-path__item.slds-is-complete { background: #2e844a; color: #fff; }
.slds-path__item.slds-is-active { background: #0176d3; color: #fff; }
.slds-assistive-text { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.slds-timeline { list-style: none; margin: 0; padding: 0; }
.slds-timeline__item { border-left: 2px solid #dddbda; margin-left: 12px; padding: 0 0 12px 16px; }
.slds-timeline__item_call .slds-icon_container { background: #48c3cc; }
.slds-timeline__item_email .slds-icon_container { background: #939393; }
.slds-timeline__item_event .slds-icon_container { background: #cb65ff; }
.slds-timeline__item_task .slds-icon_container { background: #4bc076; }
.slds-icon_container { display: inline-block; width: 20px; height: 20px; border-radius: 4px; }
.slds-media { display: flex; gap: 8px; }
.slds-media__body { flex: 1; }
.slds-grid_align-spread { display: flex; justify-content: space-between; }
.slds-timeline__date { color: #706e6b; margin: 0; }
.slds-timeline__item_details { background: #f3f3f3; padding: 8px; margin-top: 4px; }
.slds-timeline__item_details ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 8px 24px; }
.slds-section__title { font-size: 13px; background: #f3f3f3; padding: 4px 8px; margin: 12px 0 8px; }
.overdue { color: #ea001e; margin-right: 6px; }
.runtime_sales_activitiesActivityTimelineFixedStencil .stencil-line, .stencil-line { height: 12px; background: #ecebea; border-radius: 6px; margin: 10px 0; }
.recent-records ul { list-style: none; padding: 0; margin: 0; }
`;
