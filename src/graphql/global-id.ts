/** Opaque global IDs: base64url("Type:<database id>"). Clients must treat them as opaque strings. */
export type NodeTypeName = 'Member' | 'Record' | 'Holding' | 'RecordSource' | 'ImportRun' | 'Resource' | 'Agreement' | 'AgreementPeriod' | 'Entitlement' | 'UsageProvider' | 'CounterReport' | 'UsageAccount' | 'UsageHarvest' | 'IllRequest' | 'IllClosure' | 'WebhookSubscription' | 'WebhookDelivery' | 'ApiClient';
const NODE_TYPES: readonly NodeTypeName[] = ['Member', 'Record', 'Holding', 'RecordSource', 'ImportRun', 'Resource', 'Agreement', 'AgreementPeriod', 'Entitlement', 'UsageProvider', 'CounterReport', 'UsageAccount', 'UsageHarvest', 'IllRequest', 'IllClosure', 'WebhookSubscription', 'WebhookDelivery', 'ApiClient'];

export function toGlobalId(type: NodeTypeName, id: number): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

/** The largest database id: every id column is a PostgreSQL `integer`. */
export const MAX_DATABASE_ID = 2 ** 31 - 1;

function decode(globalId: string): { type: NodeTypeName; number: string } | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  const type = decoded.slice(0, colon) as NodeTypeName;
  return NODE_TYPES.includes(type) ? { type, number: decoded.slice(colon + 1) } : null;
}

export function fromGlobalId(globalId: string): { type: NodeTypeName; id: number } | null {
  const parsed = decode(globalId);
  const id = parsed ? Number(parsed.number) : NaN;
  if (!parsed || !Number.isSafeInteger(id) || id <= 0 || id > MAX_DATABASE_ID) return null;
  return { type: parsed.type, id };
}

/**
 * True for a global ID whose number no row can have (2^31 or more): a client's mistake to report as
 * such, where an unknown but possible ID is simply not found.
 */
export function isOutOfRangeGlobalId(globalId: string): boolean {
  const parsed = decode(globalId);
  return !!parsed && /^\d+$/.test(parsed.number) && Number(parsed.number) > MAX_DATABASE_ID;
}

/** The database id behind a global ID of the expected type, or null. */
export function idOf(globalId: string, type: NodeTypeName): number | null {
  const parsed = fromGlobalId(globalId);
  return parsed && parsed.type === type ? parsed.id : null;
}
