/**
 * ISO 18626 messages to the ILL actions of the state model (ill-states.ts), as data: the ISO edge
 * takes the same actions as GraphQL's performAction, through the same service (performIllAction),
 * so the state model and the policy decide exactly as they do for a librarian. README "ISO 18626"
 * prints these tables.
 */
import type { IllAction } from '../ill-states.js';
import type { Iso18626ReasonForMessage, Iso18626RequesterAction, Iso18626Status } from './iso18626-messages.js';

/** A copy delivered over ISO 18626 names no expiry (v1.2 has none): its link is shown this many days from dateSent. */
export const COPY_LINK_DAYS = 30;

export interface StatusMapping {
  /** the action the supplying member's staff take; null: the message is acknowledged and changes nothing */
  action: IllAction | null;
  /** null actions: the state the request must already be in for an OK (e.g. Cancelled confirms our cancel) */
  expects?: string;
  /** not supported by this network's state model: answered ERROR */
  unsupported?: true;
  note: string;
}

/** supplyingAgencyMessage statusInfo/status -> action, as the request's current supplier. */
export const SUPPLIER_STATUS_MAP: Readonly<Record<Iso18626Status, StatusMapping>> = {
  RequestReceived: { action: null, note: 'acknowledged; the request stays with the supplier' },
  ExpectToSupply: { action: 'WILL_SUPPLY', note: 'the supplier will fill it' },
  WillSupply: { action: 'WILL_SUPPLY', note: 'the supplier will fill it' },
  Loaned: { action: 'SHIP', note: 'details.dueDate from statusInfo/dueDate (required); cost from deliveryInfo/deliveryCosts' },
  Overdue: { action: null, note: 'acknowledged (a reminder; the loan stays RECEIVED)' },
  Recalled: { action: null, note: 'acknowledged (the requester is asked to return it)' },
  RetryPossible: { action: 'CANNOT_SUPPLY', note: 'no conditional answers here: the next member of the rota is asked; reason from messageInfo/reasonRetry' },
  Unfilled: { action: 'CANNOT_SUPPLY', note: 'the next member of the rota is asked, UNFILLED at its end; reason from messageInfo/reasonUnfilled' },
  CopyCompleted: { action: 'DELIVER_COPY', note: `copyUrl from deliveryInfo/itemId (an http(s) URL), valid ${COPY_LINK_DAYS} days from deliveryInfo/dateSent` },
  LoanCompleted: { action: 'CHECK_IN', note: 'the supplier has the item back' },
  CompletedWithoutReturn: { action: null, unsupported: true, note: 'ERROR: every loan here is returned' },
  Cancelled: { action: null, expects: 'CANCELLED', note: "confirms the requester's Cancel; ERROR when the request was not cancelled" },
};

/** What messageInfo/reasonForMessage makes of a supplyingAgencyMessage. */
export const SUPPLIER_REASON_MAP: Readonly<Record<Iso18626ReasonForMessage, 'status' | 'note' | 'unsupported'>> = {
  RequestResponse: 'status',
  StatusChange: 'status',
  StatusRequestResponse: 'status',
  // a Cancel takes effect at once here (CANCEL); the supplier's answer to it is only acknowledged
  CancelResponse: 'note',
  Notification: 'note',
  // renewals are not part of this network's model, so no peer is ever asked for one
  RenewResponse: 'unsupported',
};

export interface ActionMapping {
  action: IllAction | null;
  unsupported?: true;
  note: string;
}

/** requestingAgencyMessage action -> action, as the requesting member's staff. */
export const REQUESTER_ACTION_MAP: Readonly<Record<Iso18626RequesterAction, ActionMapping>> = {
  StatusRequest: { action: null, note: 'acknowledged; the state is read with the illRequests query (no message is sent back)' },
  Received: { action: 'RECEIVE', note: 'the requester has the item (or the copy)' },
  Cancel: { action: 'CANCEL', note: 'reason from note' },
  Renew: { action: 'RENEW', note: "granted by the supplier's lending rules (renewals, loan period), else ERROR naming the rule" },
  ShippedReturn: { action: 'RETURN', note: 'the item is on its way back' },
  ShippedForward: { action: null, unsupported: true, note: 'ERROR UnsupportedActionType: items go back to their supplier' },
  Notification: { action: null, note: 'acknowledged (a note)' },
};

/** serviceInfo/serviceType -> serviceType; CopyOrLoan is a copy when a part is asked for (an article, pages), else a loan. */
export function serviceTypeOf(serviceType: string | undefined, wantsPart: boolean): 'LOAN' | 'COPY' {
  if (serviceType === 'Copy') return 'COPY';
  if (serviceType === 'CopyOrLoan') return wantsPart ? 'COPY' : 'LOAN';
  return 'LOAN';
}

/** serviceInfo/serviceLevel (an open list: Express, Normal, Rush, SecondaryMail, Standard, Urgent) -> NORMAL | RUSH. */
export function serviceLevelOf(level: string | undefined): 'NORMAL' | 'RUSH' {
  return level && ['rush', 'urgent', 'express'].includes(level.toLowerCase()) ? 'RUSH' : 'NORMAL';
}

/** createIllRequest's input fields -> the ISO 18626 element they came from, to name it in errorValue. */
export const REQUEST_FIELD_ELEMENT: Readonly<Record<string, string>> = {
  requesterCode: 'header/requestingAgencyId',
  recordId: 'bibliographicInfo/supplierUniqueRecordId',
  serviceType: 'serviceInfo/serviceType',
  serviceLevel: 'serviceInfo/serviceLevel',
  title: 'bibliographicInfo/title',
  author: 'bibliographicInfo/author',
  isbn: 'bibliographicInfo/bibliographicItemId',
  issn: 'bibliographicInfo/bibliographicItemId',
  articleTitle: 'bibliographicInfo/titleOfComponent',
  volume: 'bibliographicInfo/volume',
  issue: 'bibliographicInfo/issue',
  pages: 'bibliographicInfo/pagesRequested',
  neededBy: 'serviceInfo/needBeforeDate',
  maxCost: 'billingInfo/maximumCosts/monetaryValue',
  currency: 'billingInfo/maximumCosts/currencyCode',
  patronReference: 'patronInfo/patronId',
  copyrightDeclaration: 'serviceInfo/copyrightCompliance',
  peerRequestId: 'header/requestingAgencyRequestId',
};

/** performIllAction's details -> the ISO 18626 element they came from. */
export const DETAIL_ELEMENT: Readonly<Record<string, string>> = {
  dueDate: 'statusInfo/dueDate',
  copyUrl: 'deliveryInfo/itemId',
  copyExpiresAt: 'deliveryInfo/dateSent',
  reason: 'messageInfo/reasonUnfilled',
  cost: 'deliveryInfo/deliveryCosts',
};
