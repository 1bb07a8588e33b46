/**
 * GraphQL subscriptions (over WebSocket, graphql-ws, on /graphql: src/http/graphql-ws.ts): thin. Each
 * opens its stream through the service (permission asked there) and turns each event into its type;
 * the objects an event names are field resolvers, loaded with the subscriber's viewer.
 */
import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root, Subscription } from 'type-graphql';
import { renewLoaders, type Context } from '../../graphql/context.js';
import { idOf } from '../../graphql/global-id.js';
import type { EventMessage } from '../../graphql/pub-sub.js';
import { IllRequest, illRequestById } from '../ill/index.js';
import { ImportRun, importRunById } from '../imports/index.js';
import { Member, memberByCode } from '../members/index.js';
import { openEventStream } from './subscriptions.service.js';
import { HoldingsChangedEvent, IllRequestChangedEvent, ImportFinishedEvent } from './subscriptions.types.js';

const MEMBER_ARG = {
  nullable: true,
  description: "ISIL of the member whose events you want. Omit it for your own member's (member staff) or every member's (analysts and admins).",
} as const;

/** Subscription arguments as graphql-js passes them to `subscribe` (type-graphql hands them over unconverted). */
type MemberArgs = { memberCode?: string | null };

async function memberOf(ctx: Context, globalId: string, code: string): Promise<Member> {
  const id = idOf(globalId, 'Member');
  const row = id !== null ? await ctx.loaders.memberById.load(id) : await memberByCode(ctx.db, code);
  if (!row) throw new Error(`an event names member ${code}, which does not exist`); // members are never deleted: a bug
  return Member.fromRow(row);
}

async function importRunOf(ctx: Context, globalId: string | null): Promise<ImportRun | null> {
  const id = globalId === null ? null : idOf(globalId, 'ImportRun');
  if (id === null) return null;
  const row = await importRunById(ctx.db, ctx.viewer, id);
  return row && ImportRun.fromRow(row);
}

@Resolver(() => IllRequestChangedEvent)
export class IllRequestSubscriptionResolver {
  @Authorized('member', 'analyst', 'admin')
  @Subscription(() => IllRequestChangedEvent, {
    description: 'Every ILL request created or changing state from now on whose requester or supplier is the member (its staff, analysts, admins).',
    subscribe: ({ args, context }) => openEventStream((context as Context).db, (context as Context).viewer, 'ILL_REQUEST_CHANGED', (args as MemberArgs).memberCode),
  })
  illRequestChanged(@Root() message: EventMessage, @Arg('memberCode', () => String, MEMBER_ARG) _memberCode: string | null, @Ctx() ctx: Context): IllRequestChangedEvent {
    renewLoaders(ctx); // one context serves the whole subscription: nothing loaded for one event is reused for the next
    return IllRequestChangedEvent.of(message.event);
  }

  @FieldResolver(() => IllRequest, { nullable: true, description: 'The request as it stands now (it may have moved on since this event); null if you may no longer see it.' })
  async request(@Root() event: IllRequestChangedEvent, @Ctx() ctx: Context): Promise<IllRequest | null> {
    const id = idOf(event.requestGlobalId, 'IllRequest');
    const row = id === null ? null : await illRequestById(ctx.db, ctx.viewer, id, { hidden: 'null' });
    return row && IllRequest.fromRow(row);
  }
}

@Resolver(() => HoldingsChangedEvent)
export class HoldingsSubscriptionResolver {
  @Authorized('member', 'analyst', 'admin')
  @Subscription(() => HoldingsChangedEvent, {
    description: "Every change to the member's holdings from now on: one event per API call or per import, not per holding.",
    subscribe: ({ args, context }) => openEventStream((context as Context).db, (context as Context).viewer, 'HOLDINGS_CHANGED', (args as MemberArgs).memberCode),
  })
  holdingsChanged(@Root() message: EventMessage, @Arg('memberCode', () => String, MEMBER_ARG) _memberCode: string | null, @Ctx() ctx: Context): HoldingsChangedEvent {
    renewLoaders(ctx);
    return HoldingsChangedEvent.of(message.event);
  }

  @FieldResolver(() => Member, { description: 'The member whose holdings changed.' })
  member(@Root() event: HoldingsChangedEvent, @Ctx() ctx: Context): Promise<Member> {
    return memberOf(ctx, event.memberGlobalId, event.memberCode);
  }

  @FieldResolver(() => ImportRun, { nullable: true, description: 'The load that changed them (via IMPORT); null otherwise.' })
  importRun(@Root() event: HoldingsChangedEvent, @Ctx() ctx: Context): Promise<ImportRun | null> {
    return importRunOf(ctx, event.importRunGlobalId);
  }
}

@Resolver(() => ImportFinishedEvent)
export class ImportSubscriptionResolver {
  @Authorized('member', 'analyst', 'admin')
  @Subscription(() => ImportFinishedEvent, {
    description: "Every load of the member's records that finishes from now on (succeeded or failed), with its summary.",
    subscribe: ({ args, context }) => openEventStream((context as Context).db, (context as Context).viewer, 'IMPORT_FINISHED', (args as MemberArgs).memberCode),
  })
  importFinished(@Root() message: EventMessage, @Arg('memberCode', () => String, MEMBER_ARG) _memberCode: string | null, @Ctx() ctx: Context): ImportFinishedEvent {
    renewLoaders(ctx);
    return ImportFinishedEvent.of(message.event);
  }

  @FieldResolver(() => Member, { description: 'The member whose load it was.' })
  member(@Root() event: ImportFinishedEvent, @Ctx() ctx: Context): Promise<Member> {
    return memberOf(ctx, event.memberGlobalId, event.memberCode);
  }

  @FieldResolver(() => ImportRun, { nullable: true, description: 'The load, with everything `imports` shows of it; null if you may not see it.' })
  importRun(@Root() event: ImportFinishedEvent, @Ctx() ctx: Context): Promise<ImportRun | null> {
    return importRunOf(ctx, event.importRunGlobalId);
  }
}
