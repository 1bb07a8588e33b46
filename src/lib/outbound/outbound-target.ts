/**
 * Where an outgoing request may go: https to a host whose every address is public unicast, or anything
 * to a host listed in OUTBOUND_ALLOWED_HOSTS (tests, on-premises providers). The address check is on the
 * resolved IP, so a public name pointing at 127.0.0.1 is refused, and the request then connects to the
 * address that was checked (outbound-client.ts pins it), so DNS cannot answer differently in between.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/** One resolved address, as dns.lookup({ all: true }) gives them. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export type LookupAll = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemLookup: LookupAll = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

/** ipaddr.js range names in words, for the refusal's reason. */
const RANGE_WORDS: Record<string, string> = {
  loopback: 'loopback',
  private: 'private (RFC 1918)',
  uniqueLocal: 'private (fc00::/7)',
  linkLocal: 'link-local',
  unspecified: 'unspecified',
  multicast: 'multicast',
  broadcast: 'broadcast',
  carrierGradeNat: 'carrier-grade NAT (100.64.0.0/10)',
  reserved: 'reserved',
};

/**
 * Why an address may not be a target, or null when it is public unicast. IPv4-mapped IPv6 addresses
 * are judged as the IPv4 address they carry; IPv6 ranges that embed or tunnel to IPv4 (6to4, Teredo,
 * NAT64) are refused, since the address behind them is not checked.
 */
export function addressProblem(address: string): string | null {
  if (!ipaddr.isValid(address)) return `"${address}" is not an IP address`;
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  if (range === 'unicast') return null;
  return `${parsed.toString()} is ${RANGE_WORDS[range] ?? `not public unicast (${range})`}`;
}

/** The URL's hostname without IPv6 brackets, lower case. */
export function bareHostname(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
}

function effectivePort(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : '80');
}

/** Whether OUTBOUND_ALLOWED_HOSTS lists the URL's host (any port) or its host:port. */
export function isAllowedHost(url: URL, allowedHosts: readonly string[]): boolean {
  const host = url.hostname.toLowerCase(); // IPv6 keeps its brackets here, as the list writes it
  return allowedHosts.includes(host) || allowedHosts.includes(`${host}:${effectivePort(url)}`);
}

/** What the check decided: refused (and why), or the address to connect to (null: resolve as usual, an allowed host). */
export type TargetDecision = { refused: string } | { pinned: ResolvedAddress | null };

/**
 * Checks one URL (the first or a redirect's): scheme, allow-list, then every address its name resolves
 * to. A name with one refused address is refused, whichever address the connection would have taken.
 */
export async function checkTarget(url: URL, allowedHosts: readonly string[], lookup: LookupAll): Promise<TargetDecision> {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { refused: `${url.protocol} URLs are not fetched (only https, or http to a host in OUTBOUND_ALLOWED_HOSTS)` };
  if (isAllowedHost(url, allowedHosts)) return { pinned: null };
  if (url.protocol === 'http:') return { refused: `plain http to ${url.host} is refused: use https, or list the host in OUTBOUND_ALLOWED_HOSTS` };
  const host = bareHostname(url);
  let addresses: ResolvedAddress[];
  if (ipaddr.isValid(host)) {
    addresses = [{ address: host, family: ipaddr.parse(host).kind() === 'ipv6' ? 6 : 4 }];
  } else {
    try {
      addresses = await lookup(host);
    } catch (err) {
      return { refused: `${host} does not resolve (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
    }
    if (addresses.length === 0) return { refused: `${host} does not resolve` };
  }
  for (const a of addresses) {
    const problem = addressProblem(a.address);
    if (problem) return { refused: `${host === a.address ? host : `${host} resolves to ${a.address}, which`} ${problem.replace(/^\S+ is /, 'is ')}; list the host in OUTBOUND_ALLOWED_HOSTS to allow it` };
  }
  return { pinned: addresses[0] };
}
