import { canEditMember, type Viewer } from './viewer.js';
import { forbidden } from '../graphql/errors.js';

/** Another member's data is a top-level FORBIDDEN and nothing changes. */
export function assertCanEditMember(viewer: Viewer, memberCode: string): void {
  if (!canEditMember(viewer, memberCode)) {
    throw forbidden(`Your token is for ${viewer.memberCode ?? viewer.role}; it may not change the data of ${memberCode}.`);
  }
}
