import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { decodeCursor, PageArgs, pageSize, toConnection, type Connection } from '../../graphql/pagination.js';
import { listEvents } from './events.service.js';
import { Event, EventConnection, EventFilter } from './events.types.js';

@Resolver(() => Event)
export class EventsResolver {
  @Authorized('member', 'analyst', 'admin')
  @Query(() => EventConnection, {
    description:
      "Events, oldest first: what webhooks deliver, for systems that poll instead. Pass the last `endCursor` as `after` to get only newer ones. Member staff see their own member's events; analysts and admins everyone's.",
  })
  async events(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => EventFilter, { nullable: true, description: 'Which types, and whose; omit for every event you may read.' }) filter: EventFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Event>> {
    const first = pageSize(page.first);
    const after = decodeCursor(page.after, 'i');
    const { rows, total } = await listEvents(ctx.db, ctx.viewer, filter ?? {}, first + 1, after ? Number(after[0]) : null);
    return toConnection(rows, first, !!after, (r) => [r.id], Event.fromRow, total);
  }
}
