/** Pure checks of member input, returning every problem at once. */
import { isilProblem } from '../../lib/identifiers.js';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error.js';

export interface MemberFieldsInput {
  code?: string | null;
  name?: string | null;
  fte?: number | null;
  location?: { lat: number; lon: number } | null;
  symbols?: { scheme: string; value: string }[] | null;
}

export function checkMemberFields(input: MemberFieldsInput, codeField: string): UserError[] {
  const errors: UserError[] = [];
  if (input.code != null) {
    const problem = isilProblem(input.code);
    if (problem) errors.push(userError([codeField], UserErrorCode.INVALID_ISIL, problem));
  }
  if (input.name != null && input.name.trim() === '') errors.push(userError(['name'], UserErrorCode.REQUIRED, 'name must not be empty'));
  if (input.fte != null && input.fte < 0) errors.push(userError(['fte'], UserErrorCode.NEGATIVE_VALUE, `fte must not be negative (got ${input.fte})`));
  if (input.location) {
    const { lat, lon } = input.location;
    if (!(lat >= -90 && lat <= 90)) errors.push(userError(['location', 'lat'], UserErrorCode.INVALID_VALUE, `lat must be between -90 and 90 (got ${lat})`));
    if (!(lon >= -180 && lon <= 180)) errors.push(userError(['location', 'lon'], UserErrorCode.INVALID_VALUE, `lon must be between -180 and 180 (got ${lon})`));
  }
  input.symbols?.forEach((s, i) => {
    if (!s.scheme.trim() || !s.value.trim()) {
      errors.push(userError(['symbols', String(i)], UserErrorCode.REQUIRED, 'a symbol needs both a scheme and a value'));
    }
  });
  return errors;
}
