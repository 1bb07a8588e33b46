import type { AuthChecker } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { apiError } from '../graphql/errors.js';

/** `@Authorized('admin', 'member')`: the viewer's role must be one of those listed. */
export const authChecker: AuthChecker<Context, string> = ({ context }, roles) => {
  const { viewer } = context;
  if (roles.length === 0 || roles.includes(viewer.role)) return true;
  if (viewer.role === 'anonymous') throw apiError('UNAUTHENTICATED', `Sign in first: this needs a bearer token with role ${roles.join(' or ')}.`);
  throw apiError('FORBIDDEN', `Your role (${viewer.role}) may not do this; it needs ${roles.join(' or ')}.`);
};
