/**
 * ILL requests over GraphQL: thin. Each operation carries its role gate and makes one service call;
 * who sees what of a request (patron reference, copy link, available actions) is asked of the
 * services and the policy with the viewer, from the request's requester and supplier codes (loaded
 * in batches).
 */
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { idOf } from '../../graphql/global-id.js';
import { decodeCursor, PageArgs, pageSize, toConnection, type Connection } from '../../graphql/pagination.js';
import { userError, UserErrorCode } from '../../graphql/user-error.js';
import { formatAmount } from '../../lib/money.js';
import { Money } from '../agreements/index.js';
import { Member } from '../members/index.js';
import { BibRecord } from '../records/index.js';
import type { IllRequestRow } from './ill.tables.js';
import { performIllAction } from './ill-actions.service.js';
import { availableActions, illRequestById, listIllRequests, seesRequesterData, visibleCopyUrl } from './ill-queries.service.js';
import { createIllRequest } from './ill-requests.service.js';
import { ILL_MODELS, INITIAL_STATE, type IllAction, type IllServiceType } from './ill-states.js';
import {
  CreateIllRequestInput, CreateIllRequestPayload, IllActionEnum, IllCopy, IllHistoryEntry, IllRequest, IllRequestConnection, IllRequestFilter, IllRotaEntry, IllServiceTypeEnum,
  IllStateModelType, PerformActionInput, PerformActionPayload,
} from './ill.types.js';

async function memberOf(ctx: Context, id: number): Promise<Member> {
  const row = await ctx.loaders.memberById.load(id);
  if (!row) throw new Error(`ILL request points at missing member ${id}`); // FK: a bug
  return Member.fromRow(row);
}

const codeOf = async (ctx: Context, id: number | null): Promise<string | null> => (id === null ? null : (await ctx.loaders.memberById.load(id))?.code ?? null);

const moneyOf = (amount: string | null, currency: string): Money | null => (amount === null ? null : { amount: formatAmount(amount, currency), currency });

const payload = (r: { request: IllRequestRow | null; userErrors: PerformActionPayload['userErrors'] }) => ({ request: r.request && IllRequest.fromRow(r.request), userErrors: r.userErrors });

@Resolver(() => IllRequest)
export class IllRequestResolver {
  @Authorized('member', 'analyst', 'admin')
  @Query(() => IllRequestConnection, {
    description: "ILL requests, newest first. Member staff see those their member placed or is on the rota of; analysts and admins all.",
  })
  async illRequests(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => IllRequestFilter, { nullable: true, description: 'What to match; omit for every request you may see.' }) filter: IllRequestFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<IllRequest>> {
    const first = pageSize(page.first);
    const after = decodeCursor(page.after, 'i');
    const { rows, total } = await listIllRequests(ctx.db, ctx.viewer, filter, first + 1, after ? Number(after[0]) : null);
    return toConnection(rows, first, !!after, (r) => [r.id], IllRequest.fromRow, total);
  }

  @Authorized('member', 'analyst', 'admin')
  @Query(() => IllRequest, { nullable: true, description: 'One ILL request; null when none has the ID, FORBIDDEN when your member is neither its requester nor on its rota.' })
  async illRequest(@Arg('id', () => ID, { description: 'An IllRequest ID.' }) id: string, @Ctx() ctx: Context): Promise<IllRequest | null> {
    const dbId = idOf(id, 'IllRequest');
    if (dbId === null) throw badInput(`id: "${id}" is not an IllRequest ID`, { argument: 'id' });
    const row = await illRequestById(ctx.db, ctx.viewer, dbId);
    return row && IllRequest.fromRow(row);
  }

  @Query(() => IllStateModelType, { description: 'The state model of a service type as data (states, and in each the actions, who takes them, where they lead, what they need): what a UI draws. Public.' })
  illStateModel(@Arg('serviceType', () => IllServiceTypeEnum, { description: 'LOAN or COPY.' }) serviceType: IllServiceType): IllStateModelType {
    return {
      serviceType,
      initialState: INITIAL_STATE,
      states: ILL_MODELS[serviceType].map((s) => ({
        state: s.state, terminal: s.terminal, description: s.description,
        transitions: s.transitions.map((t) => ({ ...t, whenRotaExhausted: t.whenRotaExhausted ?? null, requires: [...t.requires], optional: [...t.optional] })),
      })),
    };
  }

  @Authorized('member', 'admin')
  @Mutation(() => CreateIllRequestPayload, { description: "Place an ILL request for a reader: routed at once to the first member of its rota (REQUESTED), or UNFILLED with the reason when nobody can be asked. Member staff for their own member, admins for any." })
  async createIllRequest(@Arg('input', () => CreateIllRequestInput) input: CreateIllRequestInput, @Ctx() ctx: Context): Promise<CreateIllRequestPayload> {
    return payload(await createIllRequest(ctx.db, ctx.viewer, input));
  }

  @Authorized('member', 'admin')
  @Mutation(() => PerformActionPayload, { description: "Take an action on an ILL request. The state model decides whether the request's state allows it (else userError ACTION_NOT_ALLOWED) and which side takes it (the other side's staff get FORBIDDEN; admins may take either)." })
  async performAction(@Arg('input', () => PerformActionInput) input: PerformActionInput, @Ctx() ctx: Context): Promise<PerformActionPayload> {
    const requestId = idOf(input.requestId, 'IllRequest');
    if (requestId === null) return { request: null, userErrors: [userError(['requestId'], UserErrorCode.UNKNOWN_ILL_REQUEST, `"${input.requestId}" is not an IllRequest ID`)] };
    return payload(await performIllAction(ctx.db, ctx.viewer, { requestId, action: input.action, note: input.note, details: input.details }));
  }

  @FieldResolver(() => Member, { description: 'The member that placed the request.' })
  requester(@Root() r: IllRequest, @Ctx() ctx: Context): Promise<Member> {
    return memberOf(ctx, r.row.requesterMemberId);
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The member asked now (null before routing, and once the rota is exhausted).' })
  async supplier(@Root() r: IllRequest, @Ctx() ctx: Context): Promise<Member | null> {
    return r.row.supplierMemberId === null ? null : memberOf(ctx, r.row.supplierMemberId);
  }

  @FieldResolver(() => BibRecord, { nullable: true, description: 'The union-catalogue record asked for; null when the request named none the catalogue has.' })
  async record(@Root() r: IllRequest, @Ctx() ctx: Context): Promise<BibRecord | null> {
    if (r.row.recordId === null) return null;
    const row = await ctx.loaders.recordById.load(r.row.recordId);
    return row && BibRecord.fromRow(row);
  }

  @FieldResolver(() => [IllRotaEntry], { description: 'The members the request goes to, in order, with score, reason and outcome.' })
  async rota(@Root() r: IllRequest, @Ctx() ctx: Context): Promise<IllRotaEntry[]> {
    return (await ctx.loaders.illRotaByRequest.load(r.row.id)).map(IllRotaEntry.fromRow);
  }

  @FieldResolver(() => [IllHistoryEntry], { description: 'Every action on the request, oldest first.' })
  async history(@Root() r: IllRequest, @Ctx() ctx: Context): Promise<IllHistoryEntry[]> {
    return (await ctx.loaders.illHistoryByRequest.load(r.row.id)).map(IllHistoryEntry.fromRow);
  }

  @FieldResolver(() => [IllActionEnum], { description: "The actions you may take now: your side's in this state (admins: every side's); empty for anyone else." })
  async availableActions(@Root() r: IllRequest, @Ctx() ctx: Context): Promise<IllAction[]> {
    const [requesterCode, supplierCode] = await Promise.all([codeOf(ctx, r.row.requesterMemberId), codeOf(ctx, r.row.supplierMemberId)]);
    return availableActions(ctx.viewer, r.row, requesterCode!, supplierCode);
  }

  @FieldResolver(() => String, { nullable: true, description: "The requester's reference for its reader: its staff and admins only; null for others, and once removed (ILL_PATRON_RETENTION_DAYS after closing)." })
  async patronReference(@Root() r: IllRequest, @Ctx() ctx: Context): Promise<string | null> {
    if (r.row.patronReference === null) return null;
    return seesRequesterData(ctx.viewer, (await codeOf(ctx, r.row.requesterMemberId))!) ? r.row.patronReference : null;
  }

  @FieldResolver(() => IllCopy, { nullable: true, description: 'COPY: the delivered copy (null until delivered). Its url is for the requester\'s staff and admins, until it expires.' })
  async copy(@Root() r: IllRequest, @Ctx() ctx: Context): Promise<IllCopy | null> {
    if (!r.row.copyExpiresAt) return null;
    return { url: visibleCopyUrl(ctx.viewer, r.row, (await codeOf(ctx, r.row.requesterMemberId))!), expiresAt: r.row.copyExpiresAt };
  }

  @FieldResolver(() => Money, { nullable: true, description: 'What the requester owes the supplier (the quote from WILL_SUPPLY, then the charge when filled); null when nothing is charged.' })
  cost(@Root() r: IllRequest): Money | null {
    return moneyOf(r.row.cost, r.row.currency);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'The most the requester pays; null for no limit.' })
  maxCost(@Root() r: IllRequest): Money | null {
    return moneyOf(r.row.maxCost, r.row.currency);
  }
}

@Resolver(() => IllRotaEntry)
export class IllRotaEntryResolver {
  @FieldResolver(() => Member, { description: 'The member asked (or to be asked).' })
  member(@Root() e: IllRotaEntry, @Ctx() ctx: Context): Promise<Member> {
    return memberOf(ctx, e.row.memberId);
  }
}
