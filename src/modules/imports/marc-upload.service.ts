/**
 * A MARC load over the API (`importMarcRecords`): the request is checked first (exactly one of
 * marcxml and iso2709Base64, a known encoding, a well-formed idField, strict base64, the size cap,
 * bytes that are MARC at all and hold a readable record); a refused request comes back as userErrors
 * and leaves no `imports` row, as the CLI's exit 1 and 2 leave none. The caller has already checked the viewer may load for this member.
 */
import { eq } from 'drizzle-orm';
import { assertCanEditMember } from '../../auth/policy.js';
import { actorOf, type Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/database.js';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error.js';
import { sizeText } from '../../lib/size-text.js';
import { UnsupportedFormatError } from '../../importers/marc/read-marc.js';
import { parseIdField, type IdField } from '../../importers/marc/record-id.js';
import type { MarcDialect } from '../../importers/marc/marc-record.js';
import { imports, type ImportRow } from './imports.tables.js';
import { checkEncoding, importMarc, ImportRequestError } from './marc-import.service.js';
import { decodeStrictBase64 } from './strict-base64.js';

/**
 * Uploads over the API are capped at 20 MB of MARC (ISO 2709 bytes once decoded, or MARCXML as UTF-8);
 * bigger loads go through the CLI (`import marc`). In base64 inside JSON that is about 27 MB, 28 MB
 * with MIME line breaks: the HTTP layer takes bodies that large from member staff and admins (see
 * src/http/app.ts, UPLOAD_BODY_LIMIT), so this cap, not the body limit, is what an upload meets.
 */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

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
  const encoding = input.encoding || 'auto';
  try {
    checkEncoding(encoding);
  } catch (err) {
    if (err instanceof ImportRequestError) return fail('encoding', UserErrorCode.INVALID_VALUE, err.message);
    throw err;
  }
  let idField: IdField | null = null;
  if (input.idField != null && input.idField !== '') {
    const parsed = parseIdField(input.idField);
    if ('error' in parsed) return fail('idField', UserErrorCode.INVALID_VALUE, parsed.error);
    idField = parsed;
  }
  const tooLarge = (size: number) =>
    fail(field, UserErrorCode.TOO_LARGE, `${field}: at most ${sizeText(MAX_UPLOAD_BYTES)} of MARC per call, this is ${sizeText(size)}; split the file or load it with the CLI (import marc)`);
  let bytes: Buffer;
  if (input.marcxml) {
    const size = Buffer.byteLength(input.marcxml, 'utf8');
    if (size > MAX_UPLOAD_BYTES) return tooLarge(size);
    bytes = Buffer.from(input.marcxml, 'utf8');
  } else {
    const decoded = await decodeStrictBase64(input.iso2709Base64!, MAX_UPLOAD_BYTES);
    if ('invalid' in decoded) return fail(field, UserErrorCode.INVALID_BASE64, 'not base64: use the standard alphabet (A-Z a-z 0-9 + /) with = padding; line breaks are allowed');
    if ('tooLarge' in decoded) return tooLarge(decoded.tooLarge);
    bytes = decoded.bytes;
  }
  try {
    // format 'auto': bytes that are not MARC in any form, or in which no record can be read, are
    // refused before the load is recorded
    const summary = await importMarc(db, viewer, [{ name: 'upload', source: { bytes } }], {
      memberCode: input.memberCode,
      format: 'auto',
      dialect: input.dialect,
      encoding,
      replace: false,
      idField,
      via: 'api',
      actor: actorOf(viewer),
    });
    const [row] = await db.select().from(imports).where(eq(imports.id, summary.importId));
    return { importRun: row, userErrors: [] };
  } catch (err) {
    if (err instanceof ImportRequestError) return fail(err.field, err.field === 'memberCode' ? UserErrorCode.UNKNOWN_MEMBER : UserErrorCode.INVALID_VALUE, err.message);
    if (err instanceof UnsupportedFormatError) return fail(field, UserErrorCode.NOT_MARC, err.message);
    throw err;
  }
}
