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

/** Member staff may change only their own member's data; admins any member's. */
export function canEditMember(viewer: Viewer, memberCode: string): boolean {
  return viewer.role === 'admin' || (viewer.role === 'member' && viewer.memberCode === memberCode);
}

/** The name written to the audit log. */
export function actorOf(viewer: Viewer): string {
  return viewer.sub ?? viewer.role;
}
