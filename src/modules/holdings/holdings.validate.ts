/** Pure checks of one upserted holding row: every problem of every row is reported at once. */
import { normaliseIsbn, normaliseIssn } from '../../lib/identifiers.js';
import { idOf } from '../../graphql/global-id.js';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error.js';
import type { HoldingInput } from './holdings.types.js';

export const MAX_ROWS_PER_CALL = 1000;

/** How a row names its record, once checked. */
export type RecordRef = { kind: 'id'; id: number } | { kind: 'isbn'; value: string } | { kind: 'issn'; value: string };

export function checkHoldingRow(row: HoldingInput, path: string[]): { ref: RecordRef | null; errors: UserError[] } {
  const errors: UserError[] = [];
  if (!row.localId?.trim()) errors.push(userError([...path, 'localId'], UserErrorCode.REQUIRED, 'localId must not be empty'));
  const given = [row.recordId, row.isbn, row.issn].filter((v) => v != null && v !== '').length;
  let ref: RecordRef | null = null;
  if (given !== 1) {
    errors.push(userError(path, UserErrorCode.REQUIRED, `give exactly one of recordId, isbn, issn (got ${given})`));
  } else if (row.recordId) {
    const id = idOf(row.recordId, 'Record');
    if (id === null) errors.push(userError([...path, 'recordId'], UserErrorCode.UNKNOWN_RECORD, `"${row.recordId}" is not a Record ID`));
    else ref = { kind: 'id', id };
  } else if (row.isbn) {
    const value = normaliseIsbn(row.isbn);
    if (!value) errors.push(userError([...path, 'isbn'], UserErrorCode.INVALID_ISBN, `"${row.isbn}" is not a valid ISBN (check digit or length)`));
    else ref = { kind: 'isbn', value };
  } else if (row.issn) {
    const value = normaliseIssn(row.issn);
    if (!value) errors.push(userError([...path, 'issn'], UserErrorCode.INVALID_ISSN, `"${row.issn}" is not a valid ISSN (check digit or length)`));
    else ref = { kind: 'issn', value };
  }
  for (const field of ['copies', 'available'] as const) {
    const v = row[field];
    if (v != null && v < 0) errors.push(userError([...path, field], UserErrorCode.NEGATIVE_VALUE, `${field} must not be negative (got ${v})`));
  }
  const copies = row.copies ?? 1;
  if (row.available != null && row.available > copies) {
    errors.push(userError([...path, 'available'], UserErrorCode.INVALID_VALUE, `available (${row.available}) cannot exceed copies (${copies})`));
  }
  return { ref, errors };
}
