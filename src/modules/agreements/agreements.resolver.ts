import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { decodeCursor, PageArgs, pageSize, toConnection, type Connection } from '../../graphql/pagination.js';
import { Resource, consortiumToday, LocalDate } from '../resources/index.js';
import {
  AddAgreementPeriodInput, Agreement, AgreementConnection, AgreementFilter, AgreementPayload, AgreementPeriod, AgreementPeriodPayload, CreateAgreementInput, LicenceTerm, SetLicenceTermsInput,
} from './agreements.types.js';
import * as service from './agreements.service.js';

@Resolver(() => Agreement)
export class AgreementResolver {
  @Authorized('member', 'analyst', 'admin')
  @Query(() => AgreementConnection, { description: 'Consortium deals, in the order they were added. Needs a token (any role).' })
  async agreements(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AgreementFilter, { nullable: true, description: 'What to match; omit for everything.' }) filter: AgreementFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Agreement>> {
    const first = pageSize(page.first);
    const after = decodeCursor(page.after, 'i');
    const { rows, total } = await service.listAgreements(ctx.db, filter, first + 1, after ? Number(after[0]) : null);
    return toConnection(rows, first, !!after, (r) => [r.id], Agreement.fromRow, total);
  }

  @Authorized('analyst', 'admin')
  @Query(() => [AgreementPeriod], { description: 'Periods whose cancellation deadline falls from today (consortium time zone) up to, not including, `before`; soonest first.' })
  async renewalsDue(@Arg('before', () => LocalDate, { description: 'Deadlines before this date.' }) before: string, @Ctx() ctx: Context): Promise<AgreementPeriod[]> {
    return (await service.renewalsDue(ctx.db, ctx.viewer, consortiumToday(), before)).map(AgreementPeriod.fromRow);
  }

  @FieldResolver(() => [Resource], { description: 'The resources the deal covers.' })
  async resources(@Root() agreement: Agreement, @Ctx() ctx: Context): Promise<Resource[]> {
    const ids = await ctx.loaders.resourceIdsByAgreement.load(agreement.dbId);
    const rows = await ctx.loaders.resourceById.loadMany(ids);
    return rows.flatMap((r) => (r && !(r instanceof Error) ? [Resource.fromRow(r)] : []));
  }

  @FieldResolver(() => [AgreementPeriod], { description: 'The periods of the deal, earliest first.' })
  async periods(@Root() agreement: Agreement, @Ctx() ctx: Context): Promise<AgreementPeriod[]> {
    return (await ctx.loaders.periodsByAgreement.load(agreement.dbId)).map(AgreementPeriod.fromRow);
  }

  @FieldResolver(() => [LicenceTerm], { description: 'The typed terms of the licence, by term type.' })
  async terms(@Root() agreement: Agreement, @Ctx() ctx: Context): Promise<LicenceTerm[]> {
    return (await ctx.loaders.termsByAgreement.load(agreement.dbId)).map(LicenceTerm.fromRow);
  }

  @Authorized('admin')
  @Mutation(() => AgreementPayload, { description: 'Admin: record a new deal and the resources it covers, audited with a reason.' })
  async createAgreement(@Arg('input', () => CreateAgreementInput, { description: 'What to do.' }) input: CreateAgreementInput, @Ctx() ctx: Context): Promise<AgreementPayload> {
    const { agreement, userErrors } = await service.createAgreement(ctx.db, ctx.viewer, input);
    return { agreement: agreement && Agreement.fromRow(agreement), userErrors };
  }

  @Authorized('admin')
  @Mutation(() => AgreementPeriodPayload, { description: 'Admin: add a period (dates, cancellation deadline, total cost, split method) to a deal, audited.' })
  async addAgreementPeriod(@Arg('input', () => AddAgreementPeriodInput, { description: 'What to do.' }) input: AddAgreementPeriodInput, @Ctx() ctx: Context): Promise<AgreementPeriodPayload> {
    const { period, userErrors } = await service.addAgreementPeriod(ctx.db, ctx.viewer, input);
    return { period: period && AgreementPeriod.fromRow(period), userErrors };
  }

  @Authorized('admin')
  @Mutation(() => AgreementPayload, { description: "Admin: set terms of a deal's licence (the types given are replaced), audited." })
  async setLicenceTerms(@Arg('input', () => SetLicenceTermsInput, { description: 'What to do.' }) input: SetLicenceTermsInput, @Ctx() ctx: Context): Promise<AgreementPayload> {
    const { agreement, userErrors } = await service.setLicenceTerms(ctx.db, ctx.viewer, input);
    return { agreement: agreement && Agreement.fromRow(agreement), userErrors };
  }
}

@Resolver(() => AgreementPeriod)
export class AgreementPeriodResolver {
  @FieldResolver(() => Agreement, { description: 'The deal this period belongs to.' })
  async agreement(@Root() period: AgreementPeriod, @Ctx() ctx: Context): Promise<Agreement> {
    const row = await ctx.loaders.agreementById.load(period.agreementId);
    if (!row) throw new Error(`period ${period.dbId} points at a missing agreement`);
    return Agreement.fromRow(row);
  }
}
