/**
 * Placing an ILL request (issue 11): checks the input, finds the union-catalogue record, builds the
 * rota (ill-routing.service.ts) and writes the request, its rota and its first history entry in one
 * transaction. The state comes from the model: REQUESTED with the first rota member asked, or
 * UNFILLED at once when nobody can be asked.
 *
 * A request naming no catalogue record (a title alone, or an ISBN/ISSN the catalogue does not know)
 * is kept, UNFILLED with its reason, rather than refused: the librarian sees it in the list with
 * why, the reader's demand is counted in the fill rate, and the request can be placed elsewhere.
 * A recordId that does not exist, or a malformed ISBN/ISSN, is the caller's mistake: a userError.
 */
import { and, eq, sql } from 'drizzle-orm';
import { can, requireRole } from '../../auth/policy.js';
import { actorOf, type Viewer } from '../../auth/viewer.js';
import type { Db, DbOrTx, Tx } from '../../db/database.js';
import { transactionWithRetry } from '../../db/retry.js';
import { forbidden } from '../../graphql/errors.js';
import { idOf, toGlobalId } from '../../graphql/global-id.js';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error.js';
import { normaliseIsbn, normaliseIssn } from '../../lib/identifiers.js';
import { currencyProblem, formatAmount, moneyProblem } from '../../lib/money.js';
import { recordEvent } from '../events/index.js';
import { memberByCode } from '../members/index.js';
import { idsWithIdentifier, records, resolveRecordId } from '../records/index.js';
import { isIsoDate } from '../resources/index.js';
import { illHistory, illRequests, illRota, type IllRequestRow } from './ill.tables.js';
import { buildRota } from './ill-routing.service.js';
import { INITIAL_STATE, type IllServiceLevel, type IllServiceType } from './ill-states.js';
import type { CreateIllRequestInput } from './ill.types.js';

export interface IllRequestResult {
  request: IllRequestRow | null;
  userErrors: UserError[];
}

/** Where a request came from when not placed through the API: a partner's ISO 18626 Request message. */
export interface IllOrigin {
  origin: 'ISO18626';
  peerRequestId: string;
}

/** Free-text fields: a reference, not a record of the reader; long enough for any citation. */
const MAX_TEXT = 1000;
const MAX_PATRON_REFERENCE = 64;

const text = (v: string | null | undefined): string | null => (v == null || v.trim() === '' ? null : v.trim());

/** The checks that need no database: each problem with the input field it is about. */
function checkInput(input: CreateIllRequestInput): UserError[] {
  const errors: UserError[] = [];
  if (input.serviceType !== 'LOAN' && input.serviceType !== 'COPY') errors.push(userError(['serviceType'], UserErrorCode.INVALID_VALUE, 'serviceType must be LOAN or COPY'));
  if (input.serviceLevel != null && input.serviceLevel !== 'NORMAL' && input.serviceLevel !== 'RUSH') errors.push(userError(['serviceLevel'], UserErrorCode.INVALID_VALUE, 'serviceLevel must be NORMAL or RUSH'));
  if (input.serviceType === 'COPY' && input.copyrightDeclaration !== true) {
    errors.push(userError(['copyrightDeclaration'], UserErrorCode.REQUIRED, "a copy needs the reader's copyright declaration (copyrightDeclaration: true): the copy is for private study or research"));
  }
  if (input.isbn != null && input.isbn.trim() !== '' && !normaliseIsbn(input.isbn)) errors.push(userError(['isbn'], UserErrorCode.INVALID_ISBN, `"${input.isbn}" is not a valid ISBN-10 or ISBN-13`));
  if (input.issn != null && input.issn.trim() !== '' && !normaliseIssn(input.issn)) errors.push(userError(['issn'], UserErrorCode.INVALID_ISSN, `"${input.issn}" is not a valid ISSN`));
  if (input.recordId != null && idOf(input.recordId, 'Record') === null) errors.push(userError(['recordId'], UserErrorCode.UNKNOWN_RECORD, `"${input.recordId}" is not a Record ID`));
  if (!text(input.recordId) && !text(input.isbn) && !text(input.issn) && !text(input.title)) {
    errors.push(userError(['title'], UserErrorCode.REQUIRED, 'name the item: recordId, isbn, issn or at least a title'));
  }
  if (input.neededBy != null && !isIsoDate(input.neededBy)) errors.push(userError(['neededBy'], UserErrorCode.INVALID_VALUE, 'neededBy must be a date written YYYY-MM-DD'));
  const currency = input.currency?.trim() || 'CNY';
  const problem = input.currency != null ? currencyProblem(currency) : null;
  if (problem) errors.push(userError(['currency'], UserErrorCode.INVALID_MONEY, problem));
  if (!problem && input.maxCost != null) {
    const bad = moneyProblem(input.maxCost, currency) ?? (input.maxCost.trim().startsWith('-') ? 'maxCost cannot be negative' : null);
    if (bad) errors.push(userError(['maxCost'], UserErrorCode.INVALID_MONEY, bad));
  }
  if (input.patronReference != null && input.patronReference.trim().length > MAX_PATRON_REFERENCE) {
    errors.push(userError(['patronReference'], UserErrorCode.INVALID_VALUE, `a patron reference is the requester's own short reference (at most ${MAX_PATRON_REFERENCE} characters), never the reader's details`));
  }
  for (const field of ['title', 'author', 'articleTitle', 'volume', 'issue', 'pages', 'pickupLocation'] as const) {
    if ((input[field]?.length ?? 0) > MAX_TEXT) errors.push(userError([field], UserErrorCode.INVALID_VALUE, `${field} is longer than ${MAX_TEXT} characters`));
  }
  return errors;
}

/** The record the request names (recordId, else ISBN, else ISSN), following merges; null when the catalogue has none. */
async function findRecord(tx: DbOrTx, input: CreateIllRequestInput): Promise<{ id: number; title: string; author: string | null } | 'unknown' | null> {
  let id: number | null = null;
  const recordGid = text(input.recordId);
  if (recordGid) {
    id = await resolveRecordId(tx, idOf(recordGid, 'Record')!);
    if (id === null) return 'unknown';
  } else {
    const isbn = normaliseIsbn(input.isbn);
    const issn = normaliseIssn(input.issn);
    const ids = isbn ? idsWithIdentifier('isbn', isbn) : issn ? idsWithIdentifier('issn', issn) : null;
    if (ids) {
      const [row] = await tx.select({ id: records.id }).from(records).where(sql`${records.id} IN ${ids}`).orderBy(records.id).limit(1);
      id = row?.id ?? null;
    }
  }
  if (id === null) return null;
  const [row] = await tx.select({ id: records.id, title: records.title, author: records.responsibility }).from(records).where(eq(records.id, id));
  return row ?? null;
}

/**
 * Places a request. Member staff place them for their own member, admins for any (a top-level
 * FORBIDDEN otherwise); `origin` marks one that came over ISO 18626 with the partner's own ID.
 */
export async function createIllRequest(db: Db, viewer: Viewer, input: CreateIllRequestInput, origin?: IllOrigin, options: { now?: Date } = {}): Promise<IllRequestResult> {
  requireRole(viewer, ['member', 'admin']);
  const requesterCode = input.requesterCode?.trim() ?? '';
  if (!can(viewer, 'actOnIll', requesterCode)) throw forbidden(`Your token is for ${viewer.memberCode ?? viewer.role}; it may not place requests for ${requesterCode}.`);
  const checked = checkInput(input);
  const duplicate = (): IllRequestResult => ({ request: null, userErrors: [userError(['peerRequestId'], UserErrorCode.DUPLICATE_PEER_REQUEST, `${requesterCode} already sent a request with ID ${origin?.peerRequestId}`)] });
  return transactionWithRetry(db, async (tx) => {
    const errors = [...checked];
    const requester = await memberByCode(tx, requesterCode);
    if (!requester) errors.push(userError(['requesterCode'], UserErrorCode.UNKNOWN_MEMBER, `no member has code ${requesterCode}`));
    const record = errors.length === 0 ? await findRecord(tx, input) : null;
    if (record === 'unknown') errors.push(userError(['recordId'], UserErrorCode.UNKNOWN_RECORD, `no record has ID ${input.recordId}`));
    if (origin && requester && (await findIllRequestByPeer(tx, requester.id, origin.peerRequestId))) errors.push(...duplicate().userErrors);
    if (errors.length > 0) return { request: null, userErrors: errors };
    const found = record === 'unknown' ? null : record;
    return { request: await insertRequest(tx, viewer, input, requester!, found, origin, options.now ?? new Date()), userErrors: [] };
  }).catch((err: unknown) => {
    if (origin && isPeerConflict(err)) return duplicate(); // the same partner message twice at once: the other one was written
    throw err;
  });
}

/** A unique violation of (requester, peer request ID), anywhere in the driver error's cause chain. */
function isPeerConflict(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint_name: name, constraint } = e as { code?: string; constraint_name?: string; constraint?: string };
    if (code === '23505' && (name ?? constraint) === 'ill_requests_peer_idx') return true;
  }
  return false;
}

async function insertRequest(
  tx: Tx, viewer: Viewer, input: CreateIllRequestInput, requester: { id: number; code: string }, record: { id: number; title: string; author: string | null } | null, origin: IllOrigin | undefined, now: Date,
): Promise<IllRequestRow> {
  const requesterId = requester.id;
  const serviceType = input.serviceType as IllServiceType;
  const serviceLevel = (input.serviceLevel ?? 'NORMAL') as IllServiceLevel;
  const rota = record ? await buildRota(tx, { recordId: record.id, serviceType, serviceLevel, requesterMemberId: requesterId, on: now }) : [];
  const currency = input.currency?.trim() || 'CNY';
  const first = rota[0];
  const unfilledReason = !record
    ? 'no record in the union catalogue matches the request, so no member can be asked'
    : rota.length === 0 ? 'no other member holds the item in a holding that may lend it' : null;
  const state = first ? INITIAL_STATE : 'UNFILLED';
  const [row] = await tx
    .insert(illRequests)
    .values({
      requesterMemberId: requesterId, supplierMemberId: first?.memberId ?? null, serviceType, serviceLevel, state, recordId: record?.id ?? null,
      title: text(input.title) ?? record?.title ?? '', author: text(input.author) ?? record?.author ?? null,
      isbn: normaliseIsbn(input.isbn), issn: normaliseIssn(input.issn), articleTitle: text(input.articleTitle), volume: text(input.volume), issue: text(input.issue), pages: text(input.pages),
      neededBy: input.neededBy ?? null, pickupLocation: text(input.pickupLocation), maxCost: input.maxCost != null ? formatAmount(input.maxCost.trim(), currency) : null, currency,
      patronReference: text(input.patronReference), copyrightDeclaration: input.copyrightDeclaration === true, rotaPosition: first ? 1 : null, unfilledReason,
      origin: origin?.origin ?? 'API', peerRequestId: origin?.peerRequestId ?? null, createdAt: now, updatedAt: now, closedAt: first ? null : now,
    })
    .returning();
  if (rota.length > 0) {
    await tx.insert(illRota).values(rota.map((c, i) => ({ requestId: row.id, position: i + 1, memberId: c.memberId, holdingId: c.holdingId, score: c.score, reason: c.reason, outcome: i === 0 ? 'ASKED' : 'PENDING' })));
  }
  await tx.insert(illHistory).values({
    requestId: row.id, action: 'CREATE', fromState: null, toState: state, side: viewer.role === 'admin' && !origin ? 'OFFICE' : 'REQUESTER', // a partner's message is the requester's own act
    actor: origin ? `iso18626:${requester.code}` : actorOf(viewer), actorMemberId: requesterId, at: now,
    note: unfilledReason, details: { rota: rota.map((c) => c.memberCode), ...(record ? {} : { noRecord: true }) },
  });
  const supplierCode = first?.memberCode ?? null;
  await recordEvent(tx, {
    type: 'ILL_REQUEST_CHANGED', memberCodes: supplierCode ? [requester.code, supplierCode] : [requester.code],
    data: { request: toGlobalId('IllRequest', row.id), requesterCode: requester.code, supplierCode, serviceType, action: 'CREATE', fromState: null, state },
  });
  return row;
}

/** A request a partner sent over ISO 18626, by the requesting member and the partner's own request ID. */
export async function findIllRequestByPeer(db: DbOrTx, requesterMemberId: number, peerRequestId: string): Promise<IllRequestRow | null> {
  const [row] = await db.select().from(illRequests).where(and(eq(illRequests.requesterMemberId, requesterMemberId), eq(illRequests.peerRequestId, peerRequestId)));
  return row ?? null;
}
