/**
 * English UI and report strings. This object is the shape every other language must match
 * (see `LocaleResource` in ./types.ts and the locales test). Interpolation uses i18next's
 * `{{name}}` placeholders; no plural suffixes, so every key exists in every language.
 */
import { presentEn } from './areas/present';
import { editorEn } from './areas/editor';
import { guidanceEn } from './areas/guidance';
import { situationEn } from './areas/situation';
import { strategyEditorEn } from './areas/strategy-editor';
import { summaryEditorEn } from './areas/summary-editor';
import { swotEditorEn } from './areas/swot-editor';
import { objectivesEditorEn } from './areas/objectives-editor';
import { VALIDATION_MESSAGES } from '../domain/messages';
import { planFilesEn } from './areas/plan-files';
import { backupsEn } from './areas/backups';
import { rfmEn } from './areas/rfm';
import { sheetImportEn } from './areas/sheet-import';
import { scenariosEn } from './areas/scenarios';
import { kpiLinkEn } from './areas/kpi-link';
import { playbooksEn } from './areas/playbooks';
import { reportEn } from './areas/report';
import { healthEn } from './areas/health';
import { chartsEn } from './areas/charts';
import { summaryDraftEn } from './areas/summary-draft';
import { samplesEn } from './areas/samples';
import { exportDialogEn } from './areas/export-dialog';
import { actionsEditorEn } from './areas/actions-editor';
import { budgetEditorEn } from './areas/budget-editor';
import { controlEditorEn } from './areas/control-editor';
import { actualsEn } from './areas/actuals';
import { shortcutsEn } from './areas/shortcuts';
import { classesEn } from './areas/classes';
import { handOutEn } from './areas/hand-out';

import { versionsEn } from './areas/versions';
import { teamEn } from './areas/team';
export const en = {
  /** What the Node side says of a refused value: the same English text it sends. */
  validation: VALIDATION_MESSAGES,
  versions: versionsEn,
  team: teamEn,
  budgetEditor: budgetEditorEn,
  controlEditor: controlEditorEn,
  actuals: actualsEn,
  planFiles: planFilesEn,
  classes: classesEn,
  handOut: handOutEn,
  backups: backupsEn,
  rfm: rfmEn,
  sheetImport: sheetImportEn,
  scenarios: scenariosEn,
  kpiLink: kpiLinkEn,
  playbooks: playbooksEn,
  editor: editorEn,
  guidance: guidanceEn,
  situation: situationEn,
  strategyEditor: strategyEditorEn,
  summaryEditor: summaryEditorEn,
  swotEditor: swotEditorEn,
  objectivesEditor: objectivesEditorEn,
  report: reportEn,
  health: healthEn,
  charts: chartsEn,
  summaryDraft: summaryDraftEn,
  samples: samplesEn,
  exportDialog: exportDialogEn,
  actionsEditor: actionsEditorEn,
  errors: {
    invalidRequest: 'The request is not valid ({{detail}}).',
    notFound: 'It was not found. It may have been deleted.',
    trashed: 'This plan is in the trash. Restore it to edit it.',
    missingLinks: 'This row links to rows that do not exist in the plan.',
    dependencyLoop: 'These dependencies would make a loop: an action would wait for itself.',
    periodOrder: 'The plan period ends before it starts.',
    diskFull: 'The disk is full, so this change was not saved. Free some space on the disk and try again; your plans are as they were.',
    listFull: 'This list is full: a plan holds at most {{max}} rows in each list. Nothing was changed.',
    libreOfficeMissing: 'PDF export needs LibreOffice, which isn’t installed on this computer. Install it, or export a Word document instead.',
    unreachable: 'Planwright’s data service could not be reached.',
    versionTooNew: 'This version was saved by a newer version of Planwright. Update the app to open it.',
    sheetEmpty: 'The file holds no rows.',
    sheetTooLarge: 'The file is larger than {{max}} MB. Split it, or keep only the rows to import.',
    sheetTooManyCells: 'The file holds more than {{max}} cells. Keep only the sheet and rows to import.',
    sheetUnreadable: 'This file is not a spreadsheet Planwright can read. Choose an .xlsx workbook or a CSV file.',
    sheetOldExcel: 'This is an old Excel file (.xls). Save it as an .xlsx workbook and choose it again.',
    sheetNotUtf8: 'This CSV file is not UTF-8 text. Save it from your spreadsheet as “CSV UTF-8” and choose it again.',
    teamNotConfigured: 'No team library is set up. Open Team in the library and enter your server’s details.',
    teamNoPassword: 'The team library needs your password. Enter it under Team → Connection.',
    teamUnreachable:
      'The team library’s server did not answer ({{detail}}). Check the host and port, and your network; your plans here are safe and still editable.',
    teamAuth: 'The team library’s server refused the user name or password.',
    teamTls: 'The secure connection to the team library could not be checked ({{detail}}). Planwright only connects over TLS it can verify.',
    teamSchemaMissing: 'This database has no Planwright team library yet. Ask its owner to set it up (planwright team setup).',
    teamSchemaNewer:
      'This team library was set up by a newer Planwright (schema {{server}}; this app knows {{app}}). Update Planwright to use it; nothing was changed.',
    teamNotMember: 'You are not a member of any team in this library. Ask its owner to add you.',
    teamConflict: 'Someone published a newer version of this plan first (version {{headVersion}}). Sync to keep both and choose.',
    teamLocked: 'A lead locked this plan at version {{lockedVersion}}. Ask a lead to unlock it before publishing.',
    teamDenied: 'The team library refused this: {{detail}}',
    teamConnectionLost: 'The connection to the team library was lost. Nothing was lost; sync again to carry on.',
    connectionLost: 'The connection to Planwright was lost before it answered, so this change may not have been saved.',
  },
  app: {
    name: 'Planwright',
    tagline: 'Marketing plans, step by step',
  },
  common: {
    cancel: 'Cancel',
    close: 'Close',
    retry: 'Retry',
    undo: 'Undo',
    loading: 'Loading…',
    dismiss: 'Dismiss',
  },
  saveStatus: {
    saved: 'All changes saved',
    saving: 'Saving…',
    error: 'Couldn’t save: {{reason}}',
  },
  settings: {
    button: 'Settings',
    title: 'Settings',
    language: 'Language',
    languageSystem: 'Automatic ({{language}})',
    theme: 'Appearance',
    themeSystem: 'Match system',
    themeLight: 'Light',
    themeDark: 'Dark',
  },
  languages: {
    en: 'English',
    'zh-CN': '简体中文',
  },
  present: presentEn,
  shortcuts: shortcutsEn,
  library: {
    title: 'Plans',
    trashTitle: 'Trash',
    viewLabel: 'Show',
    tabPlans: 'Plans',
    tabTrash: 'Trash',
    search: 'Search plans',
    searchPlaceholder: 'Name, client or author',
    newPlan: 'New plan',
    tableLabel: 'Your plans',
    trashTableLabel: 'Plans in the trash',
    columnName: 'Name',
    columnClient: 'Client',
    columnAuthor: 'Author',
    noAuthor: 'No author',
    columnPeriod: 'Plan period',
    columnCurrency: 'Currency',
    columnProgress: 'Progress',
    columnModified: 'Last modified',
    columnDeleted: 'Moved to trash',
    columnActions: 'Actions',
    sortBy: 'Sort by {{column}}',
    noClient: 'No client',
    progressLabel: 'Progress of {{name}}',
    actionsFor: 'Actions for {{name}}',
    open: 'Open',
    rename: 'Rename…',
    duplicate: 'Duplicate',
    moveToTrash: 'Move to trash',
    restore: 'Restore',
    deletePermanently: 'Delete permanently…',
    emptyTrash: 'Empty trash…',
    emptyTitle: 'No plans yet',
    emptyBody:
      'A marketing plan takes you from the market situation to objectives, actions, budget and control. Start one and fill it in part by part.',
    emptyAction: 'Create your first plan',
    noMatchesTitle: 'No plans match “{{query}}”',
    noMatchesBody: 'Try another name, client or author, or clear the search to see all plans.',
    clearSearch: 'Clear search',
    trashEmptyTitle: 'The trash is empty',
    trashEmptyBody: 'Plans you move to the trash stay here until you delete them permanently, so you can always restore them.',
    backToPlans: 'Back to plans',
    trashHint: 'Plans in the trash can be restored until you delete them permanently.',
    loadFailed: 'The plans couldn’t be loaded: {{reason}}',
    toastTrashed: '“{{name}}” moved to the trash',
    toastRestored: '“{{name}}” restored',
    toastDuplicated: '“{{name}}” created',
    toastDeleted: '“{{name}}” deleted permanently',
    toastEmptied: 'Trash emptied: {{total}} deleted',
    copyName: '{{name}} (copy)',
  },
  newPlan: {
    title: 'New plan',
    description: 'You can change all of this later in the plan’s details.',
    name: 'Plan name',
    namePlaceholder: 'e.g. Spring enrolment campaign',
    client: 'Client or company',
    clientPlaceholder: 'Who the plan is for',
    currency: 'Currency',
    language: 'Language',
    languageHint: 'The language of the plan’s report.',
    periodStart: 'Plan period start',
    periodEnd: 'Plan period end',
    submit: 'Create plan',
    failed: 'The plan couldn’t be created: {{reason}}',
  },
  rename: {
    title: 'Rename plan',
    name: 'Plan name',
    submit: 'Rename',
  },
  confirmDelete: {
    title: 'Delete permanently',
    body: 'Delete “{{name}}” permanently? This can’t be undone.',
    confirm: 'Delete permanently',
  },
  confirmEmpty: {
    title: 'Empty trash',
    body: 'Permanently delete every plan in the trash ({{total}})? This can’t be undone.',
    confirm: 'Empty trash',
  },
  currencies: {
    label: '{{code}} — {{name}}',
  },
  time: {
    justNow: 'just now',
  },
  workspace: {
    backToLibrary: 'Plans',
    breadcrumb: 'Breadcrumb',
    railLabel: 'Parts of the plan',
    details: 'Plan details',
    detailsDescription: 'The plan’s header: who it is for, who wrote it, its currency, language and period. It appears on the report’s cover.',
    loading: 'Opening plan…',
    notFoundTitle: 'This plan can’t be found',
    notFoundBody: 'It may have been deleted permanently. Go back to the library to see the plans you have.',
    loadFailed: 'The plan couldn’t be opened: {{reason}}',
    inTrash: 'This plan is in the trash. Restore it to keep working on it.',
    restore: 'Restore plan',
    pager: 'Previous and next section',
    sidePanel: 'Plan overview',
    hideRail: 'Hide the parts',
    showRail: 'Show the parts',
    hidePanel: 'Hide progress and plan health',
    showPanel: 'Show progress and plan health',
  },
  details: {
    name: 'Plan name',
    client: 'Client or company',
    author: 'Author',
    authorPlaceholder: 'Your name',
    versionLabel: 'Version',
    versionPlaceholder: 'e.g. 1.0 or Draft 2',
    currency: 'Currency',
    language: 'Language',
    periodStart: 'Period start',
    periodEnd: 'Period end',
    sectionWho: 'Who and what',
    sectionFormat: 'Money, language and period',
    autosaveHint: 'Changes are saved as you type.',
  },
  progress: {
    title: 'Progress',
    description: 'The share of the items each part needs before a planner would call it drafted, across all eight parts.',
    partsTitle: 'Parts',
    partDone: '{{done}} of {{total}} done',
    period: 'Plan period',
    currency: 'Currency',
    modified: 'Last saved',
    created: 'Created',
  },
  parts: {
    summary: 'Executive summary',
    situation: 'Current marketing situation',
    swot: 'Threats and opportunities',
    objectives: 'Objectives and issues',
    strategy: 'Marketing strategy',
    actions: 'Action programs',
    budget: 'Budget',
    control: 'Control',
  },
  partAnswers: {
    summary:
      'The main goals and recommendations on one page, so management can skim the plan. Written last; the app can draft it from the other parts.',
    situation: 'Background on market, product, competition, distribution and the macro environment.',
    swot: 'The main threats and opportunities the product will face (SWOT, with the internal strengths and weaknesses).',
    objectives: 'What the plan must achieve, and the issues that bear on it.',
    strategy: 'The marketing logic: targeting, positioning and the marketing mix (4P).',
    actions: 'What will be done, when, by whom, at what cost.',
    budget: 'A projected profit-and-loss statement that follows from the actions.',
    control: 'How progress is measured against targets and corrected.',
  },
} as const;
