/**
 * What a COUNTER R5 / R5.1 report reads into, whichever its form (JSON from the COUNTER API or a file,
 * tabular TSV/CSV). The JSON and the tabular form of one report read into the same items (one item per
 * tabular body row: one title/platform/database/item × attribute set × metric, with its monthly counts),
 * so both give the same totals. Readers live in this folder and only read: storing is the usage module's.
 */

/** "5" (R5.0.x) or "5.1". */
export type CounterRelease = '5' | '5.1';

/** A COUNTER exception as the report header (or a SUSHI error body) carries it. */
export interface CounterException {
  code: number;
  message: string;
  /** R5.0 only (Warning, Error, Fatal, Debug, Info). */
  severity: string | null;
  data: string | null;
  helpUrl: string | null;
}

/** An identifier as COUNTER lists them (Institution_ID, Publisher_ID): ISNI, ISIL, ROR, Proprietary … */
export interface CounterTypedId {
  type: string;
  value: string;
}

export interface CounterHeader {
  release: CounterRelease;
  /** Upper case as COUNTER spells it: PR, PR_P1, DR, DR_D1, DR_D2, TR, TR_B1 … IR_M1. */
  reportId: string;
  reportName: string;
  institutionName: string | null;
  institutionIds: CounterTypedId[];
  /** R5.0 header Customer_ID (R5.1 moves it to items when Attributes_To_Show asks for it). */
  customerId: string | null;
  /** First day of the first month covered, yyyy-mm-dd (Begin_Date normalised to the 1st). */
  begin: string;
  /** First day of the last month covered, yyyy-mm-dd (End_Date normalised to its month's 1st). */
  end: string;
  created: string | null;
  createdBy: string | null;
  /** Report_Filters / Report_Attributes as name → value (pipe lists kept as written). */
  filters: Record<string, string>;
  attributes: Record<string, string>;
  exceptions: CounterException[];
}

/** Item identifiers (Item_ID), each null when absent; ISSN/ISBN as written in the report. */
export interface CounterItemIds {
  doi: string | null;
  proprietary: string | null;
  isbn: string | null;
  printIssn: string | null;
  onlineIssn: string | null;
  linkingIssn: string | null;
  uri: string | null;
}

/** One month's count of one item × metric. `month` is yyyy-mm-01; `count` is ≥ 0 and may pass 2^31. */
export interface CounterMonthCount {
  month: string;
  count: number;
}

/** One tabular body row's worth of usage. */
export interface CounterItem {
  /** Where it came from, for errors: the 1-based line of the tabular file, or the 1-based index of the JSON Report_Item. */
  row: number;
  /** The institution the row is for: R5.1 per-item Customer_ID/Institution_Name when shown, else the header's. */
  customerId: string | null;
  institutionName: string | null;
  platform: string | null;
  /** DR reports: the database name. */
  database: string | null;
  /** TR reports: the title; IR: the item's parent title where given. */
  title: string | null;
  /** IR reports: the item name. */
  item: string | null;
  publisher: string | null;
  ids: CounterItemIds;
  dataType: string | null;
  sectionType: string | null;
  accessType: string | null;
  accessMethod: string | null;
  yop: string | null;
  metricType: string;
  counts: CounterMonthCount[];
}

/** A row (or JSON item) that broke the rules, and why; `row` as in CounterItem. */
export interface CounterRowError {
  row: number;
  reason: string;
}

export interface CounterReadResult {
  format: 'json' | 'tsv' | 'csv';
  /** null when not even the header could be read (then `rejected` says why). */
  header: CounterHeader | null;
  items: CounterItem[];
  /** Every rule broken, by row; row 0 for the header or the file as a whole (e.g. truncated). Empty = the report is valid. */
  rejected: CounterRowError[];
  /** Body rows (tabular) or metric×attribute entries (JSON) read, valid or not. */
  rowsRead: number;
}
