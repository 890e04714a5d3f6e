/**
 * Every size limit of Planwright, in one table: the schemas (and so the editor, the command map
 * and the plan-file parser), the store and the transports all read them from here, so a plan the
 * app lets you build is always a plan its own file can carry back in.
 */
export const LIMITS = {
  /** Names, owners, units: one line. */
  shortText: 200,
  /** Statements, notes. */
  text: 2_000,
  /** Narratives (rich text, counted as plain text). */
  longText: 20_000,
  /** Rows of one list of one plan (segments, actions, KPIs…): checked on every new row and on import. */
  listRows: 2_000,
  /** Blocks of a rich-text narrative, items of one list in it, paragraphs of one item, pieces of one paragraph. */
  richBlocks: 2_000,
  richListItems: 500,
  richItemParagraphs: 50,
  richInlines: 2_000,
  /** Links of one row (an action's objectives or dependencies; a TOWS strategy's SWOT items) and a KPI's periods. */
  rowLinks: 100,
  towsItems: 40,
  kpiPeriods: 120,
  /** Plans added to or removed from a class in one request; a class itself may hold more. */
  classPlans: 500,
  /** Method playbooks one plan follows. */
  playbooks: 20,
  /** Customers of a customer list kept in a plan (RFM tiering); a spreadsheet of this many fits `MAX_SHEET_CELLS`. */
  customerListRows: 100_000,
} as const;

const MB = 1024 * 1024;

/**
 * A plan file, in bytes of UTF-8. A plan at every list's limit is a few MB; a file far past this
 * is no plan and is refused before it is read into memory.
 */
export const MAX_PLAN_FILE_BYTES = 32 * MB;

/**
 * One request over a transport (POST body, WebSocket message). Importing sends the file's text
 * as a JSON string, where quotes and backslashes double: twice the file and room for the rest,
 * so every file the reader accepts also fits through every transport.
 */
export const MAX_REQUEST_BYTES = 2 * MAX_PLAN_FILE_BYTES + MB;

/**
 * A spreadsheet sent to be read into cells (the import dialog, an RFM customer list): the file's
 * bytes, and the cells of all its sheets. An .xlsx is a zip whose cells take many times its size
 * once read, so both are bounded; a plan's table or a customer list of 100,000 rows fits well.
 */
export const MAX_SHEET_FILE_BYTES = 10 * MB;
export const MAX_SHEET_CELLS = 2_000_000;

/** The length of `bytes` bytes written as base64 (how a file's bytes cross a transport). */
export const base64Length = (bytes: number): number => Math.ceil(bytes / 3) * 4;

/** Bytes as whole megabytes, for messages. */
export const inMegabytes = (bytes: number): number => Math.round(bytes / MB);
