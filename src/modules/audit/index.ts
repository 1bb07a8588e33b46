export { beforeAfterOf, listAuditEntries, recordAudit, type AuditEntry as AuditRecord, type AuditFilter, type BeforeAfter } from './audit.service.js';
export { AuditEntry } from './audit.types.js';
export { AuditResolver } from './audit.resolver.js';
