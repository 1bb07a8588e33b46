import { sql } from 'drizzle-orm';
import { boolean, check, date, doublePrecision, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { members } from '../members/members.tables.js';
import { records } from '../records/records.tables.js';
import { holdings } from '../holdings/holdings.tables.js';

/**
 * Interlibrary loan and document delivery (issue 11). One row per request a member's reader places;
 * `state` is only ever changed by an action from the state model (ill-states.ts), under a row lock
 * with `version` bumped, so two concurrent actions on one request cannot both succeed.
 */
export const illRequests = pgTable(
  'ill_requests',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    requesterMemberId: integer('requester_member_id').notNull().references(() => members.id),
    /** The rota entry asked now (null before routing, and once the rota is exhausted). */
    supplierMemberId: integer('supplier_member_id').references(() => members.id),
    /** LOAN | COPY */
    serviceType: text('service_type').notNull(),
    /** NORMAL | RUSH */
    serviceLevel: text('service_level').notNull().default('NORMAL'),
    /** A state name of the service type's model (ill-states.ts). */
    state: text('state').notNull(),
    /** Bumped by every action: what makes a lost update impossible (actions lock the row and check it). */
    version: integer('version').notNull().default(1),
    /** The union-catalogue record asked for, when the request names one or its ISBN/ISSN finds one. */
    recordId: integer('record_id').references(() => records.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    author: text('author'),
    isbn: text('isbn'),
    issn: text('issn'),
    articleTitle: text('article_title'),
    volume: text('volume'),
    issue: text('issue'),
    pages: text('pages'),
    neededBy: date('needed_by', { mode: 'string' }),
    pickupLocation: text('pickup_location'),
    /** The most the requester will pay, in `currency` (decimal string). */
    maxCost: numeric('max_cost', { precision: 20, scale: 4 }),
    currency: text('currency').notNull().default('CNY'),
    /** The only personal data kept: the requester's own reference for its reader; removed `ILL_PATRON_RETENTION_DAYS` after closing. */
    patronReference: text('patron_reference'),
    patronReferenceRemovedAt: timestamp('patron_reference_removed_at', { withTimezone: true }),
    /** COPY: the reader declared the copy is for private study (document-supply rules). */
    copyrightDeclaration: boolean('copyright_declaration').notNull().default(false),
    /** 1-based position in ill_rota of the supplier asked now. */
    rotaPosition: integer('rota_position'),
    /** LOAN: when the loan is due back (set by SHIP). */
    dueDate: date('due_date', { mode: 'string' }),
    /** COPY: the delivered copy (DELIVER_COPY), shown to the requester's staff until it expires. */
    copyUrl: text('copy_url'),
    copyExpiresAt: timestamp('copy_expires_at', { withTimezone: true }),
    /** What the requester owes the supplier for this request (decimal string, `currency`). */
    cost: numeric('cost', { precision: 20, scale: 4 }),
    unfilledReason: text('unfilled_reason'),
    /** Where it came from: API or ISO18626 (then the peer's own request ID, for its messages). */
    origin: text('origin').notNull().default('API'),
    peerRequestId: text('peer_request_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Shipped (loan) or copy delivered: turnaround is deliveredAt − createdAt. */
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    /** Reached a terminal state (COMPLETED, CANCELLED, UNFILLED). */
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    index('ill_requests_requester_idx').on(t.requesterMemberId, t.id),
    index('ill_requests_supplier_idx').on(t.supplierMemberId, t.id),
    index('ill_requests_state_idx').on(t.state),
    index('ill_requests_closed_idx').on(t.closedAt).where(sql`patron_reference IS NOT NULL`),
    uniqueIndex('ill_requests_peer_idx').on(t.requesterMemberId, t.peerRequestId),
    check('ill_requests_service_type_check', sql`${t.serviceType} IN ('LOAN', 'COPY')`),
    check('ill_requests_service_level_check', sql`${t.serviceLevel} IN ('NORMAL', 'RUSH')`),
  ],
);

/**
 * The ranked list of members a request is sent to, in order. Built once when the request is placed
 * (ill-routing); `reason` says why the member is where it is (the score's parts), `outcome` what it said.
 */
export const illRota = pgTable(
  'ill_rota',
  {
    requestId: integer('request_id').notNull().references(() => illRequests.id, { onDelete: 'cascade' }),
    /** 1-based. */
    position: integer('position').notNull(),
    memberId: integer('member_id').notNull().references(() => members.id),
    /** The holding that put the member on the rota (its location and call number go to the supplier). */
    holdingId: integer('holding_id').references(() => holdings.id, { onDelete: 'set null' }),
    score: doublePrecision('score').notNull(),
    reason: text('reason').notNull(),
    /** PENDING (not asked yet), ASKED (asked now), CANNOT_SUPPLY, SUPPLIED, SKIPPED (e.g. closed when its turn came). */
    outcome: text('outcome').notNull().default('PENDING'),
    outcomeNote: text('outcome_note'),
  },
  (t) => [uniqueIndex('ill_rota_request_position_idx').on(t.requestId, t.position), index('ill_rota_member_idx').on(t.memberId)],
);

/** Every action on a request, in order: who, when, from which state to which, the note and the action's details. */
export const illHistory = pgTable(
  'ill_history',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    requestId: integer('request_id').notNull().references(() => illRequests.id, { onDelete: 'cascade' }),
    /** An action of the model, or CREATE for placing the request. */
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    /** REQUESTER | SUPPLIER | OFFICE (an admin) | SYSTEM (routing, expiry) */
    side: text('side').notNull(),
    /** The token's subject (actorOf), or 'iso18626:<ISIL>' for a peer's message. */
    actor: text('actor').notNull(),
    /** The member on whose behalf (the requester or the supplier at the time). */
    actorMemberId: integer('actor_member_id').references(() => members.id),
    note: text('note'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ill_history_request_idx').on(t.requestId, t.id)],
);

/**
 * Lending rules as data: one consortium-wide row (member_id null) and at most one per member; a null
 * field in a member's row means "as the consortium's". Routing and actions obey them.
 */
export const illLendingRules = pgTable(
  'ill_lending_rules',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    memberId: integer('member_id').references(() => members.id, { onDelete: 'cascade' }),
    loanPeriodDays: integer('loan_period_days'),
    renewals: integer('renewals'),
    /** Record formats (records.format, e.g. BOOK) that lend; null = all. */
    lendableFormats: text('lendable_formats').array(),
    /** Holding locations that never lend (e.g. 'Reference', 'Special collections'). */
    excludedLocations: text('excluded_locations').array(),
    suppliesCopies: boolean('supplies_copies'),
    suppliesLoans: boolean('supplies_loans'),
    /** New requests a member takes per day as supplier; null = no cap. */
    dailyCapacity: integer('daily_capacity'),
    notes: text('notes'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('ill_lending_rules_member_idx').on(sql`coalesce(${t.memberId}, 0)`)],
);

/** A member closed for ILL from `startsOn` to `endsOn` (inclusive), e.g. Spring Festival, stocktaking. */
export const illClosures = pgTable(
  'ill_closures',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    memberId: integer('member_id').notNull().references(() => members.id, { onDelete: 'cascade' }),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [index('ill_closures_member_idx').on(t.memberId, t.startsOn), check('ill_closures_range_check', sql`${t.endsOn} >= ${t.startsOn}`)],
);

/**
 * Price tiers: what a supplier charges per filled request of a service type and level; member_id null
 * = the consortium's tariff, a member's own row overrides it.
 */
export const illFeeTiers = pgTable(
  'ill_fee_tiers',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    memberId: integer('member_id').references(() => members.id, { onDelete: 'cascade' }),
    serviceType: text('service_type').notNull(),
    serviceLevel: text('service_level').notNull(),
    amount: numeric('amount', { precision: 20, scale: 4 }).notNull(),
    currency: text('currency').notNull().default('CNY'),
  },
  (t) => [uniqueIndex('ill_fee_tiers_key_idx').on(sql`coalesce(${t.memberId}, 0)`, t.serviceType, t.serviceLevel)],
);

/** What a requester owes a supplier for one filled request (one row per request), for the monthly statements. */
export const illCharges = pgTable(
  'ill_charges',
  {
    requestId: integer('request_id').primaryKey().references(() => illRequests.id, { onDelete: 'cascade' }),
    payerMemberId: integer('payer_member_id').notNull().references(() => members.id),
    payeeMemberId: integer('payee_member_id').notNull().references(() => members.id),
    amount: numeric('amount', { precision: 20, scale: 4 }).notNull(),
    currency: text('currency').notNull(),
    /** When the request was filled (shipped / copy delivered): the statement month. */
    chargedAt: timestamp('charged_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ill_charges_payer_idx').on(t.payerMemberId, t.chargedAt), index('ill_charges_payee_idx').on(t.payeeMemberId, t.chargedAt)],
);

export type IllRequestRow = typeof illRequests.$inferSelect;
export type IllRotaRow = typeof illRota.$inferSelect;
export type IllHistoryRow = typeof illHistory.$inferSelect;
export type IllLendingRulesRow = typeof illLendingRules.$inferSelect;
export type IllClosureRow = typeof illClosures.$inferSelect;
export type IllFeeTierRow = typeof illFeeTiers.$inferSelect;
export type IllChargeRow = typeof illCharges.$inferSelect;
