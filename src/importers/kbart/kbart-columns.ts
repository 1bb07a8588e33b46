/**
 * The KBART columns (STANDARDS.md C2): phase I's 16, phase II's 25, and the other names real files
 * use for the same column. Anything else in a header is a vendor column, kept in `extra`.
 */

/** Phase II order; the first 16 (with `coverage_notes` for `notes`) are phase I. */
export const KBART_COLUMNS = [
  'publication_title',
  'print_identifier',
  'online_identifier',
  'date_first_issue_online',
  'num_first_vol_online',
  'num_first_issue_online',
  'date_last_issue_online',
  'num_last_vol_online',
  'num_last_issue_online',
  'title_url',
  'first_author',
  'title_id',
  'embargo_info',
  'coverage_depth',
  'notes',
  'publisher_name',
  'publication_type',
  'date_monograph_published_print',
  'date_monograph_published_online',
  'monograph_volume',
  'monograph_edition',
  'first_editor',
  'parent_publication_title_id',
  'preceding_publication_title_id',
  'access_type',
] as const;

export type KbartColumn = (typeof KBART_COLUMNS)[number];

/** Columns only phase II has: one of them in the header makes the file phase II. */
export const PHASE_II_ONLY: ReadonlySet<KbartColumn> = new Set(KBART_COLUMNS.slice(16));

/**
 * Other spellings of a standard column. `coverage_notes` is the phase I name (the GOKb test files
 * still use it); Elsevier's ScienceDirect lists write `parent_publication_id`.
 */
export const COLUMN_ALIASES: Readonly<Record<string, KbartColumn>> = {
  coverage_notes: 'notes',
  parent_publication_id: 'parent_publication_title_id',
};

const STANDARD = new Set<string>(KBART_COLUMNS);

/** A header cell -> the standard column it is, or null for a vendor column. Case and spaces ignored. */
export function standardColumn(name: string): KbartColumn | null {
  const key = name.trim().toLowerCase();
  if (STANDARD.has(key)) return key as KbartColumn; // checked against the list just above
  return COLUMN_ALIASES[key] ?? null;
}
