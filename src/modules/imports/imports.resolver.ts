import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { decodeCursor, PageArgs, pageSize, toConnection, type Connection } from '../../graphql/pagination.js';
import { Member } from '../members/index.js';
import { listImportsFor } from './imports.service.js';
import { MAX_UPLOAD_BYTES, uploadMarc } from './marc-upload.service.js';
import { ImportFilter, ImportMarcRecordsInput, ImportMarcRecordsPayload, ImportRun, ImportRunConnection, MarcDialectOption } from './imports.types.js';

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
    const { rows, total } = await listImportsFor(ctx.db, ctx.viewer, filter?.memberCode ?? null, first + 1, after ? Number(after[0]) : null);
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
    const dialect = input.dialect === MarcDialectOption.MARC21 ? 'marc21' : input.dialect === MarcDialectOption.UNIMARC ? 'unimarc' : 'auto';
    const r = await uploadMarc(ctx.db, ctx.viewer, { ...input, dialect });
    return { importRun: r.importRun && ImportRun.fromRow(r.importRun), userErrors: r.userErrors };
  }
}
