import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { LicenceTerm } from '../agreements/index.js';
import { Member } from '../members/index.js';
import { Resource, WhereToRead, consortiumToday, LocalDate, titlesByIdentifier } from '../resources/index.js';
import { AccessCheckInput, AccessCheckResult, Entitlement } from './entitlements.types.js';
import { checkAccess, entitledResources, identifierOf, resolveWho } from './check.service.js';
import { assertCanReadMemberLicensing } from '../../auth/policy.js';

const EMBARGO_LETTER = { moving_wall: 'P', rolling: 'R' } as const;
const UNIT_LETTER = { day: 'D', month: 'M', year: 'Y' } as const;

@Resolver()
export class AccessResolver {
  @Query(() => AccessCheckResult, {
    description: 'May this member (memberCode) or this address (ip) use this resource or title on a day, under which terms, and if not, why not? Anyone may check an IP; a check by memberCode is for that member\'s staff, analysts and admins.',
  })
  async accessCheck(@Arg('input', () => AccessCheckInput, { description: 'What to check.' }) input: AccessCheckInput, @Ctx() ctx: Context): Promise<AccessCheckResult> {
    if (input.memberCode) assertCanReadMemberLicensing(ctx.viewer, input.memberCode.trim());
    const date = input.date ?? consortiumToday();
    const d = await checkAccess(ctx.db, input, date);
    const memberRow = d.memberId === null ? null : await ctx.loaders.memberById.load(d.memberId);
    const c = d.candidate;
    const terms = c ? (await ctx.loaders.termsByAgreement.load(c.agreementId)).map(LicenceTerm.fromRow) : [];
    return {
      allowed: d.allowed, reason: d.reason, message: d.message, date,
      member: memberRow && Member.fromRow(memberRow),
      entitlement: c && Entitlement.fromRow(c.entitlement, c.resourceId, c.currency), // its costs, period and agreement: shown as the policy allows (EntitlementCostsResolver, EntitlementResolver)
      terms,
    };
  }

  @Query(() => [WhereToRead], {
    description: 'Which licensed resources carry a journal (ISSN, print or online, with or without hyphen) or book (ISBN): one entry per resource and coverage range. With ip (anyone) or memberCode (its staff, analysts, admins) `entitled` says whether that member may read it today (or on `date`).',
  })
  async whereToRead(
    @Arg('issn', () => String, { nullable: true, description: 'ISSN.' }) issn: string | null,
    @Arg('isbn', () => String, { nullable: true, description: 'ISBN.' }) isbn: string | null,
    @Arg('memberCode', () => String, { nullable: true, description: 'ISIL of a member.' }) memberCode: string | null,
    @Arg('ip', () => String, { nullable: true, description: 'An IP address.' }) ip: string | null,
    @Arg('date', () => LocalDate, { nullable: true, description: 'The day `entitled` is about; defaults to today (CONSORTIUM_TZ).' }) date: string | null,
    @Ctx() ctx: Context,
  ): Promise<WhereToRead[]> {
    if (memberCode) assertCanReadMemberLicensing(ctx.viewer, memberCode.trim());
    const ident = identifierOf(issn, isbn);
    const titles = await titlesByIdentifier(ctx.db, ident.value);
    const resourceIds = [...new Set(titles.map((t) => t.resourceId))];
    const who = await resolveWho(ctx.db, memberCode, ip);
    const entitled = who && resourceIds.length ? await entitledResources(ctx.db, who, resourceIds, date ?? consortiumToday()) : null;
    const resources = await ctx.loaders.resourceById.loadMany(resourceIds);
    const byId = new Map(resources.flatMap((r) => (r && !(r instanceof Error) ? [[r.id, Resource.fromRow(r)] as const] : [])));
    return titles.map((t) => ({
      resource: byId.get(t.resourceId)!,
      title: t.title,
      url: t.data.titleUrl ?? null,
      coverage: {
        startDate: t.coverageStart, endDate: t.coverageEnd, startVolume: t.data.firstVolume ?? null, endVolume: t.data.lastVolume ?? null,
        embargo: (t.data.embargo ?? []).map((e) => `${EMBARGO_LETTER[e.type]}${e.amount}${UNIT_LETTER[e.unit]}`).join(';') || null,
      },
      entitled: who ? entitled?.has(t.resourceId) ?? false : null,
    }));
  }
}
