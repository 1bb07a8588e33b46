import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertCanEditMember } from '../../auth/scope.js';
import { actorOf } from '../../auth/viewer.js';
import type { Context } from '../../graphql/context.js';
import { forbidden } from '../../graphql/errors.js';
import { decodeCursor, PageArgs, pageSize, toConnection, type Connection } from '../../graphql/pagination.js';
import { userError, UserErrorCode } from '../../graphql/user-error.js';
import { Member, memberByCode } from '../members/index.js';
import { listImports } from './imports.service.js';
import { importMarc, ImportRequestError } from './marc-import.service.js';
import { ImportFilter, ImportMarcRecordsInput, ImportMarcRecordsPayload, ImportRun, ImportRunConnection, MarcDialectOption } from './imports.types.js';
import { imports } from './imports.tables.js';
import { eq } from 'drizzle-orm';

/** Uploads over the API are capped; bigger loads go through the CLI (`import marc`). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

@Resolver(() => ImportRun)
export class ImportsResolver {
  @Authorized('member', 'analyst', 'admin')
  @Query(() => ImportRunConnection, { description: "MARC loads, newest first. Member staff see their own member's loads only." })
  async imports(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ImportFilter, { nullable: true, description: 'What to match; omit for everything you may see.' }) filter: ImportFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<ImportRun>> {
    const first = pageSize(page.first);
    const after = decodeCursor(page.after, 'i');
    let code = filter?.memberCode ?? null;
    if (ctx.viewer.role === 'member') {
      if (code && code !== ctx.viewer.memberCode) throw forbidden(`Your token is for ${ctx.viewer.memberCode}; it may not list the loads of ${code}.`);
      code = ctx.viewer.memberCode;
    }
    const member = code ? await memberByCode(ctx.db, code) : null;
    if (code && !member) return toConnection([], first, !!after, () => [0], ImportRun.fromRow, async () => 0);
    const { rows, total } = await listImports(ctx.db, member?.id ?? null, first + 1, after ? Number(after[0]) : null);
    return toConnection(rows, first, !!after, (r) => [r.id], ImportRun.fromRow, total);
  }

  @FieldResolver(() => Member, { description: 'The member whose records were loaded.' })
  async member(@Root() run: ImportRun, @Ctx() ctx: Context): Promise<Member> {
    const row = await ctx.loaders.memberById.load(run.memberId);
    if (!row) throw new Error(`import ${run.dbId} points at a missing member`);
    return Member.fromRow(row);
  }

  @Authorized('member', 'admin')
  @Mutation(() => ImportMarcRecordsPayload, { description: `Load a member's MARC records over the API (at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB): the same report as the CLI's import. Member staff load their own member's records only.` })
  async importMarcRecords(@Arg('input', () => ImportMarcRecordsInput, { description: 'The records and how to read them.' }) input: ImportMarcRecordsInput, @Ctx() ctx: Context): Promise<ImportMarcRecordsPayload> {
    assertCanEditMember(ctx.viewer, input.memberCode);
    const fail = (field: string, code: UserErrorCode, message: string) => ({ importRun: null, userErrors: [userError([field], code, message)] });
    if ((input.marcxml ? 1 : 0) + (input.iso2709Base64 ? 1 : 0) !== 1) return fail('marcxml', UserErrorCode.REQUIRED, 'give exactly one of marcxml and iso2709Base64');
    const bytes = input.marcxml ? Buffer.from(input.marcxml, 'utf8') : Buffer.from(input.iso2709Base64!, 'base64');
    if (bytes.length > MAX_UPLOAD_BYTES) return fail(input.marcxml ? 'marcxml' : 'iso2709Base64', UserErrorCode.TOO_MANY_ROWS, `at most ${MAX_UPLOAD_BYTES} bytes per call (got ${bytes.length}); split the file or use the CLI`);
    try {
      const summary = await importMarc(ctx.db, [{ name: 'upload', source: { bytes } }], {
        memberCode: input.memberCode,
        format: input.marcxml ? 'marcxml' : 'iso2709',
        dialect: input.dialect === MarcDialectOption.MARC21 ? 'marc21' : input.dialect === MarcDialectOption.UNIMARC ? 'unimarc' : 'auto',
        encoding: input.encoding || 'auto',
        replace: false,
        via: 'api',
        actor: actorOf(ctx.viewer),
      });
      const [row] = await ctx.db.select().from(imports).where(eq(imports.id, summary.importId));
      return { importRun: ImportRun.fromRow(row), userErrors: [] };
    } catch (err) {
      if (err instanceof ImportRequestError) return fail('memberCode', UserErrorCode.UNKNOWN_MEMBER, err.message);
      if ((err as Error).name === 'UnsupportedFormatError') return fail(input.marcxml ? 'marcxml' : 'iso2709Base64', UserErrorCode.INVALID_VALUE, (err as Error).message);
      throw err;
    }
  }
}
