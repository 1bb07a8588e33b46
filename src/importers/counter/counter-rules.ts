/**
 * What COUNTER R5.0 and R5.1 allow, as data: report IDs, the metric types each report may carry, and
 * the attribute vocabularies. Written from the Code of Practice report tables (R5.0.3 section 4, R5.1
 * section 4) as ../shared/STANDARDS.md C1 summarises them, and checked against the sample reports in
 * ../shared/fixtures/counter (which use every metric listed for the views they cover).
 */
import type { CounterItem, CounterRelease } from './counter-types.js';

/** The 16 report IDs, the same in both releases (the four master reports and their standard views). */
export const REPORT_IDS = [
  'PR', 'PR_P1',
  'DR', 'DR_D1', 'DR_D2',
  'TR', 'TR_B1', 'TR_B2', 'TR_B3', 'TR_J1', 'TR_J2', 'TR_J3', 'TR_J4',
  'IR', 'IR_A1', 'IR_M1',
] as const;
export type CounterReportId = (typeof REPORT_IDS)[number];

export function isReportId(id: string): id is CounterReportId {
  return (REPORT_IDS as readonly string[]).includes(id);
}

/** PR, DR, TR or IR: which master report a report ID belongs to (decides the row's key column). */
export function reportFamily(id: CounterReportId): 'PR' | 'DR' | 'TR' | 'IR' {
  return id.slice(0, 2) as 'PR' | 'DR' | 'TR' | 'IR';
}

const DB_SEARCHES = ['Searches_Automated', 'Searches_Federated', 'Searches_Regular'];
const ITEM_INVESTIGATIONS_REQUESTS = ['Total_Item_Investigations', 'Total_Item_Requests', 'Unique_Item_Investigations', 'Unique_Item_Requests'];
const INVESTIGATIONS_REQUESTS = [...ITEM_INVESTIGATIONS_REQUESTS, 'Unique_Title_Investigations', 'Unique_Title_Requests'];
const DENIALS = ['Limit_Exceeded', 'No_License'];
const REQUESTS_ITEM = ['Total_Item_Requests', 'Unique_Item_Requests'];

/** R5.0 (Code of Practice 5.0.3, tables 4.b–4.r "Metric_Type" rows). */
const METRICS_R50: Record<CounterReportId, readonly string[]> = {
  PR: ['Searches_Platform', ...INVESTIGATIONS_REQUESTS],
  PR_P1: ['Searches_Platform', 'Total_Item_Requests', 'Unique_Item_Requests', 'Unique_Title_Requests'],
  DR: [...DB_SEARCHES, ...INVESTIGATIONS_REQUESTS, ...DENIALS],
  DR_D1: [...DB_SEARCHES, 'Total_Item_Investigations', 'Total_Item_Requests'],
  DR_D2: DENIALS,
  TR: [...INVESTIGATIONS_REQUESTS, ...DENIALS],
  TR_B1: ['Total_Item_Requests', 'Unique_Title_Requests'],
  TR_B2: DENIALS,
  TR_B3: INVESTIGATIONS_REQUESTS,
  TR_J1: REQUESTS_ITEM,
  TR_J2: DENIALS,
  TR_J3: ITEM_INVESTIGATIONS_REQUESTS,
  TR_J4: REQUESTS_ITEM,
  IR: [...ITEM_INVESTIGATIONS_REQUESTS, ...DENIALS],
  IR_A1: REQUESTS_ITEM,
  IR_M1: ['Total_Item_Requests'],
};

/** R5.1: as R5.0 except DR_D1 gains the two Unique_Item metrics and IR_M1 gains Unique_Item_Requests. */
const METRICS_R51: Record<CounterReportId, readonly string[]> = {
  ...METRICS_R50,
  DR_D1: [...DB_SEARCHES, ...ITEM_INVESTIGATIONS_REQUESTS],
  IR_M1: REQUESTS_ITEM,
};

export function allowedMetrics(release: CounterRelease, reportId: CounterReportId): readonly string[] {
  return (release === '5.1' ? METRICS_R51 : METRICS_R50)[reportId];
}

/** Data_Type values per release (STANDARDS.md C1; R5.1 is the union over its reports, Database_AI included). */
const DATA_TYPES_R50 = [
  'Article', 'Book', 'Book_Segment', 'Database', 'Dataset', 'Journal', 'Multimedia', 'Newspaper_or_Newsletter',
  'Other', 'Platform', 'Report', 'Repository_Item', 'Thesis_or_Dissertation', 'Unspecified',
];
const DATA_TYPES_R51 = [
  'Article', 'Audiovisual', 'Book', 'Book_Segment', 'Conference', 'Conference_Item', 'Database_Aggregated',
  'Database_AI', 'Database_Full', 'Database_Full_Item', 'Dataset', 'Image', 'Interactive_Resource', 'Journal',
  'Multimedia', 'News_Item', 'Newspaper_or_Newsletter', 'Other', 'Patent', 'Platform', 'Reference_Item',
  'Reference_Work', 'Report', 'Software', 'Sound', 'Standard', 'Thesis_or_Dissertation', 'Unspecified',
];

/**
 * The controlled attribute vocabularies a row is checked against. Each release has its own (R5.1 renamed
 * OA_Gold to Open and Other_Free_To_Read to Free_To_Read and dropped Section_Type), so an R5.0 value in
 * an R5.1 report is an error, as the standard has it; `null` = the column does not exist in that release.
 */
export const VOCABULARIES: Record<CounterRelease, Record<'Data_Type' | 'Access_Type' | 'Access_Method' | 'Section_Type', readonly string[] | null>> = {
  '5': {
    Data_Type: DATA_TYPES_R50,
    Access_Type: ['Controlled', 'OA_Gold', 'Other_Free_To_Read'],
    Access_Method: ['Regular', 'TDM'],
    Section_Type: ['Article', 'Book', 'Chapter', 'Other', 'Section'],
  },
  '5.1': {
    Data_Type: DATA_TYPES_R51,
    Access_Type: ['Controlled', 'Open', 'Free_To_Read'],
    Access_Method: ['Regular', 'TDM'],
    Section_Type: null,
  },
};

/**
 * The `Release` header value → the release it names, or null when it is not one this reader speaks.
 * "5" is what R5.0 prescribes; "5.0" and "5.0.x" (the Code of Practice's own version numbers, 5.0.1–5.0.3,
 * which some providers write) name the same format. "5.1" is R5.1; "5.1.x" (5.1.0, 5.1.0.1) likewise.
 * Anything else, R4 ("4") included, is refused.
 */
export function normaliseRelease(value: string): CounterRelease | null {
  const v = value.trim();
  if (/^5(\.0(\.\d+)*)?$/.test(v)) return '5';
  if (/^5\.1(\.\d+)*$/.test(v)) return '5.1';
  return null;
}

/**
 * Item identifiers as the tabular form names its columns (also the R5.1 JSON Item_ID keys; R5.0 JSON
 * spells the proprietary one `Proprietary`, which the JSON reader adds), and where each goes.
 */
export const ITEM_ID_COLUMNS: Readonly<Record<string, keyof CounterItem['ids']>> = {
  DOI: 'doi',
  Proprietary_ID: 'proprietary',
  ISBN: 'isbn',
  Print_ISSN: 'printIssn',
  Online_ISSN: 'onlineIssn',
  Linking_ISSN: 'linkingIssn',
  URI: 'uri',
};
