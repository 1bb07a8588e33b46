/**
 * A checked ISO 18626 message becomes the same call GraphQL makes: createIllRequest for a request,
 * performIllAction for a supplying or requesting agency message (tables in iso18626-mapping.ts). The
 * services' userErrors (and a FORBIDDEN from the policy) come back as the confirmation's errorData;
 * the services change nothing when they refuse.
 */
import { and, eq } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import type { Viewer } from '../../../auth/viewer.js';
import type { Db } from '../../../db/database.js';
import { idOf } from '../../../graphql/global-id.js';
import type { UserError } from '../../../graphql/user-error.js';
import type { MemberRow } from '../../members/index.js';
import { performIllAction, type IllActionDetails } from '../ill-actions.service.js';
import { createIllRequest, findIllRequestByPeer } from '../ill-requests.service.js';
import { findTransition, ILL_MODELS, type IllAction, type IllServiceType } from '../ill-states.js';
import { illRequests, type IllRequestRow } from '../ill.tables.js';
import type { CreateIllRequestInput } from '../ill.types.js';
import type { Iso18626Error } from './iso18626-confirmation.js';
import {
  COPY_LINK_DAYS,
  DETAIL_ELEMENT,
  REQUEST_FIELD_ELEMENT,
  REQUESTER_ACTION_MAP,
  serviceLevelOf,
  serviceTypeOf,
  SUPPLIER_REASON_MAP,
  SUPPLIER_STATUS_MAP,
} from './iso18626-mapping.js';
import type { Iso18626Message, Iso18626Request, Iso18626RequestingAgencyMessage, Iso18626SupplyingAgencyMessage } from './iso18626-messages.js';

export interface Agencies {
  supplier: MemberRow;
  requester: MemberRow;
}

export async function applyMessage(db: Db, staff: Viewer, message: Iso18626Message, agencies: Agencies, received: Date): Promise<Iso18626Error | null> {
  try {
    if (message.kind === 'request') return await applyRequest(db, staff, message, agencies);
    if (message.kind === 'supplyingAgencyMessage') return await applySupplying(db, staff, message, agencies, received);
    return await applyRequesting(db, staff, message, agencies);
  } catch (err) {
    // the policy refuses at the top (FORBIDDEN): here, an agency acting on a request that is not its own
    if (err instanceof GraphQLError && err.extensions?.code === 'FORBIDDEN') {
      const name = message.kind === 'supplyingAgencyMessage' ? 'supplyingAgencyId' : 'requestingAgencyId';
      return { type: 'UnrecognisedDataValue', value: `header/${name}: ${err.message}` };
    }
    throw err;
  }
}

/** xs:dateTime -> its date as written (the sender's calendar day), YYYY-MM-DD. */
const dayOf = (dateTime: string | undefined): string | undefined => (dateTime && /^\d{4}-\d{2}-\d{2}/.test(dateTime) ? dateTime.slice(0, 10) : undefined);

async function applyRequest(db: Db, staff: Viewer, m: Iso18626Request, agencies: Agencies): Promise<Iso18626Error | null> {
  const peerRequestId = m.header.requestingAgencyRequestId!;
  // the same request sent again (a Retry, a Reminder, a lost confirmation): already here, so OK, once
  if (await findIllRequestByPeer(db, agencies.requester.id, peerRequestId)) return null;
  const bib = m.bibliographicInfo;
  const itemId = (code: string) => bib.itemIds.find((i) => i.code.toUpperCase() === code)?.value;
  const serviceType = serviceTypeOf(m.serviceInfo.serviceType, Boolean(bib.titleOfComponent || bib.pagesRequested));
  // this network is the union catalogue: a peer that looked the item up here may name our Record ID
  const recordId = bib.supplierUniqueRecordId && idOf(bib.supplierUniqueRecordId, 'Record') !== null ? bib.supplierUniqueRecordId : null;
  const input: CreateIllRequestInput = {
    requesterCode: agencies.requester.code,
    recordId,
    serviceType,
    serviceLevel: serviceLevelOf(m.serviceInfo.serviceLevel),
    title: bib.title ?? null,
    author: bib.author ?? bib.authorOfComponent ?? null,
    isbn: itemId('ISBN') ?? null,
    issn: itemId('ISSN') ?? null,
    articleTitle: bib.titleOfComponent ?? null,
    volume: bib.volume ?? null,
    issue: bib.issue ?? null,
    pages: bib.pagesRequested ?? null,
    neededBy: dayOf(m.serviceInfo.needBeforeDate) ?? null,
    maxCost: m.maximumCosts?.amount ?? null,
    currency: m.maximumCosts?.currency ?? null,
    patronReference: m.patronId ?? null,
    // ISO 18626 carries the copyright regime the requester complied with (e.g. UK-FairDealing, US-CCG)
    copyrightDeclaration: serviceType === 'COPY' ? Boolean(m.serviceInfo.copyrightCompliance) : null,
  } as CreateIllRequestInput;
  let result;
  try {
    result = await createIllRequest(db, staff, input, { origin: 'ISO18626', peerRequestId });
  } catch (err) {
    // the same request sent twice at once: the unique (requester, peer ID) index lets one in
    if (isUniqueViolation(err) && (await findIllRequestByPeer(db, agencies.requester.id, peerRequestId))) return null;
    throw err;
  }
  if (result.userErrors.some((e) => e.code === 'DUPLICATE_PEER_REQUEST')) return null; // placed meanwhile
  return fromUserErrors(result.userErrors, REQUEST_FIELD_ELEMENT);
}

/** PostgreSQL's unique_violation (23505), as the driver or Drizzle (in `cause`) reports it. */
function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e.code === '23505') return true;
  }
  return false;
}

/** The request a message is about: the peer's own ID for requests that came over ISO 18626, else our IllRequest ID. */
async function findRequest(db: Db, requester: MemberRow, requestingAgencyRequestId: string): Promise<IllRequestRow | null> {
  const byPeer = await findIllRequestByPeer(db, requester.id, requestingAgencyRequestId);
  if (byPeer) return byPeer;
  const id = idOf(requestingAgencyRequestId, 'IllRequest') ?? (/^\d{1,9}$/.test(requestingAgencyRequestId) ? Number(requestingAgencyRequestId) : null);
  if (id === null) return null;
  const [row] = await db.select().from(illRequests).where(and(eq(illRequests.id, id), eq(illRequests.requesterMemberId, requester.id)));
  return row ?? null;
}

const unknownRequest = (m: Iso18626SupplyingAgencyMessage | Iso18626RequestingAgencyMessage, requester: MemberRow): Iso18626Error => ({
  type: 'UnrecognisedDataValue',
  value: `header/requestingAgencyRequestId: "${m.header.requestingAgencyRequestId}" is not a request of ${requester.code}`,
});

async function applySupplying(db: Db, staff: Viewer, m: Iso18626SupplyingAgencyMessage, agencies: Agencies, received: Date): Promise<Iso18626Error | null> {
  const handling = SUPPLIER_REASON_MAP[m.reasonForMessage];
  if (handling === 'unsupported') return { type: 'UnsupportedReasonForMessageType', value: `messageInfo/reasonForMessage: ${m.reasonForMessage} (this network asks for no renewals)` };
  const request = await findRequest(db, agencies.requester, m.header.requestingAgencyRequestId!);
  if (!request) return unknownRequest(m, agencies.requester);
  if (request.supplierMemberId !== agencies.supplier.id) {
    return { type: 'UnrecognisedDataValue', value: `header/supplyingAgencyId: ${agencies.supplier.code} is not the supplier asked now for this request` };
  }
  if (handling === 'note') return null;
  const mapping = SUPPLIER_STATUS_MAP[m.status];
  if (mapping.unsupported) return { type: 'UnrecognisedDataValue', value: `statusInfo/status: ${m.status} is not supported by this network (${mapping.note})` };
  if (mapping.action === null) {
    if (mapping.expects && request.state !== mapping.expects) return { type: 'UnrecognisedDataValue', value: `statusInfo/status: ${m.status}, but the request is ${request.state}` };
    return null;
  }
  const details: IllActionDetails = {};
  if (mapping.action === 'SHIP') details.dueDate = dayOf(m.dueDate) ?? null;
  if (mapping.action === 'CANNOT_SUPPLY') details.reason = (m.status === 'RetryPossible' ? m.reasonRetry : m.reasonUnfilled) ?? m.note ?? null;
  if (mapping.action === 'DELIVER_COPY') {
    const url = m.deliveryInfo?.itemId;
    if (!url || !/^https?:\/\/\S+$/i.test(url)) return { type: 'UnrecognisedDataValue', value: 'deliveryInfo/itemId: CopyCompleted must carry the URL of the copy (http or https)' };
    const sent = m.deliveryInfo?.dateSent ? new Date(m.deliveryInfo.dateSent) : received;
    details.copyUrl = url;
    details.copyExpiresAt = new Date((Number.isNaN(sent.getTime()) ? received : sent).getTime() + COPY_LINK_DAYS * 86_400_000);
  }
  if ((mapping.action === 'SHIP' || mapping.action === 'DELIVER_COPY') && m.deliveryInfo?.deliveryCosts) details.cost = m.deliveryInfo.deliveryCosts.amount;
  return act(db, staff, request, mapping.action, m.note ?? null, details, `statusInfo/status: ${m.status}`, 'UnrecognisedDataValue');
}

async function applyRequesting(db: Db, staff: Viewer, m: Iso18626RequestingAgencyMessage, agencies: Agencies): Promise<Iso18626Error | null> {
  const mapping = REQUESTER_ACTION_MAP[m.action];
  if (mapping.unsupported) return { type: 'UnsupportedActionType', value: `action: ${m.action} (${mapping.note.replace(/^ERROR UnsupportedActionType: /, '')})` };
  const request = await findRequest(db, agencies.requester, m.header.requestingAgencyRequestId!);
  if (!request) return unknownRequest(m, agencies.requester);
  if (mapping.action === null) return null;
  const details: IllActionDetails = mapping.action === 'CANCEL' && m.note ? { reason: m.note } : {};
  return act(db, staff, request, mapping.action, m.note ?? null, details, `action: ${m.action}`, 'UnsupportedActionType');
}

/**
 * performIllAction, once the model says the action fits. A message repeated (ISO 18626 lets a
 * supplier send ExpectToSupply, then WillSupply) finds the request already where the action leads:
 * that is an OK with nothing changed, not an error.
 */
async function act(
  db: Db, staff: Viewer, request: IllRequestRow, action: IllAction, note: string | null, details: IllActionDetails, what: string, refusal: 'UnrecognisedDataValue' | 'UnsupportedActionType',
): Promise<Iso18626Error | null> {
  const serviceType = request.serviceType as IllServiceType;
  if (!findTransition(serviceType, request.state, action)) {
    const leadsTo = ILL_MODELS[serviceType].flatMap((s) => s.transitions).find((t) => t.action === action)?.to;
    if (leadsTo === request.state && action !== 'CANNOT_SUPPLY') return null;
    return { type: refusal, value: `${what} is not possible while the request is ${request.state} (${action} is not allowed)` };
  }
  const result = await performIllAction(db, staff, { requestId: request.id, action, note, details });
  return fromUserErrors(result.userErrors, DETAIL_ELEMENT);
}

/** The first userError as errorData, naming the ISO 18626 element its field came from. */
function fromUserErrors(errors: UserError[], elements: Readonly<Record<string, string>>): Iso18626Error | null {
  if (errors.length === 0) return null;
  const [first] = errors;
  const field = first.field ?? [];
  const element = elements[field[field.length - 1] ?? ''] ?? field.join('.');
  const type = first.code === 'ACTION_NOT_ALLOWED' ? 'UnsupportedActionType' : 'UnrecognisedDataValue';
  return { type, value: `${element ? `${element}: ` : ''}${first.message}` };
}
