/** Pure checks of API client input, every problem at once. */
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error.js';
import type { ApiScope } from '../../auth/viewer.js';

/** bounds that keep a typo (an extra zero or three) from turning a limit off in practice */
export const MAX_RATE_PER_MINUTE = 1_000_000;
export const MAX_DAILY_QUOTA = 1_000_000_000;
/** a rotation's grace period: at most 30 days */
export const MAX_GRACE_SECONDS = 30 * 24 * 3600;

export interface ClientFieldsInput {
  name: string;
  contact?: string | null;
  memberCode?: string | null;
  scopes: ApiScope[];
  rateLimitPerMinute?: number | null;
  dailyQuota?: number | null;
}

export function checkClientFields(input: ClientFieldsInput): UserError[] {
  const errors: UserError[] = [];
  if (input.name.trim() === '') errors.push(userError(['name'], UserErrorCode.REQUIRED, 'name must not be empty'));
  else if (input.name.length > 200) errors.push(userError(['name'], UserErrorCode.INVALID_VALUE, `name must be at most 200 characters (got ${input.name.length})`));
  if (input.contact != null && input.contact.length > 200) errors.push(userError(['contact'], UserErrorCode.INVALID_VALUE, `contact must be at most 200 characters (got ${input.contact.length})`));
  errors.push(...checkScopes(input.scopes, input.memberCode ?? null));
  errors.push(...checkLimit('rateLimitPerMinute', input.rateLimitPerMinute, MAX_RATE_PER_MINUTE));
  errors.push(...checkLimit('dailyQuota', input.dailyQuota, MAX_DAILY_QUOTA));
  return errors;
}

/**
 * What a client may be granted: MEMBER_WRITE acts as a member's staff, so it needs the member; ANALYST
 * reads across every member, so a member's own client may not have it.
 */
export function checkScopes(scopes: readonly ApiScope[], memberCode: string | null): UserError[] {
  if (scopes.length === 0) return [userError(['scopes'], UserErrorCode.REQUIRED, 'give at least one scope: READ, MEMBER_WRITE or ANALYST')];
  if (new Set(scopes).size !== scopes.length) return [userError(['scopes'], UserErrorCode.INVALID_SCOPES, 'each scope may be given once')];
  if (scopes.includes('MEMBER_WRITE') && memberCode === null) {
    return [userError(['scopes'], UserErrorCode.INVALID_SCOPES, 'MEMBER_WRITE acts as a member\'s staff: give the owning member (memberCode), or leave MEMBER_WRITE out')];
  }
  if (scopes.includes('ANALYST') && memberCode !== null) {
    return [userError(['scopes'], UserErrorCode.INVALID_SCOPES, `ANALYST is for consortium-wide clients: a client of ${memberCode} may have READ and MEMBER_WRITE only`)];
  }
  return [];
}

function checkLimit(field: string, value: number | null | undefined, max: number): UserError[] {
  if (value == null) return [];
  if (!Number.isInteger(value) || value < 1 || value > max) return [userError([field], UserErrorCode.INVALID_VALUE, `${field} must be a whole number from 1 to ${max} (got ${value}); leave it out for the default`)];
  return [];
}

export function checkGraceSeconds(graceSeconds: number): UserError[] {
  if (!Number.isInteger(graceSeconds) || graceSeconds < 0 || graceSeconds > MAX_GRACE_SECONDS) {
    return [userError(['graceSeconds'], UserErrorCode.INVALID_VALUE, `graceSeconds must be a whole number from 0 to ${MAX_GRACE_SECONDS} (30 days) (got ${graceSeconds})`)];
  }
  return [];
}
