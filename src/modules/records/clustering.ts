/**
 * Which cluster an incoming source record joins, decided from evidence (pure: the caller looks the
 * evidence up in batches). Standard numbers first; the normalised work key only where no number
 * matched, and never between two records that both carry ISBNs without sharing one (different
 * editions or bindings stay apart). Anchors: OpenRS DCB's cluster reasons, GoldRush match keys.
 */
import type { MatchPoints } from './sources.tables.js';

export interface Evidence {
  /** clusters carrying each ISBN / ISSN (lowest id first) */
  byIsbn: Map<string, number[]>;
  byIssn: Map<string, number[]>;
  /** clusters whose sources have each work key */
  byWorkKey: Map<string, number[]>;
  /** ISBNs of candidate clusters, for the edition guard */
  clusterIsbns: Map<number, string[]>;
}

export interface Incoming {
  isbns: string[];
  issns: string[];
  workKey: string;
}

/** A cluster id (existing or pending), or null for a new cluster; with the reason. */
export interface Decision<C> {
  cluster: C | null;
  matchPoints: MatchPoints;
}

export function decideCluster<C>(incoming: Incoming, lookup: { isbn(v: string): C | null; issn(v: string): C | null; workKey(k: string, isbns: string[]): C | null }): Decision<C> {
  for (const isbn of incoming.isbns) {
    const c = lookup.isbn(isbn);
    if (c !== null) return { cluster: c, matchPoints: { via: 'isbn', value: isbn } };
  }
  for (const issn of incoming.issns) {
    const c = lookup.issn(issn);
    if (c !== null) return { cluster: c, matchPoints: { via: 'issn', value: issn } };
  }
  if (incoming.workKey) {
    const c = lookup.workKey(incoming.workKey, incoming.isbns);
    if (c !== null) return { cluster: c, matchPoints: { via: 'workKey', value: incoming.workKey } };
  }
  return { cluster: null, matchPoints: { via: 'new' } };
}

/** Work-key matches are allowed only when at most one side has ISBNs, or they share one. */
export function editionCompatible(incomingIsbns: string[], clusterIsbns: string[]): boolean {
  if (incomingIsbns.length === 0 || clusterIsbns.length === 0) return true;
  return incomingIsbns.some((i) => clusterIsbns.includes(i));
}
