/** HubSpot-like look: dark top bar, three columns, white cards on a light grey canvas, teal links. */
export const css = `
body { margin: 0; font: 14px/1.4 "Lexend Deca", Helvetica, Arial, sans-serif; color: #33475b; background: #f5f8fa; }
.Page__Shell-sc-1z0a9x { display: grid; grid-template-columns: 200px 1fr; min-height: 100vh; }
.GlobalNav__TopBar-sc-3h1q0b { grid-column: 1 / -1; display: flex; justify-content: flex-end; padding: 6px 12px; background: #2d3e50; }
#hs-nav-v4 { background: #2d3e50; color: #fff; padding: 12px; }
#hs-nav-v4 ul { list-style: none; padding: 0; margin: 12px 0 0; }
#hs-nav-v4 a { color: #cbd6e2; text-decoration: none; display: block; padding: 4px 0; font-size: 13px; }
#hs-nav-v4 a:hover { color: #fff; }
.Navigation__Portal-sc-2l1x0a-1 { font-weight: 600; color: #ff7a59; }
[hidden] { display: none !important; }
.RecordPage__Layout-sc-k2j4h1 { display: grid; grid-template-columns: 300px 1fr 280px; min-height: 100vh; }
[data-test-id="left-sidebar"] { background: #fff; border-right: 1px solid #dfe3eb; padding: 16px; }
[data-test-id="middle-pane"] { padding: 16px 24px; }
[data-test-id="records-right-sidebar"] { background: #fff; border-left: 1px solid #dfe3eb; padding: 16px; }
[data-selenium-test$="-highlight-details"] h3 { font-size: 20px; margin: 8px 0 4px; color: #33475b; }
.Avatar__Circle-sc-0qk1a { width: 56px; height: 56px; border-radius: 50%; background: #ff7a59; color: #fff; display: grid; place-items: center; font-weight: 600; }
.RecordActions__Row-sc-6c0s2f { display: flex; gap: 6px; margin: 12px 0; flex-wrap: wrap; }
button { font: inherit; border: 1px solid #cbd6e2; background: #f5f8fa; color: #33475b; border-radius: 3px; padding: 4px 8px; cursor: pointer; }
#pipeline-select, #stage-select { display: block; width: 100%; text-align: left; margin-bottom: 8px; background: #fff; }
.PropertyInput__Row-sc-9x2mq { padding: 6px 0; border-bottom: 1px solid #eaf0f6; }
[data-selenium-test="property-label"] { display: block; font-size: 12px; color: #516f90; }
[role="tablist"] { display: flex; gap: 4px; border-bottom: 1px solid #dfe3eb; margin-bottom: 12px; }
[role="tab"] { border: 0; background: none; padding: 8px 12px; }
[role="tab"][aria-selected="true"] { box-shadow: inset 0 -3px #0091ae; font-weight: 600; }
[data-test-id^="card-wrapper-"] { background: #fff; border: 1px solid #dfe3eb; border-radius: 4px; padding: 12px; margin-bottom: 12px; }
[data-test-id^="card-wrapper-"] a, [data-test-id="middle-pane"] a { color: #0091ae; display: block; }
[data-test-id="deal-stage-path"] { display: flex; list-style: none; padding: 0; gap: 2px; }
[data-test-id="deal-stage-path"] li { flex: 1; background: #eaf0f6; padding: 6px; font-size: 12px; text-align: center; }
[data-test-id="deal-stage-path"] li[aria-current="step"] { background: #0091ae; color: #fff; }
.TimelineGroup__Heading-sc-0b1k2-1 { font-size: 14px; color: #516f90; margin: 16px 0 8px; }
[data-selenium-test="timeline-card"] { background: #fff; border: 1px solid #dfe3eb; border-radius: 4px; padding: 12px; margin-bottom: 8px; }
[data-test-id="timeline-note-event"] { background: #fef8f0; border-color: #f5c26b; }
.TimelineHeader__StyledHeader-sc-93kd2a { display: flex; gap: 8px; align-items: center; font-weight: 600; }
[data-test-id="event-timestamp"] { margin-left: auto; font-weight: 400; font-size: 12px; color: #7c98b6; }
[data-selenium-test="timeline-editable-title"] { display: block; font-weight: 600; margin: 6px 0; }
.TimelineProperty__Row-sc-8ad1c2 { display: inline-flex; gap: 4px; margin-right: 16px; font-size: 12px; }
.TimelineProperty__Label-sc-8ad1c2-1 { color: #7c98b6; }
.SkeletonText-sc-1x5b7d { display: block; height: 12px; margin: 8px 0; background: #eaf0f6; border-radius: 3px; }
table { border-collapse: collapse; background: #fff; margin: 16px; }
td, th { border: 1px solid #dfe3eb; padding: 6px 12px; text-align: left; }
`;
