/** One request = one context = fresh DataLoaders (no cross-request cache, so nothing leaks between members). */
import type { Db } from '../db/database.js';
import type { Viewer } from '../auth/viewer.js';
import { createHoldingLoaders } from '../modules/holdings/index.js';
import { createMemberLoaders } from '../modules/members/index.js';
import { createRecordLoaders, createSourceLoaders } from '../modules/records/index.js';
import { createResourceLoaders } from '../modules/resources/index.js';
import { createAgreementLoaders } from '../modules/agreements/index.js';
import { createEntitlementLoaders } from '../modules/entitlements/index.js';
import { createIllLoaders } from '../modules/ill/index.js';

/** Each module's loaders, made together (a module's loaders may use one another). */
const GROUPS = [createMemberLoaders, createRecordLoaders, createSourceLoaders, createHoldingLoaders, createResourceLoaders, createAgreementLoaders, createEntitlementLoaders, createIllLoaders] as const;

type Group = ReturnType<(typeof GROUPS)[number]>;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
export type Loaders = UnionToIntersection<Group>;

/**
 * A request's loaders, each module's made on first use: most requests touch one or two modules, and
 * making all twenty DataLoaders for every request was 2 % of the server's CPU (node --cpu-prof, who-holds).
 * The getters live on a prototype built once, so a request pays for one small object.
 */
class RequestLoaders {
  readonly made: (Group | undefined)[] = [];
  constructor(readonly db: Db) {}
}

// Which module makes which loader: asked once, of loaders made for no database (making one runs no query).
GROUPS.forEach((make, index) => {
  for (const key of Object.keys(make(null as unknown as Db))) {
    Object.defineProperty(RequestLoaders.prototype, key, {
      get(this: RequestLoaders) {
        const group = (this.made[index] ??= make(this.db));
        return (group as Record<string, unknown>)[key];
      },
      enumerable: true,
    });
  }
});

export function createLoaders(db: Db): Loaders {
  return new RequestLoaders(db) as unknown as Loaders;
}

export interface Context {
  db: Db;
  viewer: Viewer;
  loaders: Loaders;
  requestId: string;
}

export function createContext(db: Db, viewer: Viewer, requestId: string): Context {
  return { db, viewer, loaders: createLoaders(db), requestId };
}

/**
 * A subscription's context lives as long as the subscription: each event it delivers gets fresh
 * loaders, so nothing loaded for one event (a request's state, a member) is served for the next.
 */
export function renewLoaders(ctx: Context): void {
  ctx.loaders = createLoaders(ctx.db);
}
