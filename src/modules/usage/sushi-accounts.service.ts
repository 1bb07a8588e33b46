/**
 * Providers with a COUNTER API and members' accounts at them (customer_id, sealed requestor_id and
 * api_key). Admin only, audited; credentials are sealed here and never read back by any query (only the
 * harvester opens them, to ask). The audit entry says whether a credential is set, never its value.
 */
import { and, eq, ne } from 'drizzle-orm';
import { assertAdmin } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/database.js';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error.js';
import { SecretsKeyMissingError, type Sealer } from '../../lib/sealed-secrets.js';
import { textProblem } from '../../lib/text-check.js';
import { REPORT_IDS } from '../../importers/counter/index.js';
import { recordAudit } from '../audit/index.js';
import { memberByCode } from '../members/index.js';
import { credentialContext } from './sushi-harvest.service.js';
import { usageAccounts, usageProviders, type UsageAccountRow, type UsageProviderRow } from './usage.tables.js';

/** The report IDs a provider can be asked for (the same 16 in R5 and R5.1). */
export const COUNTER_REPORT_IDS = REPORT_IDS;
export const COUNTER_RELEASES = ['5', '5.1'] as const;

export interface UsageProviderInput {
  name: string;
  sushiUrl?: string | null;
  release?: string | null;
  platform?: string | null;
  harvestReports?: string[] | null;
}

export interface UsageAccountInput {
  providerId: number;
  memberCode: string;
  customerId: string;
  /** null or absent: keep what is stored; "": remove it; anything else: seal and store it */
  requestorId?: string | null;
  apiKey?: string | null;
}

function textError(field: string, value: string | null | undefined): UserError | null {
  const problem = value ? textProblem(value) : null;
  return problem ? userError([field], UserErrorCode.INVALID_VALUE, `${field}: ${problem}`) : null;
}

export async function createUsageProvider(db: Db, viewer: Viewer, input: UsageProviderInput): Promise<{ provider: UsageProviderRow | null; userErrors: UserError[] }> {
  assertAdmin(viewer);
  const errors: UserError[] = [];
  const name = input.name.trim();
  if (!name) errors.push(userError(['name'], UserErrorCode.REQUIRED, 'a provider needs a name'));
  const sushiUrl = input.sushiUrl?.trim().replace(/\/+$/, '') || null;
  if (sushiUrl) {
    let ok = false;
    try {
      const u = new URL(sushiUrl);
      ok = (u.protocol === 'https:' || u.protocol === 'http:') && !u.search && !u.hash && !u.username && !u.password;
    } catch {
      ok = false;
    }
    if (!ok) errors.push(userError(['sushiUrl'], UserErrorCode.INVALID_VALUE, `sushiUrl must be the COUNTER API's base URL, http(s) without query, fragment or credentials (got "${sushiUrl}")`));
  }
  const release = input.release?.trim() || '5.1';
  if (!(COUNTER_RELEASES as readonly string[]).includes(release)) errors.push(userError(['release'], UserErrorCode.INVALID_VALUE, `release must be "5" or "5.1" (got "${release}")`));
  const reports = [...new Set((input.harvestReports ?? ['PR', 'DR', 'TR']).map((r) => r.trim().toUpperCase()))];
  reports.forEach((r, i) => {
    if (!(COUNTER_REPORT_IDS as readonly string[]).includes(r)) errors.push(userError(['harvestReports', String(i)], UserErrorCode.INVALID_VALUE, `"${r}" is not a COUNTER report ID (${COUNTER_REPORT_IDS.join(', ')})`));
  });
  if (reports.length === 0) errors.push(userError(['harvestReports'], UserErrorCode.REQUIRED, 'name at least one report to harvest'));
  for (const e of [textError('name', name), textError('platform', input.platform)]) if (e) errors.push(e);
  if (errors.length === 0 && (await db.select({ id: usageProviders.id }).from(usageProviders).where(eq(usageProviders.name, name))).length > 0) {
    errors.push(userError(['name'], UserErrorCode.DUPLICATE_NAME, `a usage provider named "${name}" exists already`));
  }
  if (errors.length) return { provider: null, userErrors: errors };
  return db.transaction(async (tx) => {
    const values = { name, sushiUrl, release, platform: input.platform?.trim() || null, harvestReports: reports };
    const [row] = await tx.insert(usageProviders).values(values).returning();
    await recordAudit(tx, viewer, { action: 'createUsageProvider', entityType: 'UsageProvider', entityId: String(row.id), before: null, after: values });
    return { provider: row, userErrors: [] };
  });
}

/** What the audit log and the API may say about an account: never a credential, only whether it is set. */
export function accountSummary(row: UsageAccountRow, memberCode: string) {
  return { providerId: row.providerId, memberCode, customerId: row.customerId, hasRequestorId: row.requestorIdSealed !== null, hasApiKey: row.apiKeySealed !== null };
}

/**
 * Creates or changes a member's account at a provider (one per provider and member): its customer_id
 * and, sealed, its requestor_id and api_key.
 */
export async function setUsageAccount(db: Db, viewer: Viewer, sealer: Sealer, input: UsageAccountInput): Promise<{ account: UsageAccountRow | null; memberCode: string | null; userErrors: UserError[] }> {
  assertAdmin(viewer);
  const none = { account: null, memberCode: null };
  const errors: UserError[] = [];
  const customerId = input.customerId.trim();
  if (!customerId) errors.push(userError(['customerId'], UserErrorCode.REQUIRED, 'customerId is the COUNTER customer_id the provider gave the member'));
  for (const e of [textError('customerId', customerId), textError('requestorId', input.requestorId), textError('apiKey', input.apiKey)]) if (e) errors.push(e);
  const [provider] = await db.select().from(usageProviders).where(eq(usageProviders.id, input.providerId));
  if (!provider) errors.push(userError(['providerId'], UserErrorCode.UNKNOWN_PROVIDER, 'no usage provider has this ID'));
  const member = await memberByCode(db, input.memberCode.trim());
  if (!member) errors.push(userError(['memberCode'], UserErrorCode.UNKNOWN_MEMBER, `no member has code "${input.memberCode}"`));
  if (errors.length || !provider || !member) return { ...none, userErrors: errors };
  const taken = await db.select({ id: usageAccounts.id }).from(usageAccounts).where(and(eq(usageAccounts.providerId, provider.id), eq(usageAccounts.customerId, customerId), ne(usageAccounts.memberId, member.id)));
  if (taken.length > 0) return { ...none, userErrors: [userError(['customerId'], UserErrorCode.INVALID_VALUE, `customer_id "${customerId}" at ${provider.name} belongs to another member`)] };

  const seal = (value: string | null | undefined, column: 'requestor_id' | 'api_key'): string | null | undefined =>
    value === null || value === undefined ? undefined : value.trim() === '' ? null : sealer.seal(value.trim(), credentialContext(column, provider.id, customerId));
  const [existing] = await db.select().from(usageAccounts).where(and(eq(usageAccounts.providerId, provider.id), eq(usageAccounts.memberId, member.id)));
  let requestorIdSealed: string | null | undefined;
  let apiKeySealed: string | null | undefined;
  try {
    requestorIdSealed = seal(input.requestorId, 'requestor_id');
    apiKeySealed = seal(input.apiKey, 'api_key');
    // a changed customer_id changes the context the stored credentials are sealed under: re-seal them
    if (existing && existing.customerId !== customerId) {
      if (requestorIdSealed === undefined && existing.requestorIdSealed) requestorIdSealed = sealer.seal(sealer.open(existing.requestorIdSealed, credentialContext('requestor_id', provider.id, existing.customerId)), credentialContext('requestor_id', provider.id, customerId));
      if (apiKeySealed === undefined && existing.apiKeySealed) apiKeySealed = sealer.seal(sealer.open(existing.apiKeySealed, credentialContext('api_key', provider.id, existing.customerId)), credentialContext('api_key', provider.id, customerId));
    }
  } catch (err) {
    if (!(err instanceof SecretsKeyMissingError)) throw err;
    return { ...none, userErrors: [userError([input.apiKey ? 'apiKey' : 'requestorId'], UserErrorCode.CREDENTIALS_NOT_STORABLE, err.message)] };
  }
  return db.transaction(async (tx) => {
    const changes = { customerId, ...(requestorIdSealed !== undefined ? { requestorIdSealed } : {}), ...(apiKeySealed !== undefined ? { apiKeySealed } : {}) };
    const [row] = existing
      ? await tx.update(usageAccounts).set(changes).where(eq(usageAccounts.id, existing.id)).returning()
      : await tx.insert(usageAccounts).values({ providerId: provider.id, memberId: member.id, ...changes }).returning();
    await recordAudit(tx, viewer, {
      action: 'setUsageAccount',
      entityType: 'UsageAccount',
      entityId: String(row.id),
      before: existing ? accountSummary(existing, member.code) : null,
      after: accountSummary(row, member.code),
    });
    return { account: row, memberCode: member.code, userErrors: [] };
  });
}
