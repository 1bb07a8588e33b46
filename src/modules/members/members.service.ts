/** Members: the consortium directory. Functions take the database handle first; rules live here. */
import { assertAdmin } from '../../auth/policy.js';
import { and, asc, count, eq, gt, inArray, like, sql, type SQL } from 'drizzle-orm';
import { uniqueViolation } from '../../db/retry.js';
import { preparedStatement, queryRows, rowReader, type Db, type DbOrTx } from '../../db/database.js';
import { searchTermKey } from '../../graphql/search-term.js';
import { likeContains, searchKey } from '../../lib/search-text.js';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error.js';
import type { Viewer } from '../../auth/viewer.js';
import { recordAudit } from '../audit/index.js';
import { members, type MemberRow } from './members.tables.js';
import { checkMemberFields } from './members.validate.js';
import type { CreateMemberInput, MemberFilter, UpdateMemberInput } from './members.types.js';

export const MAX_TREE_DEPTH = 32;

export function memberSearchKey(row: { code: string; name: string; nameEn: string | null }): string {
  return [row.name, row.nameEn, row.code].map(searchKey).join('\u0001');
}

function filterWhere(filter: MemberFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  const key = searchTermKey(filter.search, ['filter', 'search']);
  return and(
    key ? like(members.searchKey, likeContains(key)) : undefined,
    filter.type ? eq(members.type, filter.type) : undefined,
    filter.region ? sql`lower(${members.region}) = lower(${filter.region})` : undefined,
    filter.parentCode ? sql`${members.parentId} = (select m2.id from members m2 where m2.code = ${filter.parentCode})` : undefined,
  );
}

export async function listMembers(db: Db, filter: MemberFilter | null | undefined, limit: number, afterCode: string | null) {
  const where = filterWhere(filter);
  const rows = await db
    .select()
    .from(members)
    .where(and(where, afterCode !== null ? gt(members.code, afterCode) : undefined))
    .orderBy(asc(members.code))
    .limit(limit);
  const total = async () => (await db.select({ n: count() }).from(members).where(where))[0].n;
  return { rows, total };
}

export async function memberByCode(db: DbOrTx, code: string): Promise<MemberRow | null> {
  const [row] = await db.select().from(members).where(eq(members.code, code));
  return row ?? null;
}

const memberColumns = rowReader(members, 'm');
/** By primary key, the ids as one array parameter: one prepared text for any number of ids. */
const membersWithIds = preparedStatement('members_by_ids', sql`SELECT ${memberColumns.select} FROM members m WHERE m.id = ANY(${sql.placeholder('ids')}::int[])`, {
  maxRows: (v) => (v.ids as readonly number[]).length,
});

export async function membersByIds(db: Db, ids: readonly number[]): Promise<MemberRow[]> {
  if (ids.length === 0) return [];
  return (await membersWithIds(db, { ids })).map(memberColumns.read);
}

export async function membersByCodes(db: DbOrTx, codes: readonly string[]): Promise<MemberRow[]> {
  if (codes.length === 0) return [];
  return db.select().from(members).where(inArray(members.code, [...new Set(codes)]));
}

export async function childrenOf(db: Db, parentIds: readonly number[]): Promise<MemberRow[]> {
  return db.select().from(members).where(inArray(members.parentId, [...parentIds])).orderBy(asc(members.code));
}

/** For each start id, its ancestors nearest first (depth-capped, so a corrupt cycle cannot loop). */
export async function ancestorIds(db: DbOrTx, startIds: readonly number[]): Promise<{ startId: number; id: number; depth: number }[]> {
  if (startIds.length === 0) return [];
  const ids = sql.join(startIds.map((id) => sql`${id}::int`), sql`, `);
  const rows = await queryRows<{ start_id: number; id: number; depth: number }>(
    db,
    sql`WITH RECURSIVE up(start_id, id, parent_id, depth) AS (
          SELECT m.id, m.id, m.parent_id, 0 FROM members m WHERE m.id IN (${ids})
          UNION ALL
          SELECT up.start_id, p.id, p.parent_id, up.depth + 1 FROM up JOIN members p ON p.id = up.parent_id
          WHERE up.depth < ${MAX_TREE_DEPTH})
        SELECT start_id, id, depth FROM up WHERE depth > 0 ORDER BY start_id, depth`,
  );
  return rows.map((r) => ({ startId: Number(r.start_id), id: Number(r.id), depth: Number(r.depth) }));
}

type MemberValues = Partial<typeof members.$inferInsert>;

function valuesFrom(input: CreateMemberInput | UpdateMemberInput): MemberValues {
  const v: MemberValues = {};
  if (input.name != null) v.name = input.name.trim();
  if (input.nameEn !== undefined) v.nameEn = input.nameEn?.trim() || null;
  if (input.type != null) v.type = input.type;
  if (input.region !== undefined) v.region = input.region?.trim() || null;
  if (input.status != null) v.status = input.status;
  if (input.fte !== undefined) v.fte = input.fte;
  if (input.location !== undefined) {
    v.lat = input.location?.lat ?? null;
    v.lon = input.location?.lon ?? null;
  }
  if (input.lendsForIll != null) v.lendsForIll = input.lendsForIll;
  if (input.symbols != null) v.symbols = input.symbols.map((s) => ({ scheme: s.scheme.trim(), value: s.value.trim() }));
  return v;
}

export interface MemberResult {
  member: MemberRow | null;
  userErrors: UserError[];
}

export async function createMember(db: Db, viewer: Viewer, input: CreateMemberInput): Promise<MemberResult> {
  assertAdmin(viewer);
  const userErrors = checkMemberFields(input, 'code');
  if (userErrors.length) return { member: null, userErrors };
  return db.transaction(async (tx) => {
    const errors: UserError[] = [];
    if (await memberByCode(tx, input.code)) errors.push(duplicateCode(['code'], input.code));
    const parent = input.parentCode ? await memberByCode(tx, input.parentCode) : null;
    if (input.parentCode && !parent) errors.push(userError(['parentCode'], UserErrorCode.UNKNOWN_MEMBER, `no member has code ${input.parentCode}`));
    if (errors.length) return { member: null, userErrors: errors };
    const values = { ...valuesFrom(input), code: input.code, name: input.name.trim(), type: input.type, parentId: parent?.id ?? null };
    // a concurrent createMember with the same code may pass the check above: the unique index decides
    const [row] = await tx
      .insert(members)
      .values({ ...values, searchKey: memberSearchKey({ code: values.code, name: values.name, nameEn: values.nameEn ?? null }) })
      .onConflictDoNothing({ target: members.code })
      .returning();
    if (!row) return { member: null, userErrors: [duplicateCode(['code'], input.code)] };
    await recordAudit(tx, viewer, { action: 'createMember', entityType: 'Member', entityId: row.id, before: null, after: { ...values, parentCode: input.parentCode ?? null }, reason: input.reason });
    return { member: row, userErrors: [] };
  });
}

const duplicateCode = (field: string[], code: string) => userError(field, UserErrorCode.DUPLICATE_CODE, `a member with code ${code} exists already`);

export async function updateMember(db: Db, viewer: Viewer, input: UpdateMemberInput): Promise<MemberResult> {
  assertAdmin(viewer);
  const userErrors = checkMemberFields({ ...input, code: input.newCode }, 'newCode');
  if (userErrors.length) return { member: null, userErrors };
  try {
    return await updateMemberChecked(db, viewer, input);
  } catch (err) {
    // a concurrent write took the new code after the check: the same answer as the check's
    if (input.newCode != null && uniqueViolation(err) !== null) return { member: null, userErrors: [duplicateCode(['newCode'], input.newCode)] };
    throw err;
  }
}

async function updateMemberChecked(db: Db, viewer: Viewer, input: UpdateMemberInput): Promise<MemberResult> {
  return db.transaction(async (tx) => {
    const current = await memberByCode(tx, input.code);
    if (!current) return { member: null, userErrors: [userError(['code'], UserErrorCode.UNKNOWN_MEMBER, `no member has code ${input.code}`)] };
    const values = valuesFrom(input);
    const errors: UserError[] = [];
    if (input.newCode != null && input.newCode !== current.code) {
      if (await memberByCode(tx, input.newCode)) errors.push(duplicateCode(['newCode'], input.newCode));
      values.code = input.newCode;
    }
    if (input.parentCode != null) {
      const parent = await memberByCode(tx, input.parentCode);
      if (!parent) errors.push(userError(['parentCode'], UserErrorCode.UNKNOWN_MEMBER, `no member has code ${input.parentCode}`));
      else if (parent.id === current.id || (await ancestorIds(tx, [parent.id])).some((a) => a.id === current.id)) {
        errors.push(userError(['parentCode'], UserErrorCode.PARENT_CYCLE, `${input.parentCode} is ${input.code} itself or one of its descendants: the tree would get a cycle`));
      } else values.parentId = parent.id;
    }
    if (errors.length) return { member: null, userErrors: errors };
    const next = { ...current, ...values };
    const [row] = await tx
      .update(members)
      .set({ ...values, searchKey: memberSearchKey(next), updatedAt: sql`now()` })
      .where(eq(members.id, current.id))
      .returning();
    if (!row) return { member: null, userErrors: [userError(['code'], UserErrorCode.UNKNOWN_MEMBER, `no member has code ${input.code}`)] };
    const before = Object.fromEntries(Object.keys(values).map((k) => [k, current[k as keyof MemberRow]]));
    await recordAudit(tx, viewer, { action: 'updateMember', entityType: 'Member', entityId: row.id, before: { code: current.code, ...before }, after: { code: row.code, ...values }, reason: input.reason });
    return { member: row, userErrors: [] };
  });
}
