/**
 * Top-level errors are for authentication, authorisation, limits and internal faults, each with an
 * `extensions.code`. Anything a user could fix is a `userErrors` entry instead (see user-error.ts).
 */
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'QUERY_TOO_COMPLEX'
  | 'RATE_LIMITED'
  | 'NOT_FOUND'
  | 'TRY_AGAIN'
  | 'INTERNAL_SERVER_ERROR';

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const forbidden = (message: string) => apiError('FORBIDDEN', message);
export const badInput = (message: string, extra: Record<string, unknown> = {}) => apiError('BAD_USER_INPUT', message, extra);

/** Codes we raise on purpose; anything else reaching the client is masked as an internal error. */
export const PUBLIC_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
  'NOT_FOUND',
  'TRY_AGAIN',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);
