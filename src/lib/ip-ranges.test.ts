import { describe, expect, it } from 'vitest';
import { buildIpIndex, cidrInterval, findOverlaps, type IpRange, IpRangeError, ipInRanges, parseCidr, parseIp, rangesOverlap } from './ip-ranges.js';

describe('parseCidr', () => {
  it('normalises IPv4 and IPv6 ranges; a bare address is a /32 or /128', () => {
    expect(parseCidr('192.0.2.0/24')).toEqual({ cidr: '192.0.2.0/24', version: 4 });
    expect(parseCidr(' 10.1.2.3 ')).toEqual({ cidr: '10.1.2.3/32', version: 4 });
    expect(parseCidr('2001:DB8:0:0::/32')).toEqual({ cidr: '2001:db8::/32', version: 6 });
    expect(parseCidr('2001:0db8:0000:0000:0000:0000:0000:0001')).toEqual({ cidr: '2001:db8::1/128', version: 6 });
    expect(parseCidr('0.0.0.0/0')).toEqual({ cidr: '0.0.0.0/0', version: 4 });
  });

  it('stores IPv4-mapped IPv6 as IPv4', () => {
    expect(parseCidr('::ffff:10.1.2.0/120')).toEqual({ cidr: '10.1.2.0/24', version: 4 });
    expect(parseCidr('::ffff:10.1.2.3')).toEqual({ cidr: '10.1.2.3/32', version: 4 });
    expect(parseCidr('::ffff:10.1.2.0/64')).toEqual({ error: '"::ffff:10.1.2.0/64": an IPv4-mapped range needs a prefix length of 96 or more' });
  });

  it('rejects host bits set, offering both readings', () => {
    expect(parseCidr('10.0.0.1/24')).toEqual({ error: '"10.0.0.1/24" has host bits set: write 10.0.0.0/24 for the whole network or 10.0.0.1/32 for the one address' });
    expect(parseCidr('2001:db8::1/64')).toEqual({ error: '"2001:db8::1/64" has host bits set: write 2001:db8::/64 for the whole network or 2001:db8::1/128 for the one address' });
  });

  it('explains invalid input', () => {
    expect(parseCidr('10.0.0.256')).toEqual({ error: '"10.0.0.256" is not an IPv4 address (four numbers 0-255 without leading zeros, e.g. 192.0.2.1)' });
    expect(parseCidr('010.0.0.0/8')).toMatchObject({ error: /is not an IPv4 address/ }); // octal to some parsers
    expect(parseCidr('10.1/16')).toMatchObject({ error: /is not an IPv4 address/ });
    expect(parseCidr('10.0.0.0/33')).toEqual({ error: '"10.0.0.0/33": the prefix length must be a number from 0 to 32' });
    expect(parseCidr('2001:db8::/129')).toEqual({ error: '"2001:db8::/129": the prefix length must be a number from 0 to 128' });
    expect(parseCidr('10.0.0.0/x')).toMatchObject({ error: /prefix length/ });
    expect(parseCidr('10.0.0.0/8/8')).toEqual({ error: '"10.0.0.0/8/8" has more than one "/"' });
    expect(parseCidr('2001:db8::g')).toEqual({ error: '"2001:db8::g" is not an IPv6 address' });
    expect(parseCidr('fe80::1%eth0')).toMatchObject({ error: /zone id/ });
    expect(parseCidr('')).toMatchObject({ error: /not an IPv4 address/ });
    expect(parseCidr('example.edu.cn')).toMatchObject({ error: /not an IPv4 address/ });
  });

  it('gives intervals', () => {
    expect(cidrInterval('10.0.0.0/30')).toEqual({ version: 4, first: 0x0a000000n, last: 0x0a000003n });
    expect(cidrInterval('::/0')).toEqual({ version: 6, first: 0n, last: (1n << 128n) - 1n });
    expect(() => cidrInterval('nope')).toThrow(IpRangeError);
  });
});

describe('parseIp', () => {
  it('normalises and unwraps IPv4-mapped addresses', () => {
    expect(parseIp('::ffff:10.1.2.3')).toEqual({ ip: '10.1.2.3', version: 4 });
    expect(parseIp('2001:DB8::0001')).toEqual({ ip: '2001:db8::1', version: 6 });
    expect(parseIp('1.2.3')).toMatchObject({ error: /not an IPv4 address/ });
  });
});

describe('rangesOverlap and ipInRanges', () => {
  it('v4, v6 and mapped', () => {
    expect(rangesOverlap('10.0.0.0/8', '10.1.2.0/24')).toBe(true);
    expect(rangesOverlap('10.0.0.0/24', '10.0.1.0/24')).toBe(false);
    expect(rangesOverlap('2001:db8::/32', '2001:db8:1::/48')).toBe(true);
    expect(rangesOverlap('2001:db8::/32', '2001:db9::/32')).toBe(false);
    expect(rangesOverlap('::/0', '0.0.0.0/0')).toBe(false); // separate families
    expect(rangesOverlap('::ffff:10.1.2.0/120', '10.1.2.128/25')).toBe(true);
    expect(ipInRanges('::ffff:10.1.2.3', ['10.1.2.0/24'])).toBe(true);
    expect(ipInRanges('10.1.3.0', ['10.1.2.0/24'])).toBe(false);
    expect(ipInRanges('2001:db8::5', ['10.0.0.0/8', '2001:db8::/64'])).toBe(true);
    expect(() => ipInRanges('10.1.2', ['10.0.0.0/8'])).toThrow('"10.1.2" is not an IPv4 address');
  });
});

describe('findOverlaps', () => {
  const existing: IpRange[] = [
    { memberCode: 'CN-PKU', cidr: '162.105.0.0/16' },
    { memberCode: 'CN-THU', cidr: '166.111.0.0/16' },
    { memberCode: 'CN-THU', cidr: '2402:f000::/32' },
    { memberCode: 'CN-RUC', cidr: '202.112.112.0/21' },
    { memberCode: 'CN-FDU', cidr: '10.0.0.0/8' },
    { memberCode: 'CN-SJTU', cidr: '10.20.0.0/16' },
  ];

  it('finds overlaps across members, with how the blocks relate', () => {
    expect(findOverlaps(['166.111.8.0/24', '10.20.30.0/24', '202.112.112.0/21', '2402:f000:1::/48', '8.8.8.8'], existing)).toEqual([
      { cidr: '166.111.8.0/24', memberCode: 'CN-THU', existing: '166.111.0.0/16', relation: 'inside' },
      { cidr: '10.20.30.0/24', memberCode: 'CN-FDU', existing: '10.0.0.0/8', relation: 'inside' },
      { cidr: '10.20.30.0/24', memberCode: 'CN-SJTU', existing: '10.20.0.0/16', relation: 'inside' },
      { cidr: '202.112.112.0/21', memberCode: 'CN-RUC', existing: '202.112.112.0/21', relation: 'same' },
      { cidr: '2402:f000:1::/48', memberCode: 'CN-THU', existing: '2402:f000::/32', relation: 'inside' },
    ]);
    expect(findOverlaps(['160.0.0.0/4'], existing).map((o) => [o.memberCode, o.relation])).toEqual([
      ['CN-PKU', 'contains'],
      ['CN-THU', 'contains'],
    ]);
    expect(findOverlaps(['::ffff:162.105.1.0/120'], existing)).toEqual([{ cidr: '162.105.1.0/24', memberCode: 'CN-PKU', existing: '162.105.0.0/16', relation: 'inside' }]);
  });

  it('agrees with a pairwise check on random ranges', () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const randomRange = () => {
      const prefix = 8 + Math.floor(rand() * 17);
      const base = Math.floor(rand() * 2 ** 32);
      const network = base - (base % 2 ** (32 - prefix));
      return `${[24, 16, 8, 0].map((s) => Math.floor(network / 2 ** s) % 256).join('.')}/${prefix}`;
    };
    const pool = Array.from({ length: 400 }, (_, i) => ({ memberCode: `M${i % 50}`, cidr: randomRange() }));
    const fresh = Array.from({ length: 40 }, randomRange);
    const expected = fresh.flatMap((c) => pool.filter((p) => rangesOverlap(c, p.cidr)).map((p) => `${c} ${p.memberCode} ${p.cidr}`)).sort();
    expect(findOverlaps(fresh, pool).map((o) => `${o.cidr} ${o.memberCode} ${o.existing}`).sort()).toEqual(expected);
  });

  it('refuses an invalid range', () => {
    expect(() => findOverlaps(['10.0.0.1/8'], existing)).toThrow(/host bits set/);
  });
});

describe('buildIpIndex', () => {
  const index = buildIpIndex([
    { memberCode: 'B', cidr: '10.0.0.0/8' },
    { memberCode: 'A', cidr: '10.1.2.0/24' },
    { memberCode: 'A', cidr: '10.1.0.0/16' },
    { memberCode: 'C', cidr: '2001:db8::/32' },
    { memberCode: 'D', cidr: '2001:db8:1::/48' },
    { memberCode: 'E', cidr: '255.255.255.255' },
    { memberCode: 'F', cidr: '0.0.0.0/32' },
  ]);

  it('returns every member whose range holds the address, sorted', () => {
    expect(index.lookup('10.1.2.3')).toEqual(['A', 'B']);
    expect(index.lookup('10.1.3.3')).toEqual(['A', 'B']);
    expect(index.lookup('10.2.0.0')).toEqual(['B']);
    expect(index.lookup('11.0.0.0')).toEqual([]);
    expect(index.lookup('9.255.255.255')).toEqual([]);
    expect(index.lookup('255.255.255.255')).toEqual(['E']);
    expect(index.lookup('0.0.0.0')).toEqual(['F']);
    expect(index.lookup('0.0.0.1')).toEqual([]);
    expect(index.size).toBe(7);
  });

  it('matches IPv6 and IPv4-mapped IPv6', () => {
    expect(index.lookup('::ffff:10.1.2.3')).toEqual(['A', 'B']);
    expect(index.lookup('2001:db8:1::42')).toEqual(['C', 'D']);
    expect(index.lookup('2001:DB8:2::')).toEqual(['C']);
    expect(index.lookup('2001:db9::')).toEqual([]);
    expect(index.lookup('::')).toEqual([]);
  });

  it('refuses invalid addresses and ranges with a message', () => {
    expect(() => index.lookup('10.1.2.256')).toThrow('"10.1.2.256" is not an IPv4 address');
    expect(() => index.lookup('010.1.2.3')).toThrow(IpRangeError);
    expect(() => buildIpIndex([{ memberCode: 'X', cidr: '10.0.0.1/8' }])).toThrow(/^member X: "10.0.0.1\/8" has host bits set/);
  });

  it('agrees with ipInRanges on 2,000 random ranges and 5,000 random addresses', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const quad = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
    const ranges: IpRange[] = Array.from({ length: 2000 }, (_, i) => {
      const prefix = 12 + Math.floor(rand() * 21);
      const base = Math.floor(rand() * 2 ** 32);
      return { memberCode: `M${i % 300}`, cidr: `${quad(base - (base % 2 ** (32 - prefix)))}/${prefix}` };
    });
    const big = buildIpIndex(ranges);
    const intervals = ranges.map((r) => ({ code: r.memberCode, ...cidrInterval(r.cidr) }));
    let hits = 0;
    for (let k = 0; k < 5000; k++) {
      // half random, half at or next to a range's edges, where an off-by-one would show
      const near = intervals[Math.floor(rand() * intervals.length)];
      const edges = [near.first - 1n, near.first, near.last, near.last + 1n].filter((e) => e >= 0n && e < 2n ** 32n);
      const n = k % 2 === 0 ? Math.floor(rand() * 2 ** 32) : Number(edges[Math.floor(rand() * edges.length)]);
      const ip = quad(n);
      const v = BigInt(n);
      const expected = [...new Set(intervals.filter((r) => r.first <= v && v <= r.last).map((r) => r.code))].sort();
      if (expected.length > 0) hits++;
      if (big.lookup(ip).join() !== expected.join()) expect([ip, big.lookup(ip)]).toEqual([ip, expected]);
    }
    expect(hits).toBeGreaterThan(1000); // the ranges are wide enough that the check means something
  });
});
