import type { Viewer } from '../../auth/viewer.js';
import { apiError, forbidden } from '../../graphql/errors.js';

/** Entitlements, cost shares, IP ranges: that member's staff, analysts and admins. */
export function canReadMemberLicensing(viewer: Viewer, memberCode: string): boolean {
  return viewer.role === 'admin' || viewer.role === 'analyst' || (viewer.role === 'member' && viewer.memberCode === memberCode);
}

export function assertCanReadMemberLicensing(viewer: Viewer, memberCode: string): void {
  if (!canReadMemberLicensing(viewer, memberCode)) {
    if (viewer.role === 'anonymous') throw apiError('UNAUTHENTICATED', `Sign in first: ${memberCode}'s entitlements, costs and IP ranges are for its staff, analysts and admins.`);
    throw forbidden(`Your token is for ${viewer.memberCode ?? viewer.role}; it may not read ${memberCode}'s entitlements, costs or IP ranges.`);
  }
}
