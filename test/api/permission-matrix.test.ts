/**
 * The permission matrix: what each role gets for each field and operation, as a client sees it over
 * HTTP. The expectations are written out here, row by row, never computed from src/auth/policy.ts:
 * this file is the second opinion. A walk of the built schema fails when a field exists that no row
 * names (a new field must be classified the day it is added) or a row names a field that is gone.
 *
 * Columns: anonymous; staff of CN-110000-PKU, the member whose data the probes are about ("own");
 * staff of CN-310000-SJTU, which takes no part in the international e-journal deal the probes look
 * at ("other"); an analyst; an admin.
 *
 * Outcomes: `shown` (a value), `null` (redacted to null, or its parent is), `empty` (a list the
 * viewer sees none of), or the top-level error code at that field.
 */
import { GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_VIEWER } from '../../src/auth/viewer.js';
import { buildApiSchema } from '../../src/graphql/schema.js';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { assignEntitlement } from '../../src/modules/entitlements/index.js';
import { createApiClient } from '../../src/modules/clients/index.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

type Outcome = 'shown' | 'null' | 'empty' | 'UNAUTHENTICATED' | 'FORBIDDEN';
type Row = readonly [anonymous: Outcome, own: Outcome, other: Outcome, analyst: Outcome, admin: Outcome];
const ROLES = ['anonymous', 'own', 'other', 'analyst', 'admin'] as const;
type RoleName = (typeof ROLES)[number];

const OWN = 'CN-110000-PKU';
const OTHER = 'CN-310000-SJTU';
const PKU_IP = '192.0.2.10';
const NATURE = '0028-0836'; // on the e-journal package: PKU takes part, SJTU does not

// Rows used more than once, written out once.
const PUBLIC: Row = ['shown', 'shown', 'shown', 'shown', 'shown'];
/** A deal's details reached from a public answer: null for the anonymous, shown to any token. */
const DEAL: Row = ['null', 'shown', 'shown', 'shown', 'shown'];
/** A member's licensing data (costs, payment, invoice) reached from a public answer. */
const MEMBER_COSTS: Row = ['null', 'shown', 'null', 'shown', 'shown'];
/** Asking for a member's licensing data by name: its staff, analysts and admins. */
const MEMBER_LICENSING: Row = ['UNAUTHENTICATED', 'shown', 'FORBIDDEN', 'shown', 'shown'];
/** The cost shares of a period the other member takes no part in: the list is empty for it. */
const SHARE_IN_PERIOD: Row = ['null', 'shown', 'empty', 'shown', 'shown'];
const ANALYSTS: Row = ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'shown', 'shown'];
const ADMINS: Row = ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'shown'];
/** Writing the own member's data (PKU): its staff and admins. */
const OWN_WRITE: Row = ['UNAUTHENTICATED', 'shown', 'FORBIDDEN', 'FORBIDDEN', 'shown'];
const SIGNED_IN: Row = ['UNAUTHENTICATED', 'shown', 'shown', 'shown', 'shown'];

interface Probe {
  row: Row;
  query: string;
  variables?: () => Record<string, unknown>;
  /** the path to the field in `data` (a list on the way is searched in its first element) */
  path: string[];
}

const ACCESS = (selection: string) => `{ accessCheck(input: { issn: "${NATURE}", ip: "${PKU_IP}", date: "2026-06-01" }) { ${selection} } }`;
const ENTITLEMENT = (selection: string) => ACCESS(`entitlement { ${selection} }`);
const PERIOD = (selection: string) => ENTITLEMENT(`period { ${selection} }`);
const SHARES = (selection: string) => PERIOD(`costShares { ${selection} }`);
const AGREEMENT = (selection: string) => ENTITLEMENT(`agreement { ${selection} }`);
const AT = (...path: string[]) => path;

const ids: { resource?: string; agreement?: string; period?: string; apiClient?: string } = {};
const BOGUS_PERIOD = toGlobalId('AgreementPeriod', 999_999);
const BOGUS_AGREEMENT = toGlobalId('Agreement', 999_999);
const BOGUS_RECORD = toGlobalId('Record', 999_999);
const BOGUS_ILL_REQUEST = toGlobalId('IllRequest', 999_999);
/** The newest of the own member's demo ILL requests (in a state): the other member is on none of their rotas. */
const OWN_ILL = (selection: string, state = '') => `{ illRequests(first: 1, filter: { requesterCode: "${OWN}"${state ? `, state: ${state}` : ''} }) { edges { node { ${selection} } } } }`;
const mutation = (name: string, input: string, selection = 'userErrors { code }') => `mutation { ${name}(input: ${input}) { ${selection} } }`;

/**
 * Every field that can expose restricted data, and every query and mutation. Mutations are sent with
 * input that is refused with userErrors, so a permitted role gets a payload and nothing is written.
 */
const MATRIX: Record<string, Probe> = {
  // queries
  'Query.accessCheck': { row: PUBLIC, query: ACCESS('allowed'), path: AT('accessCheck', 'allowed') },
  'Query.accessCheck(memberCode)': { row: MEMBER_LICENSING, query: `{ accessCheck(input: { issn: "${NATURE}", memberCode: "${OWN}" }) { allowed } }`, path: AT('accessCheck') },
  'Query.whereToRead': { row: PUBLIC, query: `{ whereToRead(issn: "${NATURE}", ip: "${PKU_IP}") { entitled } }`, path: AT('whereToRead', 'entitled') },
  'Query.whereToRead(memberCode)': { row: MEMBER_LICENSING, query: `{ whereToRead(issn: "${NATURE}", memberCode: "${OWN}") { entitled } }`, path: AT('whereToRead') },
  'Query.agreements': { row: SIGNED_IN, query: '{ agreements { totalCount } }', path: AT('agreements') },
  'Query.renewalsDue': { row: ANALYSTS, query: '{ renewalsDue(before: "2099-01-01") { id } }', path: AT('renewalsDue') },
  'Query.imports': { row: SIGNED_IN, query: '{ imports { totalCount } }', path: AT('imports') },
  'Query.imports(memberCode)': { row: MEMBER_LICENSING, query: `{ imports(filter: { memberCode: "${OWN}" }) { totalCount } }`, path: AT('imports') },
  'Query.auditLog': { row: ADMINS, query: '{ auditLog(first: 1) { totalCount } }', path: AT('auditLog') },
  'Query.events': { row: SIGNED_IN, query: '{ events(first: 1) { totalCount } }', path: AT('events') },
  'Query.events(memberCode)': { row: MEMBER_LICENSING, query: `{ events(first: 1, filter: { memberCode: "${OWN}" }) { totalCount } }`, path: AT('events') },
  'Query.node': { row: PUBLIC, query: `{ node(id: "${toGlobalId('Member', 1)}") { id } }`, path: AT('node') },
  'Query.node(Agreement)': { row: DEAL, query: 'query($id: ID!) { node(id: $id) { id } }', variables: () => ({ id: ids.agreement }), path: AT('node') },
  'Query.member': { row: PUBLIC, query: `{ member(code: "${OWN}") { code } }`, path: AT('member') },
  'Query.members': { row: PUBLIC, query: '{ members(first: 1) { totalCount } }', path: AT('members') },
  'Query.record': { row: PUBLIC, query: `{ record(id: "${toGlobalId('Record', 1)}") { id } }`, path: AT('record') },
  'Query.records': { row: PUBLIC, query: '{ records(first: 1) { totalCount } }', path: AT('records') },
  'Query.holdings': { row: PUBLIC, query: '{ holdings(first: 1) { totalCount } }', path: AT('holdings') },
  'Query.resources': { row: PUBLIC, query: '{ resources(first: 1) { totalCount } }', path: AT('resources') },
  'Query.counterReports': { row: SIGNED_IN, query: '{ counterReports { totalCount } }', path: AT('counterReports') },
  'Query.counterReports(memberCode)': { row: MEMBER_LICENSING, query: `{ counterReports(filter: { memberCode: "${OWN}" }) { totalCount } }`, path: AT('counterReports') },
  // the demo usage (seed-usage.service.ts) has a provider per demo deal: every signed-in role sees them
  'Query.usageProviders': { row: SIGNED_IN, query: '{ usageProviders { id } }', path: AT('usageProviders') },
  'Query.unmatchedUsageTitles': { row: ANALYSTS, query: '{ unmatchedUsageTitles { totalCount } }', path: AT('unmatchedUsageTitles') },
  // usage analytics: a member's own usage for its staff; consortium-wide questions for analysts and admins
  'Query.usageTotals': { row: SIGNED_IN, query: '{ usageTotals(groupBy: [MEMBER]) { count } }', path: AT('usageTotals') },
  'Query.usageTotals(memberCode)': { row: MEMBER_LICENSING, query: `{ usageTotals(filter: { memberCode: "${OWN}" }) { count } }`, path: AT('usageTotals') },
  'Query.usageTotalsCsv': { row: SIGNED_IN, query: '{ usageTotalsCsv(groupBy: [YEAR]) }', path: AT('usageTotalsCsv') },
  'Query.usageTotalsCsv(memberCode)': { row: MEMBER_LICENSING, query: `{ usageTotalsCsv(filter: { memberCode: "${OWN}" }) }`, path: AT('usageTotalsCsv') },
  'Query.topTitles': { row: SIGNED_IN, query: '{ topTitles(first: 3) { count } }', path: AT('topTitles') },
  'Query.topTitles(memberCode)': { row: MEMBER_LICENSING, query: `{ topTitles(filter: { memberCode: "${OWN}" }) { count } }`, path: AT('topTitles') },
  'Query.topTitlesCsv': { row: SIGNED_IN, query: '{ topTitlesCsv(first: 3) }', path: AT('topTitlesCsv') },
  'Query.usageDenials': { row: ['UNAUTHENTICATED', 'empty', 'shown', 'shown', 'shown'], query: '{ usageDenials(first: 3) { count } }', path: AT('usageDenials') },
  'Query.usageDenials(memberCode)': { row: ['UNAUTHENTICATED', 'FORBIDDEN', 'shown', 'shown', 'shown'], query: `{ usageDenials(filter: { memberCode: "${OTHER}" }) { count } }`, path: AT('usageDenials') },
  'Query.usageDenialsCsv': { row: SIGNED_IN, query: '{ usageDenialsCsv(first: 3) }', path: AT('usageDenialsCsv') },
  'Query.costPerUse': { row: ['UNAUTHENTICATED', 'shown', 'empty', 'shown', 'shown'], query: 'query($id: ID!) { costPerUse(periodId: $id) { members { costPerUse } } }', variables: () => ({ id: ids.period }), path: AT('costPerUse', 'members', 'costPerUse') },
  'Query.costPerUseCsv': { row: SIGNED_IN, query: 'query($id: ID!) { costPerUseCsv(periodId: $id) }', variables: () => ({ id: ids.period }), path: AT('costPerUseCsv') },
  'Query.collectionOverlap': { row: ANALYSTS, query: `{ collectionOverlap(memberCodes: ["${OWN}", "${OTHER}"]) { pairs { sharedRecords } } }`, path: AT('collectionOverlap') },
  'Query.collectionOverlapCsv': { row: ANALYSTS, query: `{ collectionOverlapCsv(memberCodes: ["${OWN}"]) }`, path: AT('collectionOverlapCsv') },
  'Query.allianceEvaluation': { row: ANALYSTS, query: '{ allianceEvaluation(year: 2026) { deals { savings { amount } } } }', path: AT('allianceEvaluation') },
  'Query.allianceEvaluationCsv': { row: ANALYSTS, query: '{ allianceEvaluationCsv(year: 2026) }', path: AT('allianceEvaluationCsv') },
  'Query.usageHarvests': { row: SIGNED_IN, query: '{ usageHarvests(first: 1) { totalCount } }', path: AT('usageHarvests') },
  'Query.usageHarvests(memberCode)': { row: MEMBER_LICENSING, query: `{ usageHarvests(filter: { memberCode: "${OWN}" }) { totalCount } }`, path: AT('usageHarvests') },
  // ILL network (routing helper): lending policies for any signed-in user; a member's statement and figures for its staff, analysts, admins
  'Query.lendingPolicy': { row: SIGNED_IN, query: `{ lendingPolicy(memberCode: "${OWN}") { member { code } } }`, path: AT('lendingPolicy', 'member') },
  'Query.illStatement': { row: MEMBER_LICENSING, query: `{ illStatement(memberCode: "${OWN}", month: "2026-01") { month } }`, path: AT('illStatement', 'month') },
  'Query.illStatistics': { row: SIGNED_IN, query: '{ illStatistics(from: "2026-01-01", to: "2026-12-31") { from } }', path: AT('illStatistics', 'from') },
  'Query.illStatistics(memberCode)': { row: MEMBER_LICENSING, query: `{ illStatistics(from: "2026-01-01", to: "2026-12-31", memberCode: "${OWN}") { from } }`, path: AT('illStatistics', 'from') },

  // the object graph behind the public answers
  'AccessCheckResult.member': { row: PUBLIC, query: ACCESS('member { code }'), path: AT('accessCheck', 'member', 'code') },
  'AccessCheckResult.entitlement': { row: PUBLIC, query: ENTITLEMENT('id'), path: AT('accessCheck', 'entitlement', 'id') },
  'AccessCheckResult.terms': { row: PUBLIC, query: ACCESS('terms { type }'), path: AT('accessCheck', 'terms') },
  'Entitlement.accessMethods': { row: PUBLIC, query: ENTITLEMENT('accessMethods'), path: AT('accessCheck', 'entitlement', 'accessMethods') },
  'Entitlement.resource': { row: PUBLIC, query: ENTITLEMENT('resource { name }'), path: AT('accessCheck', 'entitlement', 'resource', 'name') },
  'Entitlement.member': { row: PUBLIC, query: ENTITLEMENT('member { code }'), path: AT('accessCheck', 'entitlement', 'member', 'code') },
  'Entitlement.share': { row: MEMBER_COSTS, query: ENTITLEMENT('share { amount }'), path: AT('accessCheck', 'entitlement', 'share') },
  'Entitlement.paymentStatus': { row: MEMBER_COSTS, query: ENTITLEMENT('paymentStatus'), path: AT('accessCheck', 'entitlement', 'paymentStatus') },
  'Entitlement.invoiceReference': { row: MEMBER_COSTS, query: ENTITLEMENT('invoiceReference'), path: AT('accessCheck', 'entitlement', 'invoiceReference') },
  'Entitlement.period': { row: DEAL, query: ENTITLEMENT('period { id }'), path: AT('accessCheck', 'entitlement', 'period') },
  'Entitlement.agreement': { row: DEAL, query: ENTITLEMENT('agreement { id }'), path: AT('accessCheck', 'entitlement', 'agreement') },
  'AgreementPeriod.id': { row: DEAL, query: PERIOD('id'), path: AT('accessCheck', 'entitlement', 'period', 'id') },
  'AgreementPeriod.startDate': { row: DEAL, query: PERIOD('startDate'), path: AT('accessCheck', 'entitlement', 'period', 'startDate') },
  'AgreementPeriod.endDate': { row: DEAL, query: PERIOD('endDate'), path: AT('accessCheck', 'entitlement', 'period', 'endDate') },
  'AgreementPeriod.cancellationDeadline': { row: DEAL, query: PERIOD('cancellationDeadline'), path: AT('accessCheck', 'entitlement', 'period', 'cancellationDeadline') },
  'AgreementPeriod.usageMetric': { row: DEAL, query: PERIOD('usageMetric'), path: AT('accessCheck', 'entitlement', 'period') },
  'AgreementPeriod.usageWindow': { row: DEAL, query: PERIOD('usageWindow'), path: AT('accessCheck', 'entitlement', 'period') },
  'AgreementPeriod.costShareMethod': { row: DEAL, query: PERIOD('costShareMethod'), path: AT('accessCheck', 'entitlement', 'period', 'costShareMethod') },
  'AgreementPeriod.agreement': { row: DEAL, query: PERIOD('agreement { id }'), path: AT('accessCheck', 'entitlement', 'period', 'agreement') },
  'AgreementPeriod.totalCost': { row: MEMBER_COSTS, query: PERIOD('totalCost { amount }'), path: AT('accessCheck', 'entitlement', 'period', 'totalCost') },
  'AgreementPeriod.costShares': { row: SHARE_IN_PERIOD, query: PERIOD('costShares { method }'), path: AT('accessCheck', 'entitlement', 'period', 'costShares') },
  'CostShare.member': { row: SHARE_IN_PERIOD, query: SHARES('member { code }'), path: AT('accessCheck', 'entitlement', 'period', 'costShares', 'member') },
  'CostShare.period': { row: SHARE_IN_PERIOD, query: SHARES('period { id }'), path: AT('accessCheck', 'entitlement', 'period', 'costShares', 'period') },
  'CostShare.method': { row: SHARE_IN_PERIOD, query: SHARES('method'), path: AT('accessCheck', 'entitlement', 'period', 'costShares', 'method') },
  'CostShare.accessMethods': { row: SHARE_IN_PERIOD, query: SHARES('accessMethods'), path: AT('accessCheck', 'entitlement', 'period', 'costShares', 'accessMethods') },
  'CostShare.share': { row: SHARE_IN_PERIOD, query: SHARES('share { amount }'), path: AT('accessCheck', 'entitlement', 'period', 'costShares', 'share') },
  'CostShare.paymentStatus': { row: SHARE_IN_PERIOD, query: SHARES('paymentStatus'), path: AT('accessCheck', 'entitlement', 'period', 'costShares', 'paymentStatus') },
  'CostShare.invoiceReference': { row: SHARE_IN_PERIOD, query: SHARES('invoiceReference'), path: AT('accessCheck', 'entitlement', 'period', 'costShares', 'invoiceReference') },
  'Agreement.id': { row: DEAL, query: AGREEMENT('id'), path: AT('accessCheck', 'entitlement', 'agreement', 'id') },
  'Agreement.name': { row: DEAL, query: AGREEMENT('name'), path: AT('accessCheck', 'entitlement', 'agreement', 'name') },
  'Agreement.vendor': { row: DEAL, query: AGREEMENT('vendor'), path: AT('accessCheck', 'entitlement', 'agreement', 'vendor') },
  'Agreement.status': { row: DEAL, query: AGREEMENT('status'), path: AT('accessCheck', 'entitlement', 'agreement', 'status') },
  'Agreement.description': { row: DEAL, query: AGREEMENT('description'), path: AT('accessCheck', 'entitlement', 'agreement', 'description') },
  'Agreement.resources': { row: DEAL, query: AGREEMENT('resources { id }'), path: AT('accessCheck', 'entitlement', 'agreement', 'resources') },
  'Agreement.terms': { row: DEAL, query: AGREEMENT('terms { type }'), path: AT('accessCheck', 'entitlement', 'agreement', 'terms') },
  'Agreement.periods': { row: DEAL, query: AGREEMENT('periods { startDate }'), path: AT('accessCheck', 'entitlement', 'agreement', 'periods') },
  'WhereToRead.entitled': { row: PUBLIC, query: `{ whereToRead(issn: "${NATURE}", ip: "${PKU_IP}") { entitled } }`, path: AT('whereToRead', 'entitled') },
  'WhereToRead.resource': { row: PUBLIC, query: `{ whereToRead(issn: "${NATURE}") { resource { id } } }`, path: AT('whereToRead', 'resource') },
  'Member.ipRanges': { row: MEMBER_LICENSING, query: `{ member(code: "${OWN}") { ipRanges } }`, path: AT('member', 'ipRanges') },
  'Member.entitlements': { row: MEMBER_LICENSING, query: `{ member(code: "${OWN}") { entitlements { id } } }`, path: AT('member', 'entitlements') },
  'Member.entitledTitlesKbart': { row: MEMBER_LICENSING, query: `{ member(code: "${OWN}") { entitledTitlesKbart(date: "2026-06-01") } }`, path: AT('member', 'entitledTitlesKbart') },
  'Resource.ipActivationList': { row: ANALYSTS, query: 'query($id: ID!) { node(id: $id) { ... on Resource { ipActivationList(date: "2026-06-01") } } }', variables: () => ({ id: ids.resource }), path: AT('node', 'ipActivationList') },

  // mutations
  'Mutation.createMember': { row: ADMINS, query: mutation('createMember', '{ code: "CN 北大", name: "x", type: PUBLIC }'), path: AT('createMember') },
  'Mutation.updateMember': { row: ADMINS, query: mutation('updateMember', '{ code: "CN-NO-SUCH", name: "x" }'), path: AT('updateMember') },
  'Mutation.createResource': { row: ADMINS, query: mutation('createResource', '{ name: " ", contentType: OTHER, reason: "matrix" }'), path: AT('createResource') },
  'Mutation.importKbart': { row: ADMINS, query: mutation('importKbart', `{ resourceId: "${BOGUS_RECORD}", kbart: "", reason: "matrix" }`), path: AT('importKbart') },
  'Mutation.importCounterReports': { row: ADMINS, query: mutation('importCounterReports', '{ files: [] }'), path: AT('importCounterReports') },
  'Mutation.createUsageProvider': { row: ADMINS, query: mutation('createUsageProvider', '{ name: " " }'), path: AT('createUsageProvider') },
  'Mutation.setUsageAccount': { row: ADMINS, query: mutation('setUsageAccount', `{ providerId: "${BOGUS_RECORD}", memberCode: "${OWN}", customerId: "x" }`), path: AT('setUsageAccount') },
  'Mutation.harvestUsage': { row: ADMINS, query: mutation('harvestUsage', '{ month: "2026-13" }'), path: AT('harvestUsage') },
  'Mutation.createAgreement': { row: ADMINS, query: mutation('createAgreement', '{ name: " ", resourceIds: [], reason: " " }'), path: AT('createAgreement') },
  'Mutation.addAgreementPeriod': {
    row: ADMINS,
    query: mutation('addAgreementPeriod', `{ agreementId: "${BOGUS_AGREEMENT}", startDate: "2030-01-01", endDate: "2030-12-31", totalCost: { amount: "1", currency: "CNY" }, reason: "matrix" }`),
    path: AT('addAgreementPeriod'),
  },
  'Mutation.setLicenceTerms': { row: ADMINS, query: mutation('setLicenceTerms', `{ agreementId: "${BOGUS_AGREEMENT}", terms: [], reason: "matrix" }`), path: AT('setLicenceTerms') },
  'Mutation.assignEntitlement': { row: ADMINS, query: mutation('assignEntitlement', `{ periodId: "${BOGUS_PERIOD}", memberCode: "${OWN}", reason: "matrix" }`), path: AT('assignEntitlement') },
  'Mutation.removeEntitlement': { row: ADMINS, query: mutation('removeEntitlement', `{ periodId: "${BOGUS_PERIOD}", memberCode: "${OWN}", reason: "matrix" }`), path: AT('removeEntitlement') },
  'Mutation.recomputeCostShares': { row: ADMINS, query: mutation('recomputeCostShares', `{ periodId: "${BOGUS_PERIOD}", reason: "matrix" }`), path: AT('recomputeCostShares') },
  'Mutation.setMemberIpRanges': { row: ADMINS, query: mutation('setMemberIpRanges', '{ memberCode: "CN-NO-SUCH", ranges: ["not-a-range"], reason: "matrix" }'), path: AT('setMemberIpRanges') },
  'Mutation.mergeRecords': { row: ADMINS, query: mutation('mergeRecords', `{ targetRecordId: "${BOGUS_AGREEMENT}", recordIds: [], reason: "matrix" }`), path: AT('mergeRecords') },
  'Mutation.splitRecord': { row: ADMINS, query: mutation('splitRecord', `{ recordId: "${BOGUS_AGREEMENT}", sourceIds: [], reason: "matrix" }`), path: AT('splitRecord') },
  'Mutation.upsertHoldings': { row: OWN_WRITE, query: mutation('upsertHoldings', `{ memberCode: "${OWN}", holdings: [{ localId: "matrix", isbn: "123" }] }`), path: AT('upsertHoldings') },
  'Mutation.deleteHoldings': { row: OWN_WRITE, query: mutation('deleteHoldings', `{ memberCode: "${OWN}", localIds: ["matrix-none"] }`), path: AT('deleteHoldings') },
  'Query.illRequests': { row: SIGNED_IN, query: '{ illRequests(first: 1) { totalCount } }', path: AT('illRequests') },
  'Query.illRequest': { row: ['UNAUTHENTICATED', 'null', 'null', 'null', 'null'], query: `{ illRequest(id: "${BOGUS_ILL_REQUEST}") { id } }`, path: AT('illRequest') },
  'Query.illStateModel': { row: PUBLIC, query: '{ illStateModel(serviceType: LOAN) { initialState } }', path: AT('illStateModel', 'initialState') },
  'IllRequest.patronReference': { row: ['UNAUTHENTICATED', 'shown', 'empty', 'null', 'shown'], query: OWN_ILL('patronReference'), path: AT('illRequests', 'edges', 'node', 'patronReference') },
  'IllRequest.copy': { row: ['UNAUTHENTICATED', 'shown', 'empty', 'null', 'shown'], query: OWN_ILL('copy { url }', 'DELIVERED'), path: AT('illRequests', 'edges', 'node', 'copy', 'url') },
  'Mutation.createIllRequest': { row: OWN_WRITE, query: mutation('createIllRequest', `{ requesterCode: "${OWN}", serviceType: COPY, title: "matrix" }`), path: AT('createIllRequest') },
  'Mutation.performAction': { row: ['UNAUTHENTICATED', 'shown', 'shown', 'FORBIDDEN', 'shown'], query: mutation('performAction', `{ requestId: "${BOGUS_ILL_REQUEST}", action: CANCEL }`), path: AT('performAction') },
  'Mutation.importMarcRecords': { row: OWN_WRITE, query: mutation('importMarcRecords', `{ memberCode: "${OWN}", iso2709Base64: "!!!" }`), path: AT('importMarcRecords') },
  'Mutation.setLendingRules': { row: OWN_WRITE, query: mutation('setLendingRules', `{ memberCode: "${OWN}", dailyCapacity: -1 }`), path: AT('setLendingRules') },
  'Mutation.setLendingRules(consortium)': { row: ADMINS, query: mutation('setLendingRules', '{ dailyCapacity: -1 }'), path: AT('setLendingRules') },
  'Mutation.addIllClosure': { row: OWN_WRITE, query: mutation('addIllClosure', `{ memberCode: "${OWN}", startsOn: "2027-13-01", endsOn: "2027-01-01", reason: "matrix" }`), path: AT('addIllClosure') },
  // an unknown closure names no member: staff of any member get the userError, as admins do
  'Mutation.removeIllClosure': { row: ['UNAUTHENTICATED', 'shown', 'shown', 'FORBIDDEN', 'shown'], query: mutation('removeIllClosure', `{ id: "${BOGUS_RECORD}" }`), path: AT('removeIllClosure') },
  'Mutation.setIllFeeTier': { row: OWN_WRITE, query: mutation('setIllFeeTier', `{ memberCode: "${OWN}", serviceType: LOAN, serviceLevel: NORMAL, amount: "1.001", currency: "CNY" }`), path: AT('setIllFeeTier') },
  // API clients (a client of the own member, made in beforeAll): admins, and that member's staff
  'Query.apiClients': { row: OWN_WRITE, query: `{ apiClients(memberCode: "${OWN}") { name } }`, path: AT('apiClients', 'name') },
  'Query.apiClient': { row: OWN_WRITE, query: 'query($id: ID!) { apiClient(id: $id) { name } }', variables: () => ({ id: ids.apiClient }), path: AT('apiClient', 'name') },
  'Mutation.createApiClient': { row: ADMINS, query: mutation('createApiClient', '{ name: "matrix", scopes: [] }'), path: AT('createApiClient') },
  'Mutation.revokeApiClient': { row: ADMINS, query: mutation('revokeApiClient', `{ id: "${BOGUS_RECORD}" }`), path: AT('revokeApiClient') },
  'Mutation.rotateApiClientKey': { row: ADMINS, query: mutation('rotateApiClientKey', `{ id: "${BOGUS_RECORD}", graceSeconds: 0 }`), path: AT('rotateApiClientKey') },
  'Mutation.setIllFeeTier(consortium)': { row: ADMINS, query: mutation('setIllFeeTier', '{ serviceType: LOAN, serviceLevel: NORMAL, amount: "1.001", currency: "CNY" }'), path: AT('setIllFeeTier') },
  // webhooks: a member's own subscriptions for its staff, any for analysts and admins; unknown IDs are null or userErrors for every signed-in user
  'Query.webhookSubscriptions': { row: SIGNED_IN, query: '{ webhookSubscriptions { totalCount } }', path: AT('webhookSubscriptions', 'totalCount') },
  'Query.webhookSubscription': { row: ['UNAUTHENTICATED', 'null', 'null', 'null', 'null'], query: `{ webhookSubscription(id: "${toGlobalId('WebhookSubscription', 999_999)}") { id } }`, path: AT('webhookSubscription') },
  'Query.webhookDeliveries': { row: ['UNAUTHENTICATED', 'null', 'null', 'null', 'null'], query: `{ webhookDeliveries(subscriptionId: "${toGlobalId('WebhookSubscription', 999_999)}") { totalCount } }`, path: AT('webhookDeliveries') },
  'Mutation.createWebhookSubscription': { row: MEMBER_LICENSING, query: mutation('createWebhookSubscription', `{ url: "ftp://matrix", eventTypes: [ILL_REQUEST_CHANGED], memberCode: "${OWN}" }`), path: AT('createWebhookSubscription') },
  'Mutation.pauseWebhookSubscription': { row: SIGNED_IN, query: mutation('pauseWebhookSubscription', `{ id: "${toGlobalId('WebhookSubscription', 999_999)}" }`), path: AT('pauseWebhookSubscription') },
  'Mutation.resumeWebhookSubscription': { row: SIGNED_IN, query: mutation('resumeWebhookSubscription', `{ id: "${toGlobalId('WebhookSubscription', 999_999)}" }`), path: AT('resumeWebhookSubscription') },
  'Mutation.deleteWebhookSubscription': { row: SIGNED_IN, query: mutation('deleteWebhookSubscription', `{ id: "${toGlobalId('WebhookSubscription', 999_999)}" }`), path: AT('deleteWebhookSubscription') },
  'Mutation.replayWebhookDelivery': { row: SIGNED_IN, query: mutation('replayWebhookDelivery', `{ id: "${toGlobalId('WebhookDelivery', 999_999)}" }`), path: AT('replayWebhookDelivery') },
};

/**
 * Fields whose parent's row decides who sees them: public catalogue and directory data, structure
 * (connections, payloads, user errors), and the contents of answers that only permitted roles get
 * (an import run, an audit entry, a payload). A new field lands in one of these or in MATRIX.
 */
const connection = (name: string) => ({ [`${name}Connection`]: ['edges', 'pageInfo', 'totalCount'], [`${name}Edge`]: ['cursor', 'node'] });
const AS_PARENT: Record<string, string[]> = {
  // what a subscription pushes: only to viewers who may read the event (checked per event, below)
  HoldingsChangedEvent: ['created', 'deleted', 'importRun', 'localIds', 'localIdsCount', 'localIdsTruncated', 'member', 'memberCode', 'memberCodes', 'occurredAt', 'updated', 'via'],
  IllRequestChangedEvent: ['action', 'fromState', 'memberCodes', 'occurredAt', 'request', 'requesterCode', 'serviceType', 'state', 'supplierCode'],
  ImportFinishedEvent: ['format', 'importRun', 'member', 'memberCode', 'memberCodes', 'occurredAt', 'status', 'summary', 'warningCount'],
  WebhookSubscription: ['consecutiveFailures', 'createdAt', 'createdBy', 'eventTypes', 'id', 'memberCode', 'pausedReason', 'status', 'url'],
  WebhookDelivery: ['attempts', 'createdAt', 'deliveredAt', 'eventType', 'id', 'lastAttemptAt', 'lastError', 'nextAttemptAt', 'payload', 'responseStatus', 'status', 'webhookId'],
  ...connection('WebhookSubscription'),
  ...connection('WebhookDelivery'),
  CreateWebhookSubscriptionPayload: ['secret', 'subscription', 'userErrors'],
  WebhookSubscriptionPayload: ['subscription', 'userErrors'],
  DeleteWebhookSubscriptionPayload: ['deletedId', 'userErrors'],
  ReplayWebhookDeliveryPayload: ['delivery', 'userErrors'],
  AccessCheckResult: ['allowed', 'date', 'message', 'reason'],
  Entitlement: ['id'],
  Member: ['ancestors', 'children', 'code', 'fte', 'holdings', 'holdingsCount', 'id', 'lendsForIll', 'location', 'name', 'nameEn', 'parent', 'region', 'status', 'symbols', 'type'],
  MemberSymbol: ['scheme', 'value'],
  GeoPoint: ['lat', 'lon'],
  Record: ['clc', 'edition', 'format', 'holdings', 'holdingsCount', 'id', 'isbns', 'issns', 'language', 'place', 'publisher', 'responsibility', 'sources', 'subjects', 'title', 'year'],
  RecordSource: ['contributedAt', 'dialect', 'encoding', 'id', 'localId', 'matchPoints', 'member', 'rawMarc', 'record', 'updatedAt'],
  MatchPoints: ['at', 'reason', 'value', 'via'],
  Holding: ['available', 'callNumber', 'copies', 'distanceKm', 'id', 'lendable', 'localId', 'location', 'member', 'record', 'updatedAt'],
  Resource: ['contentType', 'id', 'name', 'platform', 'titleCount', 'titles', 'url', 'vendor'],
  ResourceTitle: ['coverage', 'onlineIdentifier', 'printIdentifier', 'publicationType', 'publisher', 'title', 'titleId', 'url'],
  Coverage: ['embargo', 'endDate', 'endVolume', 'startDate', 'startVolume'],
  WhereToRead: ['coverage', 'title', 'url'],
  LicenceTerm: ['note', 'type', 'value'],
  Money: ['amount', 'currency'],
  ImportRun: ['actor', 'created', 'deleted', 'files', 'finishedAt', 'holdings', 'id', 'member', 'merged', 'message', 'read', 'rejected', 'startedAt', 'status', 'updated', 'via', 'warningCount', 'warnings'],
  ImportWarningInfo: ['file', 'message', 'position'],
  RejectedRecordInfo: ['file', 'position', 'reason'],
  AuditEntry: ['action', 'actor', 'after', 'at', 'before', 'entityId', 'entityKey', 'entityType', 'reason', 'role'],
  Event: ['data', 'id', 'memberCodes', 'timestamp', 'type'],
  PageInfo: ['endCursor', 'hasNextPage', 'hasPreviousPage', 'startCursor'],
  UserError: ['code', 'field', 'message'],
  KbartImportSummary: ['added', 'changed', 'dropped', 'read', 'rejected', 'unchanged', 'warnings'],
  KbartRejectedRow: ['reason', 'row'],
  KbartWarningRow: ['message', 'row'],
  AgreementPayload: ['agreement', 'userErrors'],
  AgreementPeriodPayload: ['period', 'userErrors'],
  ClusterPayload: ['record', 'remaining', 'userErrors'],
  CostSharesPayload: ['costShareProblem', 'costShares', 'userErrors'],
  DeleteHoldingsPayload: ['deletedLocalIds', 'notFoundLocalIds', 'userErrors'],
  ImportKbartPayload: ['resource', 'summary', 'userErrors'],
  ImportMarcRecordsPayload: ['importRun', 'userErrors'],
  MemberIpRangesPayload: ['ipRanges', 'member', 'userErrors'],
  MemberPayload: ['member', 'userErrors'],
  ResourcePayload: ['resource', 'userErrors'],
  UpsertHoldingsPayload: ['holdings', 'userErrors'],
  UsageHarvest: ['attempts', 'exceptionCodes', 'exceptions', 'factsStored', 'httpStatus', 'id', 'lastAttemptAt', 'memberCode', 'message', 'month', 'nextAttemptAt', 'provider', 'reportId', 'status', 'updatedAt'],
  UsageProvider: ['active', 'harvestReports', 'id', 'name', 'platform', 'release', 'resource', 'sushiUrl'],
  CounterImportResult: ['begin', 'end', 'exceptions', 'factsStored', 'fileName', 'memberCodes', 'noUsage', 'provider', 'rejected', 'release', 'reportId', 'rowsRead', 'stored', 'totals'],
  CounterRejectedRow: ['reason', 'row'],
  CounterReport: ['actor', 'begin', 'customerId', 'end', 'exceptions', 'factsStored', 'fileName', 'format', 'id', 'importedAt', 'memberCode', 'monthsHeld', 'provider', 'release', 'reportId', 'status', 'via'],
  CounterReportException: ['code', 'data', 'helpUrl', 'message', 'severity'],
  ImportCounterReportsPayload: ['results', 'totals', 'userErrors'],
  MetricCount: ['count', 'metricType'],
  UnmatchedUsageTitle: ['doi', 'isbn', 'onlineIssn', 'platform', 'printIssn', 'proprietaryId', 'providerName', 'publisher', 'title'],
  ...connection('CounterReport'),
  ...connection('UnmatchedUsageTitle'),
  UsageAccount: ['customerId', 'hasApiKey', 'hasRequestorId', 'id', 'memberCode', 'provider'],
  UsageProviderPayload: ['provider', 'userErrors'],
  UsageAccountPayload: ['account', 'userErrors'],
  HarvestUsagePayload: ['harvests', 'month', 'scheduled', 'userErrors'],
  ...connection('UsageHarvest'),
  UsageTotal: ['accessMethod', 'count', 'member', 'metricType', 'month', 'platform', 'reportFamily', 'resource', 'title', 'year'],
  UsageTitle: ['doi', 'isbn', 'name', 'onlineIssn', 'printIssn'],
  PeriodCostPerUse: ['agreementName', 'from', 'members', 'metricType', 'period', 'to'],
  MemberCostPerUse: ['belowThreshold', 'costPerUse', 'listPrice', 'member', 'share', 'uses', 'usesByResource'],
  ResourceUses: ['resource', 'uses'],
  CollectionOverlap: ['asOf', 'members', 'pairs'],
  MemberOverlap: ['member', 'records', 'uniqueRecords'],
  OverlapPair: ['member', 'other', 'shareOfMember', 'sharedRecords'],
  AllianceEvaluation: ['deals', 'members', 'metricType', 'threshold', 'year'],
  DealEvaluation: ['agreementName', 'listPriceTotal', 'members', 'membersBelowThreshold', 'membersWithoutListPrice', 'period', 'price', 'savings'],
  MemberEvaluation: ['costPerUse', 'deals', 'member', 'shares', 'uses'],
  LendingPolicy: ['closures', 'feeTiers', 'member', 'rules', 'sources'],
  LendingRules: ['dailyCapacity', 'excludedLocations', 'lendableFormats', 'loanPeriodDays', 'notes', 'renewals', 'suppliesCopies', 'suppliesLoans'],
  LendingRuleOrigin: ['rule', 'source'],
  IllClosure: ['endsOn', 'id', 'reason', 'startsOn'],
  IllFeeTier: ['fee', 'serviceLevel', 'serviceType', 'source'],
  SetLendingRulesPayload: ['policy', 'rules', 'userErrors'],
  IllClosurePayload: ['closure', 'userErrors'],
  SetIllFeeTierPayload: ['feeTier', 'userErrors'],
  IllStatement: ['lines', 'member', 'month', 'totals'],
  IllStatementLine: ['borrowed', 'counterparty', 'lent', 'net', 'owed', 'owes'],
  IllStatementTotal: ['net', 'owed', 'owes'],
  IllFigures: ['fillRate', 'filled', 'lendingBorrowingRatio', 'meanTurnaroundHours', 'medianTurnaroundHours', 'placed', 'supplied'],
  IllMemberStatistics: ['fillRate', 'filled', 'lendingBorrowingRatio', 'meanTurnaroundHours', 'medianTurnaroundHours', 'member', 'placed', 'supplied'],
  IllStatistics: ['from', 'members', 'to', 'totals'],
  IllRequest: [
    'articleTitle', 'author', 'availableActions', 'closedAt', 'copyrightDeclaration', 'cost', 'createdAt', 'deliveredAt', 'dueDate', 'history', 'id', 'isbn', 'issn', 'issue', 'maxCost',
    'neededBy', 'origin', 'pages', 'pickupLocation', 'record', 'requester', 'rota', 'rotaPosition', 'serviceLevel', 'serviceType', 'state', 'supplier', 'title', 'turnaroundHours',
    'unfilledReason', 'updatedAt', 'version', 'volume',
  ],
  IllRotaEntry: ['member', 'outcome', 'outcomeNote', 'position', 'reason', 'score'],
  IllHistoryEntry: ['action', 'actor', 'at', 'details', 'fromState', 'note', 'side', 'toState'],
  IllCopy: ['expiresAt', 'url'],
  IllTransition: ['action', 'description', 'optional', 'requires', 'side', 'to', 'whenRotaExhausted'],
  IllStateDefinition: ['description', 'state', 'terminal', 'transitions'],
  IllStateModel: ['initialState', 'serviceType', 'states'],
  CreateIllRequestPayload: ['request', 'userErrors'],
  PerformActionPayload: ['request', 'userErrors'],
  ApiClient: ['contact', 'createdAt', 'dailyQuota', 'id', 'keys', 'memberCode', 'name', 'rateLimitPerMinute', 'requestStats', 'revokedAt', 'scopes'],
  ApiClientKey: ['active', 'createdAt', 'expiresAt', 'keyId'],
  ApiClientRequestStats: ['costPoints', 'day', 'errors', 'operation', 'p95Ms', 'requests'],
  CreateApiClientPayload: ['client', 'key', 'userErrors'],
  RevokeApiClientPayload: ['client', 'userErrors'],
  RotateApiClientKeyPayload: ['client', 'key', 'userErrors'],
  ...connection('IllRequest'),
  ...connection('Agreement'),
  ...connection('AuditEntry'),
  ...connection('Event'),
  ...connection('Holding'),
  ...connection('ImportRun'),
  ...connection('Member'),
  ...connection('Record'),
  ...connection('Resource'),
  ...connection('ResourceTitle'),
};

let t: TestApp;
const tokens: Partial<Record<RoleName, string | undefined>> = {};

beforeAll(async () => {
  t = await startTestApp();
  tokens.own = await t.token('member', OWN);
  tokens.other = await t.token('member', OTHER);
  tokens.analyst = await t.token('analyst');
  tokens.admin = await t.token('admin');
  const deals = await t.execute(`{ agreements(first: 10) { edges { node { id name resources { id } periods { id startDate } } } } }`, {}, tokens.admin);
  const deal = deals.data!.agreements.edges.map((e: { node: { id: string; name: string; resources: { id: string }[]; periods: { id: string; startDate: string }[] } }) => e.node).find((n: { name: string }) => n.name === 'International e-journal package 2026');
  ids.agreement = deal.id;
  ids.resource = deal.resources[0].id;
  ids.period = deal.periods[0].id;
  // an invoice for PKU's share, through the service, so that invoiceReference has a value to hide
  const r = await assignEntitlement(t.database.db, SYSTEM_VIEWER, { periodId: deal.periods[0].id, memberCode: OWN, accessMethods: null, paymentStatus: null, invoiceReference: 'INV-2026-0042', reason: 'invoiced' });
  expect(r.userErrors).toEqual([]);
  const client = await createApiClient(t.database.db, SYSTEM_VIEWER, { name: 'PKU discovery', memberCode: OWN, scopes: ['READ'] });
  ids.apiClient = toGlobalId('ApiClient', client.client!.id);
});
afterAll(() => t?.close());

/** What a role got at `path`: an error there (or above it), null on the way, an empty list, or a value. */
function outcomeOf(response: GraphQLResponse, path: string[]): Outcome {
  const error = response.errors?.find((e) => (e.path ?? []).every((p, i) => i >= path.length || typeof p !== 'string' || p === path[i]));
  if (error) {
    const code = error.extensions?.code;
    if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') return code;
    throw new Error(`unexpected error at ${path.join('.')}: ${code} ${error.message}`);
  }
  let value: unknown = response.data;
  for (const key of path) {
    if (Array.isArray(value)) {
      if (value.length === 0) return 'empty';
      value = value[0];
    }
    if (value === null || value === undefined) return 'null';
    value = (value as Record<string, unknown>)[key];
  }
  if (Array.isArray(value) && value.length === 0) return 'empty';
  return value === null || value === undefined ? 'null' : 'shown';
}

describe('the permission matrix, through the API', () => {
  const rows = Object.entries(MATRIX).map(([name, probe]) => [name, probe] as const);
  it.each(rows)('%s', async (_name, probe) => {
    const got: Record<string, Outcome> = {};
    for (const role of ROLES) {
      const response = await t.execute(probe.query, probe.variables?.(), tokens[role]);
      got[role] = outcomeOf(response, probe.path);
    }
    expect(got).toEqual(Object.fromEntries(ROLES.map((role, i) => [role, probe.row[i]])));
  });

  it('hides every amount of the deal from the anonymous answer of the issue (accessCheck by IP)', async () => {
    const r = await t.execute(ACCESS('allowed terms { type } entitlement { share { amount } paymentStatus invoiceReference agreement { name vendor periods { totalCost { amount } } } period { totalCost { amount } } }'));
    expect(r.errors).toBeUndefined();
    expect(r.data!.accessCheck).toMatchObject({ allowed: true, entitlement: { share: null, paymentStatus: null, invoiceReference: null, agreement: null, period: null } });
    expect(r.data!.accessCheck.terms.length).toBeGreaterThan(0);
    expect(JSON.stringify(r.data)).not.toMatch(/INV-2026|450000|Demo Aggregator/);
  });
});

/**
 * Subscriptions run over the WebSocket, not through this file's HTTP probes: who may subscribe to which
 * member's events (its staff, analysts, admins; FORBIDDEN otherwise) and that no event about another
 * member is pushed are tested in test/http/subscriptions.test.ts.
 */
const OVER_WEBSOCKET = ['Subscription.holdingsChanged', 'Subscription.illRequestChanged', 'Subscription.importFinished'];

describe('the matrix covers the schema', () => {
  it('names every field of every object type, and no field that is gone', async () => {
    const schema = await buildApiSchema();
    const inSchema = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => type instanceof GraphQLObjectType && !type.name.startsWith('__'))
      .flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`))
      .sort();
    const inTable = new Set([...OVER_WEBSOCKET, ...Object.keys(MATRIX).map((k) => k.replace(/\(.*\)$/, '')), ...Object.entries(AS_PARENT).flatMap(([type, fields]) => fields.map((f) => `${type}.${f}`))]);
    expect(inSchema.filter((f) => !inTable.has(f)), 'fields in the schema that the matrix does not classify').toEqual([]);
    expect([...inTable].filter((f) => !inSchema.includes(f)).sort(), 'rows for fields the schema no longer has').toEqual([]);
  });

  it('lists every query and mutation with a probe of its own', async () => {
    const schema = await buildApiSchema();
    const operations = [...Object.keys(schema.getQueryType()!.getFields()).map((f) => `Query.${f}`), ...Object.keys(schema.getMutationType()!.getFields()).map((f) => `Mutation.${f}`)];
    expect(operations.filter((op) => !(op in MATRIX))).toEqual([]);
  });
});
