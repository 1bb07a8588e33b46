/** Who is asking: the role from the token (lower case, as in the `role` claim) and, for staff, their member. */
export type Role = 'anonymous' | 'member' | 'analyst' | 'admin';
export const TOKEN_ROLES = ['member', 'analyst', 'admin'] as const;
export type TokenRole = (typeof TOKEN_ROLES)[number];

/** What an API client (src/modules/clients) was granted: READ and MEMBER_WRITE act as its member's staff, ANALYST as an analyst. */
export const API_SCOPES = ['READ', 'MEMBER_WRITE', 'ANALYST'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** The API client behind a request made with an `sgk_` key. */
export interface ApiClientIdentity {
  id: number;
  scopes: readonly ApiScope[];
  /** its own requests a minute (null: the server's RATE_LIMIT_PER_MINUTE) and a UTC day (null: no quota) */
  rateLimitPerMinute?: number | null;
  dailyQuota?: number | null;
}

export interface Viewer {
  role: Role;
  sub: string | null;
  /** ISIL of the member whose staff this is (role `member` only). */
  memberCode: string | null;
  /** set when the caller is an API client (its key); absent or null for a person's token and the CLI */
  client?: ApiClientIdentity | null;
}

export const ANONYMOUS: Viewer = { role: 'anonymous', sub: null, memberCode: null };

/**
 * The command line's viewer: whoever can run `sharegraph` on the server's data already holds the
 * database, so the CLI acts as an admin, explicitly, and every service still asks the policy
 * (src/auth/policy.ts) with it. Audited as `cli`.
 */
export const SYSTEM_VIEWER: Viewer = Object.freeze({ role: 'admin', sub: 'cli', memberCode: null });

/** The name written to the audit log. */
export function actorOf(viewer: Viewer): string {
  return viewer.sub ?? viewer.role;
}
