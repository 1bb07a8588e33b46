/**
 * The files vendors and discovery services ask for, served as GraphQL string fields (so they share
 * the API's authentication, limits and audit-free read path): a resource's IP activation list (CSV)
 * and a member's entitled titles (KBART phase II, tab-separated).
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { queryRows } from '../../db/database.js';
import { KBART_COLUMNS, type KbartColumn, type KbartRow } from '../../importers/kbart/index.js';
import { titlesOfResources } from '../resources/index.js';
import { candidateEntitlements, inPeriod } from './access.service.js';

const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** `member_code,member_name,cidr` for every member entitled to the resource on `date`, by member code then range. */
export async function ipActivationCsv(db: DbOrTx, resourceId: number, date: string): Promise<string> {
  const rows = await queryRows<{ code: string; name: string; name_en: string | null; cidr: string }>(
    db,
    sql`SELECT DISTINCT m.code, m.name, m.name_en, r.cidr
        FROM entitlements e
        JOIN agreement_periods p ON p.id = e.period_id AND p.start_date <= ${date}::date AND p.end_date >= ${date}::date
        JOIN agreements a ON a.id = p.agreement_id AND a.status IN ('ACTIVE', 'CLOSED')
        JOIN agreement_resources ar ON ar.agreement_id = a.id AND ar.resource_id = ${resourceId}
        JOIN members m ON m.id = e.member_id
        JOIN member_ip_ranges r ON r.member_id = m.id
        ORDER BY m.code, r.cidr`,
  );
  const lines = ['member_code,member_name,member_name_en,cidr', ...rows.map((r) => [r.code, r.name, r.name_en ?? '', r.cidr].map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

const EMBARGO_LETTER = { moving_wall: 'P', rolling: 'R' } as const;
const UNIT_LETTER = { day: 'D', month: 'M', year: 'Y' } as const;

function cell(row: KbartRow, column: KbartColumn): string {
  switch (column) {
    case 'publication_title': return row.publicationTitle;
    case 'print_identifier': return row.printIdentifier?.value ?? '';
    case 'online_identifier': return row.onlineIdentifier?.value ?? '';
    case 'date_first_issue_online': return row.coverageStart ?? '';
    case 'num_first_vol_online': return row.firstVolume ?? '';
    case 'num_first_issue_online': return row.firstIssue ?? '';
    case 'date_last_issue_online': return row.coverageEnd ?? '';
    case 'num_last_vol_online': return row.lastVolume ?? '';
    case 'num_last_issue_online': return row.lastIssue ?? '';
    case 'title_url': return row.titleUrl ?? '';
    case 'first_author': return row.firstAuthor ?? '';
    case 'title_id': return row.titleId ?? '';
    case 'embargo_info': return (row.embargo ?? []).map((e) => `${EMBARGO_LETTER[e.type]}${e.amount}${UNIT_LETTER[e.unit]}`).join(';');
    case 'coverage_depth': return row.coverageDepth ?? '';
    case 'notes': return row.notes ?? '';
    case 'publisher_name': return row.publisherName ?? '';
    case 'publication_type': return row.publicationType ?? '';
    case 'date_monograph_published_print': return row.dateMonographPublishedPrint ?? '';
    case 'date_monograph_published_online': return row.dateMonographPublishedOnline ?? '';
    case 'monograph_volume': return row.monographVolume ?? '';
    case 'monograph_edition': return row.monographEdition ?? '';
    case 'first_editor': return row.firstEditor ?? '';
    case 'parent_publication_title_id': return row.parentPublicationTitleId ?? '';
    case 'preceding_publication_title_id': return row.precedingPublicationTitleId ?? '';
    case 'access_type': return row.accessType ?? '';
  }
}

/** Tabs and line breaks cannot appear in a KBART cell: they become spaces. */
const kbartCell = (v: string) => v.replace(/[\t\r\n]+/g, ' ');

/** KBART phase II (25 columns, LF line ends, UTF-8) of every title on the resources the member is entitled to on `date`. */
export async function memberKbart(db: DbOrTx, memberId: number, date: string): Promise<string> {
  const current = (await candidateEntitlements(db, [memberId], null, date)).filter((c) => inPeriod(c, date));
  const titles = await titlesOfResources(db, [...new Set(current.map((c) => c.resourceId))].sort((a, b) => a - b));
  const lines = [KBART_COLUMNS.join('\t'), ...titles.map((t) => KBART_COLUMNS.map((c) => kbartCell(cell(t.data, c))).join('\t'))];
  return `${lines.join('\n')}\n`;
}

