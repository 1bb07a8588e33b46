import type { AuthChecker } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { requireRole } from './policy.js';

/** `@Authorized('admin', 'member')`: the viewer's role must be one of those listed. */
export const authChecker: AuthChecker<Context, string> = ({ context }, roles) => {
  requireRole(context.viewer, roles); // the same rule services apply (policy.ts)
  return true;
};
