/**
 * ISO 18626 messages as types, read from a parsed tree: the envelope first (which message, which
 * version, normalised for the v1.2 schema), then, once the schema has passed it, the typed message.
 *
 * Normalisation before validation (README "ISO 18626"): every message is read with the v1.2 schema.
 * - Messages labelled version 1.0 or 1.1, as some peers send, lack v1.2's one new required element,
 *   header/multipleItemRequestId: an empty one is added (v1.2's other additions are optional).
 * - A `version` attribute without the ISO 18626 namespace (the schema qualifies attributes) is read
 *   as the qualified one, and a message in no namespace at all is read as if in the ISO 18626 one.
 * Nothing else is changed: the schema judges the rest.
 */
import { child, childrenNamed, ISO18626_NS, textOf, type XmlElement } from './iso18626-xml.js';

export const ISO18626_MESSAGE_KINDS = ['request', 'supplyingAgencyMessage', 'requestingAgencyMessage'] as const;
export type Iso18626MessageKind = (typeof ISO18626_MESSAGE_KINDS)[number];

export const ISO18626_CONFIRMATION_KINDS = ['requestConfirmation', 'supplyingAgencyMessageConfirmation', 'requestingAgencyMessageConfirmation'] as const;
export type Iso18626ConfirmationKind = (typeof ISO18626_CONFIRMATION_KINDS)[number];

export const CONFIRMATION_OF: Readonly<Record<Iso18626MessageKind, Iso18626ConfirmationKind>> = {
  request: 'requestConfirmation',
  supplyingAgencyMessage: 'supplyingAgencyMessageConfirmation',
  requestingAgencyMessage: 'requestingAgencyMessageConfirmation',
};

/** Version labels read with the v1.2 schema; the 2021 revision ("2021-2") has another structure and is not read. */
export const ISO18626_VERSIONS = ['1.0', '1.1', '1.2'] as const;

/** Closed lists of the v1.2 schema that answers echo (only values from these are echoed). */
export const ISO18626_REASONS_FOR_MESSAGE = ['RequestResponse', 'StatusRequestResponse', 'RenewResponse', 'CancelResponse', 'StatusChange', 'Notification'] as const;
export const ISO18626_REQUESTER_ACTIONS = ['StatusRequest', 'Received', 'Cancel', 'Renew', 'ShippedReturn', 'ShippedForward', 'Notification'] as const;
export const ISO18626_STATUSES = [
  'RequestReceived',
  'ExpectToSupply',
  'WillSupply',
  'Loaned',
  'Overdue',
  'Recalled',
  'RetryPossible',
  'Unfilled',
  'CopyCompleted',
  'LoanCompleted',
  'CompletedWithoutReturn',
  'Cancelled',
] as const;
export type Iso18626ReasonForMessage = (typeof ISO18626_REASONS_FOR_MESSAGE)[number];
export type Iso18626RequesterAction = (typeof ISO18626_REQUESTER_ACTIONS)[number];
export type Iso18626Status = (typeof ISO18626_STATUSES)[number];

export interface AgencyId {
  type: string;
  value: string;
}

export interface Iso18626Header {
  supplyingAgencyId: AgencyId | null;
  requestingAgencyId: AgencyId | null;
  multipleItemRequestId: string | null;
  timestamp: string | null;
  requestingAgencyRequestId: string | null;
  supplyingAgencyRequestId: string | null;
}

export interface Iso18626Request {
  kind: 'request';
  header: Iso18626Header;
  bibliographicInfo: {
    supplierUniqueRecordId?: string;
    title?: string;
    author?: string;
    titleOfComponent?: string;
    authorOfComponent?: string;
    volume?: string;
    issue?: string;
    pagesRequested?: string;
    /** bibliographicItemId: ISBN, ISSN, ISMN … with their identifier */
    itemIds: { code: string; value: string }[];
  };
  serviceInfo: {
    requestType?: string;
    /** Copy | Loan | CopyOrLoan; absent when the request has no serviceInfo */
    serviceType?: string;
    serviceLevel?: string;
    needBeforeDate?: string;
    copyrightCompliance?: string;
    note?: string;
  };
  /** patronInfo/patronId: the only patron datum kept (as the patron reference) */
  patronId?: string;
  maximumCosts?: { currency: string; amount: string };
}

export interface Iso18626SupplyingAgencyMessage {
  kind: 'supplyingAgencyMessage';
  header: Iso18626Header;
  reasonForMessage: Iso18626ReasonForMessage;
  answerYesNo?: string;
  note?: string;
  reasonUnfilled?: string;
  reasonRetry?: string;
  status: Iso18626Status;
  dueDate?: string;
  deliveryInfo?: { dateSent: string; itemId?: string; sentVia?: string; deliveryCosts?: { currency: string; amount: string } };
}

export interface Iso18626RequestingAgencyMessage {
  kind: 'requestingAgencyMessage';
  header: Iso18626Header;
  action: Iso18626RequesterAction;
  note?: string;
}

export type Iso18626Message = Iso18626Request | Iso18626SupplyingAgencyMessage | Iso18626RequestingAgencyMessage;

export interface Envelope {
  /** the message or confirmation element's name; null when it is neither */
  kind: Iso18626MessageKind | Iso18626ConfirmationKind | null;
  /** whether the root is ISO18626Message (a bare message element is not accepted) */
  wrapped: boolean;
  /** the version label as sent ('' when absent) */
  version: string;
  /** the message element (request, supplyingAgencyMessage, …) */
  body: XmlElement | null;
  /** the tree to validate: the root after normalisation (see the head of this file) */
  root: XmlElement;
}

const ALL_KINDS: readonly string[] = [...ISO18626_MESSAGE_KINDS, ...ISO18626_CONFIRMATION_KINDS];

export function isMessageKind(kind: string | null): kind is Iso18626MessageKind {
  return (ISO18626_MESSAGE_KINDS as readonly string[]).includes(kind ?? '');
}

/** Which message this is, and its tree normalised for the v1.2 schema (the given tree is changed in place). */
export function openEnvelope(root: XmlElement): Envelope {
  const wrapped = root.name === 'ISO18626Message';
  const body = wrapped ? (root.children[0] ?? null) : root;
  const kind = body && ALL_KINDS.includes(body.name) ? (body.name as Envelope['kind']) : null;
  if (root.ns === '') moveIntoIsoNamespace(root);
  const versionAttr = root.attributes.get('version');
  const version = versionAttr?.value.trim() ?? '';
  if (versionAttr) root.attributes.set('version', { ns: ISO18626_NS, value: versionAttr.value });
  if (wrapped && body && (version === '1.0' || version === '1.1')) addMultipleItemRequestId(body);
  return { kind, wrapped, version, body, root };
}

function moveIntoIsoNamespace(element: XmlElement): void {
  if (element.ns !== '') return;
  element.ns = ISO18626_NS;
  for (const c of element.children) moveIntoIsoNamespace(c);
}

/** v1.0/1.1 had no header/multipleItemRequestId; v1.2 requires it (it may be empty) after requestingAgencyId. */
function addMultipleItemRequestId(body: XmlElement): void {
  const header = child(body, 'header');
  if (!header || child(header, 'multipleItemRequestId')) return;
  const at = header.children.findIndex((c) => c.name === 'requestingAgencyId');
  if (at === -1) return; // the schema will say what is missing
  header.children.splice(at + 1, 0, { name: 'multipleItemRequestId', ns: header.ns, attributes: new Map(), children: [], text: '' });
}

function agencyId(element: XmlElement | undefined): AgencyId | null {
  const type = textOf(element, 'agencyIdType');
  const value = textOf(element, 'agencyIdValue');
  return type && value ? { type, value } : null;
}

/** The header as far as it can be read (also from a message the schema refused, to echo in the answer). */
export function readHeader(body: XmlElement | null): Iso18626Header {
  const header = child(body ?? undefined, 'header');
  return {
    supplyingAgencyId: agencyId(child(header, 'supplyingAgencyId')),
    requestingAgencyId: agencyId(child(header, 'requestingAgencyId')),
    multipleItemRequestId: textOf(header, 'multipleItemRequestId') ?? null,
    timestamp: textOf(header, 'timestamp') ?? null,
    requestingAgencyRequestId: textOf(header, 'requestingAgencyRequestId') ?? null,
    supplyingAgencyRequestId: textOf(header, 'supplyingAgencyRequestId') ?? null,
  };
}

function costs(element: XmlElement | undefined): { currency: string; amount: string } | undefined {
  const currency = textOf(element, 'currencyCode');
  const amount = textOf(element, 'monetaryValue');
  return element && currency && amount ? { currency, amount } : undefined;
}

/** The typed message from a schema-valid body (the schema guarantees the required parts and the closed lists). */
export function readMessage(kind: Iso18626MessageKind, body: XmlElement): Iso18626Message {
  const header = readHeader(body);
  if (kind === 'request') {
    const bib = child(body, 'bibliographicInfo');
    const service = child(body, 'serviceInfo');
    return {
      kind,
      header,
      bibliographicInfo: {
        supplierUniqueRecordId: textOf(bib, 'supplierUniqueRecordId'),
        title: textOf(bib, 'title'),
        author: textOf(bib, 'author'),
        titleOfComponent: textOf(bib, 'titleOfComponent'),
        authorOfComponent: textOf(bib, 'authorOfComponent'),
        volume: textOf(bib, 'volume'),
        issue: textOf(bib, 'issue'),
        pagesRequested: textOf(bib, 'pagesRequested'),
        itemIds: childrenNamed(bib, 'bibliographicItemId').flatMap((id) => {
          const code = textOf(id, 'bibliographicItemIdentifierCode');
          const value = textOf(id, 'bibliographicItemIdentifier');
          return code && value ? [{ code, value }] : [];
        }),
      },
      serviceInfo: {
        requestType: textOf(service, 'requestType'),
        serviceType: textOf(service, 'serviceType'),
        serviceLevel: textOf(service, 'serviceLevel'),
        needBeforeDate: textOf(service, 'needBeforeDate'),
        copyrightCompliance: textOf(service, 'copyrightCompliance'),
        note: textOf(service, 'note'),
      },
      patronId: textOf(child(body, 'patronInfo'), 'patronId'),
      maximumCosts: costs(child(child(body, 'billingInfo'), 'maximumCosts')),
    };
  }
  if (kind === 'supplyingAgencyMessage') {
    const info = child(body, 'messageInfo');
    const status = child(body, 'statusInfo');
    const delivery = child(body, 'deliveryInfo');
    return {
      kind,
      header,
      reasonForMessage: textOf(info, 'reasonForMessage') as Iso18626ReasonForMessage,
      answerYesNo: textOf(info, 'answerYesNo'),
      note: textOf(info, 'note'),
      reasonUnfilled: textOf(info, 'reasonUnfilled'),
      reasonRetry: textOf(info, 'reasonRetry'),
      status: textOf(status, 'status') as Iso18626Status,
      dueDate: textOf(status, 'dueDate'),
      deliveryInfo: delivery
        ? { dateSent: textOf(delivery, 'dateSent') ?? '', itemId: textOf(delivery, 'itemId'), sentVia: textOf(delivery, 'sentVia'), deliveryCosts: costs(child(delivery, 'deliveryCosts')) }
        : undefined,
    };
  }
  return { kind, header, action: textOf(body, 'action') as Iso18626RequesterAction, note: textOf(body, 'note') };
}

/**
 * Template placeholders left in a message (mod-rs's `_SUPPLY_AGENCY_ID_`, `_TIMESTAMP_`, its
 * `requestId_holder`): the sender filled in a template badly, so nothing in it can be trusted.
 * Returns the path of the first element (or attribute) carrying one, with its value.
 */
const PLACEHOLDER = [/^_[A-Z][A-Z0-9_]*_$/, /_holder$/i];

export function findPlaceholder(body: XmlElement, pathSoFar: string[] = []): { path: string; value: string } | null {
  for (const c of body.children) {
    const here = [...pathSoFar, c.name];
    const value = c.text.trim();
    if (c.children.length === 0 && PLACEHOLDER.some((re) => re.test(value))) return { path: here.join('/'), value };
    for (const [name, attr] of c.attributes) if (PLACEHOLDER.some((re) => re.test(attr.value.trim()))) return { path: `${here.join('/')}/@${name}`, value: attr.value.trim() };
    const deeper = findPlaceholder(c, here);
    if (deeper) return deeper;
  }
  return null;
}
