import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { decodeCursor, PageArgs, pageSize, toConnection, type Connection } from '../../graphql/pagination.js';
import { CreateMemberInput, Member, MemberConnection, MemberFilter, MemberPayload, UpdateMemberInput } from './members.types.js';
import * as service from './members.service.js';

@Resolver(() => Member)
export class MemberResolver {
  @Query(() => Member, { nullable: true, description: 'A member by its ISIL.' })
  async member(@Arg('code', () => String, { description: 'ISIL of the member, e.g. "CN-110000-PKU".' }) code: string, @Ctx() ctx: Context): Promise<Member | null> {
    const row = await service.memberByCode(ctx.db, code.trim());
    return row && Member.fromRow(row);
  }

  @Query(() => MemberConnection, { description: 'Members of the consortium, ordered by code.' })
  async members(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => MemberFilter, { nullable: true, description: 'What to match; omit for everything.' }) filter: MemberFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Member>> {
    const first = pageSize(page.first);
    const after = decodeCursor(page.after, 's');
    const { rows, total } = await service.listMembers(ctx.db, filter, first + 1, after ? String(after[0]) : null);
    return toConnection(rows, first, !!after, (r) => [r.code], Member.fromRow, total);
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The member above this one in the tree; null for the root.' })
  async parent(@Root() member: Member, @Ctx() ctx: Context): Promise<Member | null> {
    if (member.parentId === null) return null;
    const row = await ctx.loaders.memberById.load(member.parentId);
    return row && Member.fromRow(row);
  }

  @FieldResolver(() => [Member], { description: 'The members directly below this one, ordered by code.' })
  async children(@Root() member: Member, @Ctx() ctx: Context): Promise<Member[]> {
    return (await ctx.loaders.childrenByParent.load(member.dbId)).map(Member.fromRow);
  }

  @FieldResolver(() => [Member], { description: 'Every member above this one, nearest first, up to the consortium root.' })
  async ancestors(@Root() member: Member, @Ctx() ctx: Context): Promise<Member[]> {
    return (await ctx.loaders.ancestors.load(member.dbId)).map(Member.fromRow);
  }

  @Authorized('admin')
  @Mutation(() => MemberPayload, { description: 'Admin: add a member to the directory.' })
  async createMember(@Arg('input', () => CreateMemberInput, { description: 'What to do.' }) input: CreateMemberInput, @Ctx() ctx: Context): Promise<MemberPayload> {
    const { member, userErrors } = await service.createMember(ctx.db, ctx.viewer, input);
    return { member: member && Member.fromRow(member), userErrors };
  }

  @Authorized('admin')
  @Mutation(() => MemberPayload, { description: 'Admin: change a member (only the fields given), audited with a reason.' })
  async updateMember(@Arg('input', () => UpdateMemberInput, { description: 'What to do.' }) input: UpdateMemberInput, @Ctx() ctx: Context): Promise<MemberPayload> {
    const { member, userErrors } = await service.updateMember(ctx.db, ctx.viewer, input);
    return { member: member && Member.fromRow(member), userErrors };
  }
}
