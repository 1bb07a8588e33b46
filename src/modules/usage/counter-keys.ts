/**
 * What a COUNTER item is in the usage tables, from its report row alone (pure): the master report a
 * report ID belongs to, the kind of thing it counts, its identifiers normalised as the title lists
 * store them, and the key that makes the same thing one usage_items row for its provider.
 *
 * The key is `KIND|SCHEME:value`, the scheme being the strongest identifier the row gives:
 * - PLATFORM (PR, PR_P1): `PLATFORM|NAME:<platform, lower case>`.
 * - DATABASE (DR, DR_D1, DR_D2): `DATABASE|PROPRIETARY:<id>`, else `DATABASE|NAME:<platform>|<database>` (lower case).
 * - TITLE (TR, TR_*): ISBN, else online ISSN, else print ISSN, else DOI, else proprietary ID, else URI,
 *   else the title's name with its platform (lower case).
 * - ITEM (IR, IR_*): DOI, else proprietary ID, else URI, else ISBN, online ISSN, print ISSN, else the
 *   item's name with its parent title and platform.
 * The same thing reported with fewer identifiers in another report of the provider (a title with
 * its print ISSN only) gets another row; both are matched to the title list on their own.
 */
import { normaliseIsbn, normaliseIssn } from '../../lib/identifiers.js';
import type { CounterItem } from '../../importers/counter/counter-types.js';

export type UsageItemKind = 'PLATFORM' | 'DATABASE' | 'TITLE' | 'ITEM';

const KIND_OF_FAMILY: Record<string, UsageItemKind> = { PR: 'PLATFORM', DR: 'DATABASE', TR: 'TITLE', IR: 'ITEM' };

/** The master report a report ID belongs to: PR_P1 → PR, DR_D2 → DR, TR_J1 → TR, IR_A1 → IR, TR → TR. */
export function familyOf(reportId: string): string {
  return reportId.toUpperCase().split('_')[0];
}

/** What a report of this family counts against; null for a report ID outside COUNTER's four families. */
export function kindOfReport(reportId: string): UsageItemKind | null {
  return KIND_OF_FAMILY[familyOf(reportId)] ?? null;
}

/** A DOI as stored: lower case, without a resolver prefix (`https://doi.org/`, `doi:`). */
export function normaliseDoi(input: string | null | undefined): string | null {
  if (!input) return null;
  const doi = input.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '').toLowerCase();
  return /^10\.\d{4,}\/\S+$/.test(doi) ? doi : null;
}

/** A free-text value trimmed, null when empty. */
function text(value: string | null | undefined): string | null {
  const t = value?.trim();
  return t ? t : null;
}

export interface UsageItemValues {
  kind: UsageItemKind;
  key: string;
  platform: string | null;
  database: string | null;
  title: string | null;
  item: string | null;
  publisher: string | null;
  doi: string | null;
  proprietaryId: string | null;
  isbn: string | null;
  printIssn: string | null;
  onlineIssn: string | null;
  uri: string | null;
}

const lower = (v: string | null) => (v ?? '').toLowerCase();

/** The usage_items row a report row counts against (see the top of this file for the key). */
export function usageItemOf(kind: UsageItemKind, item: CounterItem): UsageItemValues {
  const values = {
    platform: text(item.platform),
    database: text(item.database),
    title: text(item.title),
    item: text(item.item),
    publisher: text(item.publisher),
    doi: normaliseDoi(item.ids.doi),
    proprietaryId: text(item.ids.proprietary),
    isbn: normaliseIsbn(item.ids.isbn),
    printIssn: normaliseIssn(item.ids.printIssn),
    onlineIssn: normaliseIssn(item.ids.onlineIssn),
    uri: text(item.ids.uri),
  };
  const ids: [string, string | null][] =
    kind === 'TITLE'
      ? [['ISBN', values.isbn], ['ONLINE_ISSN', values.onlineIssn], ['PRINT_ISSN', values.printIssn], ['DOI', values.doi], ['PROPRIETARY', values.proprietaryId], ['URI', values.uri]]
      : kind === 'ITEM'
        ? [['DOI', values.doi], ['PROPRIETARY', values.proprietaryId], ['URI', values.uri], ['ISBN', values.isbn], ['ONLINE_ISSN', values.onlineIssn], ['PRINT_ISSN', values.printIssn]]
        : kind === 'DATABASE'
          ? [['PROPRIETARY', values.proprietaryId]]
          : [];
  const strongest = ids.find(([, v]) => v !== null);
  let key: string;
  if (strongest) key = `${kind}|${strongest[0]}:${strongest[1]}`;
  else if (kind === 'PLATFORM') key = `PLATFORM|NAME:${lower(values.platform)}`;
  else if (kind === 'DATABASE') key = `DATABASE|NAME:${lower(values.platform)}|${lower(values.database)}`;
  else if (kind === 'TITLE') key = `TITLE|NAME:${lower(values.platform)}|${lower(values.title)}`;
  else key = `ITEM|NAME:${lower(values.platform)}|${lower(values.title)}|${lower(values.item)}`;
  return { kind, key, ...values };
}
