/**
 * POST /iso18626: one ISO 18626 message in, its confirmation out (README "ISO 18626").
 *
 * In order: well-formed XML (saxes; else BadlyFormedMessage) → which message, in the ISO18626Message
 * envelope, with a version read by the v1.2 schema (iso18626-messages.ts) → the v1.2 XSD (libxml2 in
 * wasm; else BadlyFormedMessage with libxml2's first complaint) → a confirmation sent to us is
 * acknowledged (204) → no template placeholders left in it (else UnrecognisedDataValue) → both agencies
 * named by ISIL and members of the network (else UnrecognisedDataValue naming the element) → the
 * bearer token, when one is given or ISO18626_REQUIRE_AUTH is set, is the sending member's → the
 * message becomes createIllRequest or performIllAction (iso18626-apply.ts), whose userErrors become
 * the confirmation's errorData, nothing having changed.
 */
import type { Viewer } from '../../../auth/viewer.js';
import type { Db } from '../../../db/database.js';
import { membersByCodes, type MemberRow } from '../../members/index.js';
import { applyMessage } from './iso18626-apply.js';
import { confirmationXml, type Iso18626Error } from './iso18626-confirmation.js';
import {
  CONFIRMATION_OF,
  findPlaceholder,
  ISO18626_VERSIONS,
  isMessageKind,
  openEnvelope,
  readHeader,
  readMessage,
  type AgencyId,
  type Envelope,
  type Iso18626MessageKind,
} from './iso18626-messages.js';
import { XsdUnavailable, type XsdValidator } from './iso18626-xsd.js';
import { parseXml, serialize } from './iso18626-xml.js';

export type Iso18626Answer =
  /** HTTP 200 with the confirmation (messageStatus OK or ERROR) */
  | { kind: 'confirmation'; xml: string; messageStatus: 'OK' | 'ERROR'; error: Iso18626Error | null }
  /** HTTP 204: a confirmation sent to us, read and valid */
  | { kind: 'acknowledged' }
  /** no confirmation can answer it: not an ISO 18626 message, a bad confirmation, a token refused, no schema */
  | { kind: 'refused'; status: 400 | 401 | 403 | 503; code: string; message: string };

export interface Iso18626Caller {
  /** the verified bearer token's viewer; null when the request carried none */
  viewer: Viewer | null;
  /** ISO18626_REQUIRE_AUTH: a member's token is required */
  requireAuth: boolean;
}

export interface Iso18626Deps {
  db: Db;
  validator: XsdValidator;
  now?: () => Date;
}

const refused = (status: 400 | 401 | 403 | 503, code: string, message: string): Iso18626Answer => ({ kind: 'refused', status, code, message });

/** The agency that sends each message: a supplier answers, a requester asks and acts. */
const SENDER: Readonly<Record<Iso18626MessageKind, 'supplyingAgencyId' | 'requestingAgencyId'>> = {
  request: 'requestingAgencyId',
  supplyingAgencyMessage: 'supplyingAgencyId',
  requestingAgencyMessage: 'requestingAgencyId',
};

export async function receiveIso18626(deps: Iso18626Deps, text: string, caller: Iso18626Caller): Promise<Iso18626Answer> {
  const now = deps.now ?? (() => new Date());
  const received = now();
  if (caller.requireAuth && caller.viewer === null) return refused(401, 'UNAUTHENTICATED', "ISO18626_REQUIRE_AUTH is on: send the member's bearer token (Authorization: Bearer <token>).");
  const parsed = parseXml(text);
  const envelope = parsed.ok ? openEnvelope(parsed.root) : parsed.partial ? openEnvelope(parsed.partial) : null;
  if (!envelope || envelope.kind === null) {
    const why = parsed.ok ? 'its root is not ISO18626Message holding a request, supplyingAgencyMessage or requestingAgencyMessage (or a confirmation)' : `it is not well-formed XML (${parsed.reason})`;
    return refused(400, 'BAD_REQUEST', `Not an ISO 18626 message: ${why}.`);
  }
  const notWellFormed = parsed.ok ? null : parsed.reason;
  try {
    if (!isMessageKind(envelope.kind)) return await receiveConfirmation(deps, envelope, notWellFormed, caller);
    const kind = envelope.kind;
    const error = await checkAndApply(deps, envelope, kind, notWellFormed, caller, received);
    if (error && 'kind' in error) return error; // refused at the HTTP level (a token)
    return answer(envelope, kind, received, now(), error);
  } catch (err) {
    if (err instanceof XsdUnavailable) return refused(503, 'SERVICE_UNAVAILABLE', `ISO 18626 is not available: ${err.message}${deps.validator.available() ? '' : ' (set ISO18626_XSD)'}.`);
    throw err;
  }
}

/** A message's checks in order (see the head of this file), then its action: the errorData to answer with, null for OK. */
async function checkAndApply(
  deps: Iso18626Deps, envelope: Envelope, kind: Iso18626MessageKind, notWellFormed: string | null, caller: Iso18626Caller, received: Date,
): Promise<Iso18626Error | Iso18626Answer | null> {
  if (notWellFormed !== null) return { type: 'BadlyFormedMessage', value: `not well-formed XML: ${notWellFormed}` };
  if (!envelope.wrapped) return { type: 'BadlyFormedMessage', value: `${kind} must be the child of an ISO18626Message element` };
  if (!versionRead(envelope)) return { type: 'UnrecognisedDataValue', value: `ISO18626Message/@version: "${envelope.version}" is not read here (1.0, 1.1 and 1.2 are, with the v1.2 schema)` };
  const problems = await schemaProblems(deps.validator, envelope);
  if (problems.length > 0) return { type: 'BadlyFormedMessage', value: problems[0] };
  const body = envelope.body!;
  const placeholder = findPlaceholder(body);
  if (placeholder) return { type: 'UnrecognisedDataValue', value: `${placeholder.path}: "${placeholder.value}" is a template placeholder, not a value` };
  const message = readMessage(kind, body);
  const agencies = await resolveAgencies(deps.db, message.header.supplyingAgencyId!, message.header.requestingAgencyId!);
  if ('error' in agencies) return agencies.error;
  const sender = SENDER[kind] === 'supplyingAgencyId' ? agencies.supplier : agencies.requester;
  const token = tokenProblem(caller, sender.code);
  if (token) return token;
  const staff: Viewer = { role: 'member', sub: caller.viewer?.sub ?? `iso18626:${sender.code}`, memberCode: sender.code };
  return applyMessage(deps.db, staff, message, agencies, received);
}

/** A confirmation sent to us: 204 when it is a valid one; nothing answers a confirmation, so a bad one is an HTTP 400. */
async function receiveConfirmation(deps: Iso18626Deps, envelope: Envelope, notWellFormed: string | null, caller: Iso18626Caller): Promise<Iso18626Answer> {
  const problem =
    notWellFormed !== null ? `not well-formed XML (${notWellFormed})`
    : !envelope.wrapped ? 'its root must be ISO18626Message'
    : !versionRead(envelope) ? `version "${envelope.version}" is not one read here (1.0, 1.1, 1.2)`
    : (await schemaProblems(deps.validator, envelope)).map((p) => `it does not match the ISO 18626 v1.2 schema: ${p}`)[0];
  if (problem) return refused(400, 'BAD_REQUEST', `The ${envelope.kind} was not accepted: ${problem}.`);
  return tokenProblem(caller, null) ?? { kind: 'acknowledged' };
}

/** libxml2's complaints about the normalised message, without its boilerplate (throws XsdUnavailable). */
async function schemaProblems(validator: XsdValidator, envelope: Envelope): Promise<string[]> {
  const result = await validator.validate(serialize(envelope.root));
  if (result.valid) return [];
  const problems = result.errors.map((e) => e.replace(/^Schemas validity error\s*:\s*/, '').replace(/\{http:\/\/illtransactions\.org\/2013\/iso18626\}/g, ''));
  return problems.length > 0 ? problems : ['the message does not match the ISO 18626 v1.2 schema'];
}

function versionRead(envelope: Envelope): boolean {
  return (ISO18626_VERSIONS as readonly string[]).includes(envelope.version);
}

function answer(envelope: Envelope, kind: Iso18626MessageKind, received: Date, now: Date, error: Iso18626Error | null): Iso18626Answer {
  const body = envelope.body;
  const echo = kind === 'supplyingAgencyMessage' ? body?.children.find((c) => c.name === 'messageInfo')?.children.find((c) => c.name === 'reasonForMessage')?.text.trim() : kind === 'requestingAgencyMessage' ? body?.children.find((c) => c.name === 'action')?.text.trim() : null;
  const xml = confirmationXml({ kind: CONFIRMATION_OF[kind], version: envelope.version, header: readHeader(body), received, now, error, echo });
  return { kind: 'confirmation', xml, messageStatus: error ? 'ERROR' : 'OK', error };
}

/** Agencies are members by ISIL (members.code); both named in the header must be members. */
async function resolveAgencies(db: Db, supplying: AgencyId, requesting: AgencyId): Promise<{ supplier: MemberRow; requester: MemberRow } | { error: Iso18626Error }> {
  for (const [name, id] of [['supplyingAgencyId', supplying], ['requestingAgencyId', requesting]] as const) {
    if (id.type.toUpperCase() !== 'ISIL') return { error: { type: 'UnrecognisedDataValue', value: `header/${name}/agencyIdType: "${id.type}" (agencies of this network are named by ISIL)` } };
  }
  const found = await membersByCodes(db, [supplying.value, requesting.value]);
  const byCode = new Map(found.map((m) => [m.code, m]));
  for (const [name, id] of [['requestingAgencyId', requesting], ['supplyingAgencyId', supplying]] as const) {
    if (!byCode.has(id.value)) return { error: { type: 'UnrecognisedDataValue', value: `header/${name}/agencyIdValue: "${id.value}" is not a member of this network` } };
  }
  return { supplier: byCode.get(supplying.value)!, requester: byCode.get(requesting.value)! };
}

/**
 * A bearer token, when sent (and always with ISO18626_REQUIRE_AUTH), must be a member token of the
 * agency that sends the message: one member cannot speak for another over ISO 18626 either.
 */
function tokenProblem(caller: Iso18626Caller, senderCode: string | null): Iso18626Answer | null {
  const viewer = caller.viewer;
  if (viewer === null) return caller.requireAuth ? refused(401, 'UNAUTHENTICATED', "ISO18626_REQUIRE_AUTH is on: send the member's bearer token.") : null;
  if (viewer.role !== 'member') return refused(403, 'FORBIDDEN', `ISO 18626 messages are sent with a member library's token; this one is an ${viewer.role}'s.`);
  if (senderCode !== null && viewer.memberCode !== senderCode) return refused(403, 'FORBIDDEN', `Your token is for ${viewer.memberCode}; this message is sent by ${senderCode}.`);
  return null;
}
