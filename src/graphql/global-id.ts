/** Opaque global IDs: base64url("Type:<database id>"). Clients must treat them as opaque strings. */
export type NodeTypeName = 'Member' | 'Record' | 'Holding' | 'RecordSource' | 'ImportRun' | 'Resource' | 'Agreement' | 'AgreementPeriod' | 'Entitlement';
const NODE_TYPES: readonly NodeTypeName[] = ['Member', 'Record', 'Holding', 'RecordSource', 'ImportRun', 'Resource', 'Agreement', 'AgreementPeriod', 'Entitlement'];

export function toGlobalId(type: NodeTypeName, id: number): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

export function fromGlobalId(globalId: string): { type: NodeTypeName; id: number } | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  const type = decoded.slice(0, colon) as NodeTypeName;
  const id = Number(decoded.slice(colon + 1));
  if (!NODE_TYPES.includes(type) || !Number.isSafeInteger(id) || id <= 0) return null;
  return { type, id };
}

/** The database id behind a global ID of the expected type, or null. */
export function idOf(globalId: string, type: NodeTypeName): number | null {
  const parsed = fromGlobalId(globalId);
  return parsed && parsed.type === type ? parsed.id : null;
}
