/**
 * The confirmation each ISO 18626 message gets, in the v1.2 schema's shape:
 *   confirmationHeader (supplyingAgencyId?, requestingAgencyId?, timestamp, requestingAgencyRequestId?,
 *   multipleItemRequestId?, timestampReceived, messageStatus), where timestamp is when we answer and
 *   timestampReceived the timestamp of the message confirmed (as CrossLink's broker does; our receipt
 *   time when the message's own cannot be read), then reasonForMessage (supplying agency
 *   message) or action (requesting agency message) echoed, then errorData (errorType, errorValue?).
 * The tests validate every answer against the schema.
 */
import {
  ISO18626_REASONS_FOR_MESSAGE,
  ISO18626_REQUESTER_ACTIONS,
  ISO18626_VERSIONS,
  type AgencyId,
  type Iso18626ConfirmationKind,
  type Iso18626Header,
} from './iso18626-messages.js';
import { el, serialize, type XmlElement } from './iso18626-xml.js';

export const ISO18626_ERROR_TYPES = ['UnsupportedActionType', 'UnsupportedReasonForMessageType', 'UnrecognisedDataElement', 'UnrecognisedDataValue', 'BadlyFormedMessage'] as const;
export type Iso18626ErrorType = (typeof ISO18626_ERROR_TYPES)[number];

export interface Iso18626Error {
  type: Iso18626ErrorType;
  /** what was not accepted, naming the element (e.g. "requestingAgencyId: CN-XX is not a member of this network") */
  value: string;
}

export interface ConfirmationInput {
  kind: Iso18626ConfirmationKind;
  /** the version label the peer used (echoed when it is one this endpoint reads, else 1.2) */
  version: string;
  /** what could be read of the message's header (echoed) */
  header: Iso18626Header;
  /** when the message arrived: timestampReceived when the header's timestamp is missing or not an xs:dateTime */
  received: Date;
  now: Date;
  error: Iso18626Error | null;
  /** supplyingAgencyMessage: its reasonForMessage; requestingAgencyMessage: its action (echoed when in the closed list) */
  echo?: string | null;
}

/** errorValue is free text: kept short, so a huge bad value is not sent back whole. */
const MAX_ERROR_VALUE = 500;

/** xs:dateTime's lexical form (a year of 4+ digits, optional fraction and zone). */
const XS_DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

const agency = (name: string, id: AgencyId | null): XmlElement[] => (id ? [el(name, [el('agencyIdType', id.type), el('agencyIdValue', id.value)])] : []);
const optional = (name: string, value: string | null): XmlElement[] => (value ? [el(name, value)] : []);

export function confirmationXml(input: ConfirmationInput): string {
  const h = input.header;
  const header = el('confirmationHeader', [
    ...agency('supplyingAgencyId', h.supplyingAgencyId),
    ...agency('requestingAgencyId', h.requestingAgencyId),
    el('timestamp', input.now.toISOString()),
    ...optional('requestingAgencyRequestId', h.requestingAgencyRequestId),
    ...optional('multipleItemRequestId', h.multipleItemRequestId),
    el('timestampReceived', h.timestamp && XS_DATE_TIME.test(h.timestamp) ? h.timestamp : input.received.toISOString()),
    el('messageStatus', input.error ? 'ERROR' : 'OK'),
  ]);
  const echo: XmlElement[] = [];
  if (input.kind === 'supplyingAgencyMessageConfirmation' && input.echo && (ISO18626_REASONS_FOR_MESSAGE as readonly string[]).includes(input.echo)) echo.push(el('reasonForMessage', input.echo));
  if (input.kind === 'requestingAgencyMessageConfirmation' && input.echo && (ISO18626_REQUESTER_ACTIONS as readonly string[]).includes(input.echo)) echo.push(el('action', input.echo));
  const errorData = input.error
    ? [el('errorData', [el('errorType', input.error.type), el('errorValue', input.error.value.length > MAX_ERROR_VALUE ? `${input.error.value.slice(0, MAX_ERROR_VALUE - 1)}…` : input.error.value)])]
    : [];
  const version = (ISO18626_VERSIONS as readonly string[]).includes(input.version) ? input.version : '1.2';
  return serialize(el('ISO18626Message', [el(input.kind, [header, ...echo, ...errorData])], { version }));
}
