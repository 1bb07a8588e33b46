/**
 * A MARC load over the API (`importMarcRecords`): the request is checked first (exactly one of
 * marcxml and iso2709Base64, strict base64, a well-formed idField, the size cap, bytes that are MARC
 * at all); a refused request comes back as userErrors and leaves no `imports` row, as the CLI's
 * exit 1 and 2 leave none. The caller has already checked the viewer may load for this member.
 */
import { eq } from 'drizzle-orm';
import { assertCanEditMember } from '../../auth/policy.js';
import { actorOf, type Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/database.js';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error.js';
import { UnsupportedFormatError } from '../../importers/marc/read-marc.js';
import { parseIdField, type IdField } from '../../importers/marc/record-id.js';
import type { MarcDialect } from '../../importers/marc/marc-record.js';
import { imports, type ImportRow } from './imports.tables.js';
import { importMarc, ImportRequestError } from './marc-import.service.js';
import { decodeStrictBase64 } from './strict-base64.js';

/**
 * Uploads over the API are capped; bigger loads go through the CLI (`import marc`). 3.5 MB of MARC is
 * what fits in the 5 MB request body /graphql reads once base64 (4/3) and the JSON around it are
 * counted: a larger cap here would promise what the HTTP layer refuses with a 413.
 */
export const MAX_UPLOAD_BYTES = 3.5 * 1024 * 1024;

export interface MarcUpload {
  memberCode: string;
  marcxml?: string | null;
  iso2709Base64?: string | null;
  dialect: 'auto' | MarcDialect;
  encoding?: string | null;
  idField?: string | null;
}

export async function uploadMarc(db: Db, viewer: Viewer, input: MarcUpload): Promise<{ importRun: ImportRow | null; userErrors: UserError[] }> {
  assertCanEditMember(viewer, input.memberCode); // another member's data: FORBIDDEN before anything is read
  const fail = (field: string, code: UserErrorCode, message: string) => ({ importRun: null, userErrors: [userError([field], code, message)] });
  if ((input.marcxml ? 1 : 0) + (input.iso2709Base64 ? 1 : 0) !== 1) return fail('marcxml', UserErrorCode.REQUIRED, 'give exactly one of marcxml and iso2709Base64');
  const field = input.marcxml ? 'marcxml' : 'iso2709Base64';
  let idField: IdField | null = null;
  if (input.idField != null && input.idField !== '') {
    const parsed = parseIdField(input.idField);
    if ('error' in parsed) return fail('idField', UserErrorCode.INVALID_VALUE, parsed.error);
    idField = parsed;
  }
  const bytes = input.marcxml ? Buffer.from(input.marcxml, 'utf8') : decodeStrictBase64(input.iso2709Base64!);
  if (!bytes) return fail(field, UserErrorCode.INVALID_BASE64, 'not base64: use the standard alphabet (A-Z a-z 0-9 + /) with = padding; line breaks are allowed');
  if (bytes.length > MAX_UPLOAD_BYTES) return fail(field, UserErrorCode.TOO_MANY_ROWS, `at most ${MAX_UPLOAD_BYTES} bytes per call (got ${bytes.length}); split the file or use the CLI`);
  try {
    // format 'auto': bytes that are not MARC in any form are refused before the load is recorded
    const summary = await importMarc(db, viewer, [{ name: 'upload', source: { bytes } }], {
      memberCode: input.memberCode,
      format: 'auto',
      dialect: input.dialect,
      encoding: input.encoding || 'auto',
      replace: false,
      idField,
      via: 'api',
      actor: actorOf(viewer),
    });
    const [row] = await db.select().from(imports).where(eq(imports.id, summary.importId));
    return { importRun: row, userErrors: [] };
  } catch (err) {
    if (err instanceof ImportRequestError) return fail('memberCode', UserErrorCode.UNKNOWN_MEMBER, err.message);
    if (err instanceof UnsupportedFormatError) return fail(field, UserErrorCode.NOT_MARC, err.message);
    throw err;
  }
}
