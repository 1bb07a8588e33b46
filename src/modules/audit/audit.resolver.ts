import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { decodeCursor, PageArgs, pageSize, toConnection, type Connection } from '../../graphql/pagination.js';
import { listAuditEntries, type AuditFilter } from './audit.service.js';
import { AuditEntry, AuditEntryConnection, AuditLogFilter } from './audit.types.js';

/** The filter as the service takes it: a global ID becomes its type and stored key. */
function serviceFilter(filter: AuditLogFilter | null): AuditFilter {
  if (!filter) return {};
  const { entityId, ...rest } = filter;
  if (!entityId) return rest;
  const ref = fromGlobalId(entityId);
  if (!ref) throw badInput(`filter.entityId "${entityId}" is not a global ID from this API`, { argument: 'filter.entityId' });
  if (filter.entityType && filter.entityType !== ref.type) throw badInput(`filter.entityId is a ${ref.type}, not a ${filter.entityType}`, { argument: 'filter.entityId' });
  return { ...rest, entityType: ref.type, entityKey: String(ref.id) };
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized('admin')
  @Query(() => AuditEntryConnection, { description: 'Admins: the audit log, newest first: every admin change (and holdings write) with who, when, the values before and after, and the reason.' })
  async auditLog(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AuditLogFilter, { nullable: true, description: 'What to match; omit for every entry.' }) filter: AuditLogFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<AuditEntry>> {
    const first = pageSize(page.first);
    const after = decodeCursor(page.after, 'i');
    const { rows, total } = await listAuditEntries(ctx.db, ctx.viewer, serviceFilter(filter), first + 1, after ? Number(after[0]) : null);
    return toConnection(rows, first, !!after, (r) => [r.id], AuditEntry.fromRow, total);
  }
}
