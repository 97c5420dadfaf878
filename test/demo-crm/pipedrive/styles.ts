/** Roughly Pipedrive's look: dark-green left nav, white cards on grey, green stage chevrons. */
export const css = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.4 "Source Sans Pro", -apple-system, "Segoe UI", sans-serif; color: #192435; background: #f5f5f6; }
a { color: #317ae2; text-decoration: none; }
a:hover { text-decoration: underline; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.app { display: flex; min-height: 100vh; }
.app-nav { width: 64px; background: #1b2b3a; display: flex; flex-direction: column; align-items: center; padding-top: 12px; gap: 6px; }
.app-nav__logo { color: #fff; font-weight: 700; font-size: 24px; margin-bottom: 12px; }
.app-nav__item { color: #c8d0d9; font-size: 11px; padding: 8px 4px; }
.app-main { flex: 1; display: flex; flex-direction: column; min-width: 0; }
.top-bar { height: 56px; background: #fff; border-bottom: 1px solid #e0e2e6; display: flex; align-items: center; padding: 0 16px; }
.top-bar__user { margin-left: auto; }
.top-bar__search { width: 360px; padding: 6px 10px; border: 1px solid #c4c8cf; border-radius: 4px; }
.page { display: flex; }
.record-list { width: 200px; background: #fff; border-right: 1px solid #e0e2e6; display: flex; flex-direction: column; }
.record-list__item { padding: 6px 12px; font-size: 13px; color: #192435; }
.record-list__item.is-current { background: #e9f1fc; font-weight: 600; }
.detail-view { flex: 1; min-width: 0; }
.detail-header { background: #fff; padding: 16px 24px; border-bottom: 1px solid #e0e2e6; display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; }
.detail-header__row { display: flex; align-items: center; gap: 12px; width: 100%; }
.detail-header__title { font-size: 22px; margin: 0; }
.detail-header.is-rotting .detail-header__title { color: #e3182d; }
.rotting-badge { background: #fde8ea; color: #e3182d; border-radius: 10px; padding: 2px 8px; font-size: 12px; }
.avatar { width: 40px; height: 40px; border-radius: 50%; background: #08a742; color: #fff; display: grid; place-items: center; }
.deal-value { font-size: 16px; font-weight: 600; }
.deal-actions, .deal-status-group { margin-left: auto; display: flex; gap: 8px; }
.button { border: 1px solid #c4c8cf; background: #fff; border-radius: 4px; padding: 6px 14px; cursor: pointer; }
.button--won { background: #08a742; color: #fff; border-color: #08a742; }
.button--lost { background: #e3182d; color: #fff; border-color: #e3182d; }
.deal-status { border-radius: 4px; padding: 6px 14px; color: #fff; font-weight: 700; text-transform: uppercase; }
.deal-status--won { background: #08a742; } .deal-status--lost { background: #e3182d; }
.stage-bar { width: 100%; }
.pipeline-name { font-size: 12px; color: #6a7580; }
.stages { display: flex; list-style: none; padding: 0; margin: 4px 0 0; gap: 2px; }
.stage { flex: 1; height: 24px; background: #e0e2e6; color: #6a7580; font-size: 11px; display: grid; place-items: center;
  clip-path: polygon(0 0, calc(100% - 8px) 0, 100% 50%, calc(100% - 8px) 100%, 0 100%, 8px 50%); }
.stage--passed, .stage--current { background: #08a742; color: #fff; }
.detail-body { display: flex; gap: 16px; padding: 16px 24px; align-items: flex-start; }
.detail-sidebar { width: 320px; flex-shrink: 0; display: flex; flex-direction: column; gap: 12px; }
.sidebar-section { background: #fff; border: 1px solid #e0e2e6; border-radius: 6px; }
.sidebar-section__toggle { width: 100%; text-align: left; font-weight: 700; background: none; border: 0; padding: 10px 14px; }
.sidebar-section__body { padding: 0 14px 12px; display: flex; flex-direction: column; gap: 6px; }
.field { display: flex; gap: 8px; }
.field__label { width: 130px; color: #6a7580; flex-shrink: 0; }
.field__kind { color: #6a7580; }
.detail-header .field { margin-left: auto; }
.detail-main { flex: 1; min-width: 0; display: flex; flex-direction: column; gap: 16px; }
.composer { background: #fff; border: 1px solid #e0e2e6; border-radius: 6px; padding: 8px; }
.composer__tab { background: none; border: 0; padding: 6px 10px; color: #317ae2; }
.composer__tab[aria-selected="true"] { border-bottom: 2px solid #317ae2; }
.composer__input { margin-top: 8px; padding: 10px; border: 1px solid #e0e2e6; border-radius: 4px; color: #a0a7af; }
.section-title { font-size: 15px; margin: 0 0 8px; }
.history-tabs { display: flex; gap: 4px; margin-bottom: 8px; }
.history-tabs__tab { background: #fff; border: 1px solid #e0e2e6; border-radius: 14px; padding: 3px 10px; font-size: 12px; }
.history-tabs__count { margin-left: 4px; color: #6a7580; }
.flow-item { display: flex; gap: 10px; margin-bottom: 10px; }
.flow-item__icon { width: 28px; height: 28px; border-radius: 50%; background: #fff; border: 1px solid #c4c8cf; display: grid; place-items: center; font-size: 12px; flex-shrink: 0; }
.flow-item__card { flex: 1; background: #fff; border: 1px solid #e0e2e6; border-radius: 6px; padding: 10px 12px; }
.flow-item--note .flow-item__card { background: #fff8d6; border-color: #f2e29b; }
.flow-item--planned .flow-item__card { border-left: 3px solid #317ae2; }
.flow-item__header { display: flex; align-items: center; gap: 8px; }
.flow-item__type { font-size: 11px; text-transform: uppercase; color: #6a7580; }
.flow-item__subject { font-weight: 600; }
.activity-status { margin-left: auto; font-size: 11px; color: #6a7580; }
.done-toggle { width: 16px; height: 16px; border-radius: 50%; border: 1px solid #a0a7af; background: #fff; padding: 0; }
.done-toggle--done { background: #08a742; border-color: #08a742; }
.flow-item__meta { font-size: 12px; color: #6a7580; margin-top: 4px; }
.email-direction, .sequence-tag { font-size: 11px; background: #eef1f4; border-radius: 8px; padding: 1px 6px; }
.email-from, .email-to, .email-snippet, .call-outcome, .flow-item__body, .note-body, .change { margin-top: 4px; }
.skeleton { background: linear-gradient(90deg, #e9ebee, #f5f6f7, #e9ebee); border-radius: 4px; }
.skeleton__bar { height: 18px; margin: 16px 24px; }
.skeleton__sidebar { width: 320px; height: 300px; }
.list-view { flex: 1; padding: 16px 24px; }
.list-table { width: 100%; background: #fff; border-collapse: collapse; }
.list-table td { border-bottom: 1px solid #e0e2e6; padding: 8px 12px; }
`;
