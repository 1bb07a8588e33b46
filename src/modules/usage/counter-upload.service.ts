/**
 * COUNTER reports uploaded over the API (`importCounterReports`, admins): the request is checked
 * first (files given, named, strict base64, the size cap, a known member), and a refused request
 * stores nothing and comes back as userErrors. Then each file is read and stored on its own, as
 * `import counter` does: a report that breaks the rules is a result with its rejected rows.
 */
import { assertAdmin } from '../../auth/policy.js';
import { actorOf, type Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/database.js';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error.js';
import { sizeText } from '../../lib/size-text.js';
import { decodeStrictBase64, MAX_UPLOAD_BYTES } from '../imports/index.js';
import { memberByCode } from '../members/index.js';
import { importCounterFile, sumTotals } from './counter-import.service.js';
import type { CounterStoreSummary } from './counter-store.service.js';

export interface CounterUpload {
  files: { name: string; content: string; encoding: 'text' | 'base64' }[];
  memberCode?: string | null;
  provider?: string | null;
}

export interface CounterUploadResult {
  results: { fileName: string; summary: CounterStoreSummary }[];
  totals: Record<string, number>;
  userErrors: UserError[];
}

/** Uploads are capped as MARC uploads are (20 MB in all, once decoded); bigger reports go through the CLI. */
export const MAX_COUNTER_UPLOAD_BYTES = MAX_UPLOAD_BYTES;

export async function uploadCounterReports(db: Db, viewer: Viewer, input: CounterUpload): Promise<CounterUploadResult> {
  assertAdmin(viewer);
  const fail = (field: string[], code: UserErrorCode, message: string): CounterUploadResult => ({ results: [], totals: {}, userErrors: [userError(field, code, message)] });
  if (input.files.length === 0) return fail(['files'], UserErrorCode.REQUIRED, 'give at least one COUNTER report file');
  const memberCode = input.memberCode?.trim() || null;
  if (memberCode && !(await memberByCode(db, memberCode))) return fail(['memberCode'], UserErrorCode.UNKNOWN_MEMBER, `no member has the code ${memberCode}`);
  const provider = input.provider?.trim() || null;
  const files: { name: string; bytes: Uint8Array }[] = [];
  let size = 0;
  for (const [i, f] of input.files.entries()) {
    const name = f.name.trim();
    if (!name) return fail(['files', String(i), 'name'], UserErrorCode.REQUIRED, 'each file needs a name');
    const tooLarge = (total: number) =>
      fail(['files', String(i), 'content'], UserErrorCode.TOO_LARGE, `at most ${sizeText(MAX_COUNTER_UPLOAD_BYTES)} of reports per call, these are ${sizeText(total)} or more; send fewer files per call or load them with the CLI (import counter)`);
    let bytes: Uint8Array;
    if (f.encoding === 'base64') {
      const decoded = await decodeStrictBase64(f.content, MAX_COUNTER_UPLOAD_BYTES - size);
      if ('invalid' in decoded) return fail(['files', String(i), 'content'], UserErrorCode.INVALID_BASE64, `${name}: not base64: use the standard alphabet (A-Z a-z 0-9 + /) with = padding; line breaks are allowed`);
      if ('tooLarge' in decoded) return tooLarge(size + decoded.tooLarge);
      bytes = decoded.bytes;
    } else bytes = Buffer.from(f.content, 'utf8');
    size += bytes.length;
    if (size > MAX_COUNTER_UPLOAD_BYTES) return tooLarge(size);
    files.push({ name, bytes });
  }
  const results: CounterUploadResult['results'] = [];
  for (const file of files) {
    const summary = await importCounterFile(db, viewer, file, { memberCode, provider, via: 'api', actor: actorOf(viewer) });
    results.push({ fileName: file.name, summary });
  }
  return { results, totals: sumTotals(results.map((r) => r.summary)), userErrors: [] };
}
