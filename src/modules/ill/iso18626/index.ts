// ISO 18626 at the edge of the ILL module (README "ISO 18626"): reached through src/modules/ill/index.ts.
export { receiveIso18626, type Iso18626Answer, type Iso18626Caller, type Iso18626Deps } from './iso18626.service.js';
export { createXsdValidator, resolveXsdPath, DEFAULT_ISO18626_XSD, ISO18626_XSD_FILE, MAX_WAITING_VALIDATIONS, XsdUnavailable, type XsdValidator, type XsdResult } from './iso18626-xsd.js';
export { confirmationXml, ISO18626_ERROR_TYPES, type ConfirmationInput, type Iso18626Error, type Iso18626ErrorType } from './iso18626-confirmation.js';
export {
  CONFIRMATION_OF,
  findPlaceholder,
  ISO18626_CONFIRMATION_KINDS,
  ISO18626_MESSAGE_KINDS,
  ISO18626_VERSIONS,
  openEnvelope,
  readHeader,
  readMessage,
  type Iso18626Message,
  type Iso18626MessageKind,
  type Iso18626ConfirmationKind,
} from './iso18626-messages.js';
export { ISO18626_NS, parseXml, serialize, type XmlElement } from './iso18626-xml.js';
export { COPY_LINK_DAYS, REQUESTER_ACTION_MAP, SUPPLIER_REASON_MAP, SUPPLIER_STATUS_MAP } from './iso18626-mapping.js';
