/** Loads what accessCheck and whereToRead decide on; input problems are top-level BAD_USER_INPUT (these are queries). */
import type { DbOrTx } from '../../db/database.js';
import { badInput } from '../../graphql/errors.js';
import { idOf } from '../../graphql/global-id.js';
import { resourcesByIds, titleIdentifier, titlesByIdentifier, type ResourceTitleRow } from '../resources/index.js';
import { memberByCode } from '../members/index.js';
import { candidateEntitlements, decide, inPeriod, type AccessDecision } from './access.service.js';
import { memberIdsByIp, parseIp } from './ip-ranges.service.js';

export interface Who {
  memberIds: number[];
  /** An IP was given and matched no member (or not the given member). */
  ipMissed: boolean;
  label: string;
}

/** The members a check is for: the one named, the ones whose ranges hold the IP, or both (then the IP must be the member's). */
export async function resolveWho(db: DbOrTx, memberCode: string | null | undefined, ip: string | null | undefined): Promise<Who | null> {
  if (!memberCode && !ip) return null;
  let memberId: number | null = null;
  if (memberCode) {
    const member = await memberByCode(db, memberCode.trim());
    if (!member) throw badInput(`no member has code ${memberCode}`, { argument: 'memberCode' });
    memberId = member.id;
  }
  if (!ip) return { memberIds: [memberId!], ipMissed: false, label: memberCode! };
  const parsed = parseIp(ip);
  if ('error' in parsed) throw badInput(parsed.error, { argument: 'ip' });
  const byIp = await memberIdsByIp(db, parsed.ip);
  const memberIds = memberId === null ? byIp : byIp.filter((id) => id === memberId);
  return { memberIds: memberId === null ? memberIds : [memberId], ipMissed: memberIds.length === 0, label: memberCode ? `${memberCode} at ${parsed.ip}` : parsed.ip };
}

export function identifierOf(issn: string | null | undefined, isbn: string | null | undefined): { value: string; label: string } {
  if (!!issn === !!isbn) throw badInput('give exactly one of issn and isbn', { argument: issn ? 'isbn' : 'issn' });
  const value = titleIdentifier(issn, isbn);
  if (!value) throw badInput(issn ? `"${issn}" is not a valid ISSN` : `"${isbn}" is not a valid ISBN`, { argument: issn ? 'issn' : 'isbn' });
  return { value, label: issn ? `ISSN ${value}` : `ISBN ${value}` };
}

export interface CheckInput {
  resourceId?: string | null;
  issn?: string | null;
  isbn?: string | null;
  memberCode?: string | null;
  ip?: string | null;
  publishedOn?: string | null;
}

export async function checkAccess(db: DbOrTx, input: CheckInput, date: string): Promise<AccessDecision> {
  const given = [input.resourceId, input.issn, input.isbn].filter((v) => v != null && v !== '').length;
  if (given !== 1) throw badInput('give exactly one of resourceId, issn and isbn', { argument: 'input' });
  let resourceIds: number[] | null = null;
  let titles: ResourceTitleRow[] | null = null;
  let what: string;
  if (input.resourceId) {
    const id = idOf(input.resourceId, 'Resource');
    const [resource] = id === null ? [] : await resourcesByIds(db, [id]);
    if (!resource) throw badInput(`no resource has ID ${input.resourceId}`, { argument: 'resourceId' });
    resourceIds = [resource.id];
    what = `"${resource.name}"`;
  } else {
    const ident = identifierOf(input.issn, input.isbn);
    titles = await titlesByIdentifier(db, ident.value);
    resourceIds = [...new Set(titles.map((t) => t.resourceId))];
    what = ident.label;
  }
  const who = await resolveWho(db, input.memberCode, input.ip);
  if (!who) throw badInput('give memberCode or ip (or both)', { argument: 'input' });
  const candidates = who.ipMissed || resourceIds.length === 0 ? [] : await candidateEntitlements(db, who.memberIds, resourceIds, date);
  return decide({ what, who: who.label, date, memberIds: who.memberIds, titles, candidates, publishedOn: input.publishedOn ?? null, ipMissed: who.ipMissed });
}

/** Per resource: whether any of the members is entitled on `date`. */
export async function entitledResources(db: DbOrTx, who: Who, resourceIds: number[], date: string): Promise<Set<number>> {
  if (who.ipMissed) return new Set();
  const candidates = await candidateEntitlements(db, who.memberIds, resourceIds, date);
  return new Set(candidates.filter((c) => inPeriod(c, date)).map((c) => c.resourceId));
}
