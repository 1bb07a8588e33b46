/** One request = one context = fresh DataLoaders (no cross-request cache, so nothing leaks between members). */
import type { Db } from '../db/database.js';
import type { Viewer } from '../auth/viewer.js';
import { createHoldingLoaders } from '../modules/holdings/index.js';
import { createMemberLoaders } from '../modules/members/index.js';
import { createRecordLoaders, createSourceLoaders } from '../modules/records/index.js';
import { createResourceLoaders } from '../modules/resources/index.js';
import { createAgreementLoaders } from '../modules/agreements/index.js';
import { createEntitlementLoaders } from '../modules/entitlements/index.js';

export function createLoaders(db: Db) {
  return { ...createMemberLoaders(db), ...createRecordLoaders(db), ...createSourceLoaders(db), ...createHoldingLoaders(db),
    ...createResourceLoaders(db), ...createAgreementLoaders(db), ...createEntitlementLoaders(db) };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  db: Db;
  viewer: Viewer;
  loaders: Loaders;
  requestId: string;
}

export function createContext(db: Db, viewer: Viewer, requestId: string): Context {
  return { db, viewer, loaders: createLoaders(db), requestId };
}
