/**
 * Member IP ranges (IPv4 and IPv6 CIDR) for IP-authenticated access to licensed databases.
 *
 * Decisions:
 * - A bare address is a one-address range (/32 or /128).
 * - Host bits set (`10.0.0.1/24`) is REJECTED, not silently widened to 10.0.0.0/24: the typo may as
 *   well be for 10.0.0.1/32, and widening grants 255 other addresses access to licensed content,
 *   the costlier mistake. The message offers both readings.
 * - IPv4 must be four decimal numbers (`10.1`, `0x0a.0.0.1` and leading zeros, which some parsers
 *   read as octal, are refused). IPv6 zone ids (`%eth0`) are refused.
 * - IPv4-mapped IPv6 (`::ffff:10.1.2.3`, `::ffff:10.1.2.0/120`) is stored and matched as IPv4,
 *   so a dual-stack proxy's `::ffff:a.b.c.d` client address matches the member's IPv4 range.
 *   Otherwise IPv4 and IPv6 are separate spaces: `::/0` does not match IPv4 clients.
 */
import ipaddr from 'ipaddr.js';

export type IpVersion = 4 | 6;

export interface IpRange {
  memberCode: string;
  cidr: string;
}

export class IpRangeError extends Error {
  override name = 'IpRangeError';
}

/** An address or range as an interval of integers in its family's space. */
export interface IpInterval {
  version: IpVersion;
  first: bigint;
  last: bigint;
}

type Parsed = { version: IpVersion; value: bigint; text: string };

function toBigInt(bytes: number[]): bigint {
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  return v;
}

const bits = (version: IpVersion) => (version === 4 ? 32 : 128);

function parseAddress(text: string): Parsed | { error: string } {
  const s = text.trim();
  if (s.includes('%')) return { error: `"${text}" has an IPv6 zone id (%…), which cannot be part of a range` };
  if (s.includes(':')) {
    if (!ipaddr.IPv6.isValid(s)) return { error: `"${text}" is not an IPv6 address` };
    const v6 = ipaddr.IPv6.parse(s);
    if (v6.isIPv4MappedAddress()) {
      const v4 = v6.toIPv4Address();
      return { version: 4, value: toBigInt(v4.toByteArray()), text: v4.toString() };
    }
    return { version: 6, value: toBigInt(v6.toByteArray()), text: v6.toRFC5952String() };
  }
  if (!ipaddr.IPv4.isValidFourPartDecimal(s)) return { error: `"${text}" is not an IPv4 address (four numbers 0-255 without leading zeros, e.g. 192.0.2.1)` };
  const v4 = ipaddr.IPv4.parse(s);
  return { version: 4, value: toBigInt(v4.toByteArray()), text: v4.toString() };
}

function formatAddress(version: IpVersion, value: bigint): string {
  const bytes: number[] = [];
  for (let i = bits(version) / 8 - 1; i >= 0; i--) bytes.push(Number((value >> BigInt(i * 8)) & 0xffn));
  const ip = ipaddr.fromByteArray(bytes);
  return ip.kind() === 'ipv6' ? (ip as ipaddr.IPv6).toRFC5952String() : ip.toString();
}

/** One IP address -> its normalised text and family, or why it is not one. */
export function parseIp(text: string): { ip: string; version: IpVersion } | { error: string } {
  const parsed = parseAddress(text);
  return 'error' in parsed ? parsed : { ip: parsed.text, version: parsed.version };
}

function parseRange(text: string): { cidr: string; interval: IpInterval } | { error: string } {
  const parts = text.trim().split('/');
  if (parts.length > 2) return { error: `"${text}" has more than one "/"` };
  const address = parseAddress(parts[0]);
  if ('error' in address) return address;
  const mappedOffset = address.version === 4 && parts[0].includes(':') ? 96 : 0; // ::ffff:a.b.c.d/120 = a.b.c.d/24
  let prefix = bits(address.version);
  if (parts.length === 2) {
    const max = bits(address.version) + mappedOffset;
    if (!/^\d{1,3}$/.test(parts[1]) || Number(parts[1]) > max) return { error: `"${text}": the prefix length must be a number from 0 to ${max}` };
    if (Number(parts[1]) < mappedOffset) return { error: `"${text}": an IPv4-mapped range needs a prefix length of 96 or more` };
    prefix = Number(parts[1]) - mappedOffset;
  }
  const hostBits = BigInt(bits(address.version) - prefix);
  const first = (address.value >> hostBits) << hostBits;
  if (first !== address.value) {
    const network = `${formatAddress(address.version, first)}/${prefix}`;
    const single = `${address.text}/${bits(address.version)}`;
    return { error: `"${text}" has host bits set: write ${network} for the whole network or ${single} for the one address` };
  }
  const last = first + (1n << hostBits) - 1n;
  return { cidr: `${address.text}/${prefix}`, interval: { version: address.version, first, last } };
}

/**
 * A CIDR range or a bare address -> the normalised CIDR (`192.0.2.0/24`, `2001:db8::/32`,
 * `10.1.2.3/32`), or a message saying what is wrong.
 */
export function parseCidr(text: string): { cidr: string; version: IpVersion } | { error: string } {
  const parsed = parseRange(text);
  return 'error' in parsed ? parsed : { cidr: parsed.cidr, version: parsed.interval.version };
}

/** A CIDR (or address) -> its interval; throws IpRangeError for input that `parseCidr` refuses. */
export function cidrInterval(cidr: string): IpInterval {
  const parsed = parseRange(cidr);
  if ('error' in parsed) throw new IpRangeError(parsed.error);
  return parsed.interval;
}

function ipValue(ip: string): { version: IpVersion; value: bigint } {
  const parsed = parseAddress(ip);
  if ('error' in parsed) throw new IpRangeError(parsed.error);
  return parsed;
}

const intersects = (a: IpInterval, b: IpInterval) => a.version === b.version && a.first <= b.last && b.first <= a.last;

/** Whether two CIDR ranges share any address. Throws IpRangeError on invalid input. */
export function rangesOverlap(a: string, b: string): boolean {
  return intersects(cidrInterval(a), cidrInterval(b));
}

/** Whether `ip` is inside any of `ranges` (CIDR strings). Throws IpRangeError on invalid input. */
export function ipInRanges(ip: string, ranges: string[]): boolean {
  const { version, value } = ipValue(ip);
  return ranges.some((r) => {
    const i = cidrInterval(r);
    return i.version === version && i.first <= value && value <= i.last;
  });
}

export interface IpOverlap {
  /** The new range, normalised. */
  cidr: string;
  /** Whose existing range it meets, and which. */
  memberCode: string;
  existing: string;
  /** CIDR blocks are nested or disjoint, so an overlap is one of these. */
  relation: 'same' | 'contains' | 'inside';
}

/** IPv4 and IPv6 on one number line: IPv6 values are shifted past the IPv4 space. */
const line = (i: IpInterval): [bigint, bigint] => (i.version === 4 ? [i.first, i.last] : [i.first + (1n << 32n), i.last + (1n << 32n)]);

/**
 * Every existing range (of any member, the adding member's own included) that a new range
 * meets. Existing ranges are sorted once, so checking a few new ranges against 10,000 is a
 * binary search plus the overlapping entries. Throws IpRangeError on invalid input.
 */
export function findOverlaps(newRanges: string[], existing: IpRange[]): IpOverlap[] {
  const sorted = existing
    .map((r) => {
      const [first, last] = line(cidrInterval(r.cidr));
      return { ...r, first, last };
    })
    .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const maxLast: bigint[] = [];
  for (const [i, r] of sorted.entries()) maxLast.push(i === 0 || r.last > maxLast[i - 1] ? r.last : maxLast[i - 1]);
  const overlaps: IpOverlap[] = [];
  for (const text of newRanges) {
    const parsed = parseRange(text);
    if ('error' in parsed) throw new IpRangeError(parsed.error);
    const [first, last] = line(parsed.interval);
    let lo = 0;
    let hi = sorted.length; // first index whose start is after `last`
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].first <= last) lo = mid + 1;
      else hi = mid;
    }
    const found: IpOverlap[] = [];
    for (let i = lo - 1; i >= 0 && maxLast[i] >= first; i--) {
      const r = sorted[i];
      if (r.last < first) continue;
      const relation = r.first === first && r.last === last ? 'same' : first <= r.first && r.last <= last ? 'contains' : 'inside';
      found.push({ cidr: parsed.cidr, memberCode: r.memberCode, existing: r.cidr, relation });
    }
    overlaps.push(...found.reverse());
  }
  return overlaps;
}

/** A member-code lookup for one address, built once from all members' ranges. */
export interface IpIndex {
  /** Member codes whose ranges contain `ip`, sorted, without repeats ([] when none). Throws IpRangeError for an invalid address. */
  lookup(ip: string): readonly string[];
  /** How many ranges were indexed. */
  readonly size: number;
}

const EMPTY: readonly string[] = Object.freeze([]);

/**
 * Cuts the number line at every range start and end+1; each piece between two cuts is covered by
 * the same members. The pieces' member lists are computed once here, so a lookup is one binary
 * search. Memory is one entry per cut (at most 2 per range); nested ranges share lists.
 */
function segments(items: { first: bigint; last: bigint; code: string }[]): { cuts: bigint[]; codes: (readonly string[])[] } {
  const events = new Map<bigint, { add: string[]; remove: string[] }>();
  const at = (p: bigint) => {
    let e = events.get(p);
    if (!e) events.set(p, (e = { add: [], remove: [] }));
    return e;
  };
  for (const it of items) {
    at(it.first).add.push(it.code);
    at(it.last + 1n).remove.push(it.code);
  }
  const cuts = [...events.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const active = new Map<string, number>();
  const codes: (readonly string[])[] = [];
  let current = EMPTY;
  for (const cut of cuts) {
    const e = events.get(cut)!; // every cut came from the map
    let changed = false;
    for (const code of e.remove) {
      const n = active.get(code)! - 1; // removed only after being added at a lower cut
      if (n === 0) active.delete(code);
      else active.set(code, n);
      changed ||= n === 0;
    }
    for (const code of e.add) {
      const n = (active.get(code) ?? 0) + 1;
      active.set(code, n);
      changed ||= n === 1;
    }
    if (changed) current = active.size === 0 ? EMPTY : Object.freeze([...active.keys()].sort());
    codes.push(current);
  }
  return { cuts, codes };
}

/** Index of the last cut <= value, or -1. */
function lastAtOrBelow<T extends number | bigint>(cuts: ArrayLike<T>, value: T): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cuts[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const DOTTED_QUAD = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}$`);

/**
 * Builds the lookup for all members' ranges (e.g. 10,000 ranges of 2,000 members). IPv4 cuts sit in
 * a Float64Array (2^32 fits exactly) and plain dotted quads skip the general parser; IPv6 cuts are
 * BigInts. Throws IpRangeError naming the member for a range `parseCidr` refuses.
 */
export function buildIpIndex(ranges: IpRange[]): IpIndex {
  const v4: { first: bigint; last: bigint; code: string }[] = [];
  const v6: { first: bigint; last: bigint; code: string }[] = [];
  for (const r of ranges) {
    const parsed = parseRange(r.cidr);
    if ('error' in parsed) throw new IpRangeError(`member ${r.memberCode}: ${parsed.error}`);
    (parsed.interval.version === 4 ? v4 : v6).push({ first: parsed.interval.first, last: parsed.interval.last, code: r.memberCode });
  }
  const four = segments(v4);
  const fourCuts = Float64Array.from(four.cuts, Number);
  const six = segments(v6);
  return {
    size: ranges.length,
    lookup(ip: string): readonly string[] {
      const quad = DOTTED_QUAD.exec(ip);
      if (quad) {
        const value = ((Number(quad[1]) * 256 + Number(quad[2])) * 256 + Number(quad[3])) * 256 + Number(quad[4]);
        const i = lastAtOrBelow(fourCuts, value);
        return i < 0 ? EMPTY : four.codes[i];
      }
      const { version, value } = ipValue(ip);
      if (version === 4) {
        const i = lastAtOrBelow(fourCuts, Number(value));
        return i < 0 ? EMPTY : four.codes[i];
      }
      const i = lastAtOrBelow(six.cuts, value);
      return i < 0 ? EMPTY : six.codes[i];
    },
  };
}
