import DataLoader from 'dataloader';
import type { Db } from '../../db/database.js';
import { alignMany, alignOne } from '../../graphql/align.js';
import type { AgreementPeriodRow, AgreementRow, LicenceTermRow } from './agreements.tables.js';
import { agreementsByIds, periodsByIds, periodsOfAgreements, resourceLinksOfAgreements, termsOfAgreements } from './agreements.service.js';

export function createAgreementLoaders(db: Db) {
  const periodById = new DataLoader<number, AgreementPeriodRow | null>(async (ids) => alignOne(ids, await periodsByIds(db, ids), (p) => p.id));
  return {
    agreementById: new DataLoader<number, AgreementRow | null>(async (ids) => alignOne(ids, await agreementsByIds(db, ids), (a) => a.id)),
    periodById,
    /** Primes periodById, so a cost share's `period` under an agreement's periods costs no statement. */
    periodsByAgreement: new DataLoader<number, AgreementPeriodRow[]>(async (ids) => {
      const rows = await periodsOfAgreements(db, ids);
      for (const p of rows) periodById.prime(p.id, p);
      return alignMany(ids, rows, (p) => p.agreementId);
    }),
    termsByAgreement: new DataLoader<number, LicenceTermRow[]>(async (ids) => alignMany(ids, await termsOfAgreements(db, ids), (t) => t.agreementId)),
    resourceIdsByAgreement: new DataLoader<number, number[]>(async (ids) => alignMany(ids, await resourceLinksOfAgreements(db, ids), (l) => l.agreementId).map((ls) => ls.map((l) => l.resourceId))),
  };
}
