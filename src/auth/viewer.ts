/** Who is asking: the role from the token (lower case, as in the `role` claim) and, for staff, their member. */
export type Role = 'anonymous' | 'member' | 'analyst' | 'admin';
export const TOKEN_ROLES = ['member', 'analyst', 'admin'] as const;
export type TokenRole = (typeof TOKEN_ROLES)[number];

export interface Viewer {
  role: Role;
  sub: string | null;
  /** ISIL of the member whose staff this is (role `member` only). */
  memberCode: string | null;
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
