/**
 * GraphQL types of interlibrary loan requests (issue 11): the request, its rota and history, the
 * state model as a UI draws it, and the inputs and payloads of createIllRequest and performAction.
 * Relations (requester, supplier, record, rota, history) and what a viewer may see of a request are
 * field resolvers in ill.resolver.ts; the classes here hold the stored row.
 */
import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';
import { ConnectionType } from '../../graphql/pagination.js';
import { UserError } from '../../graphql/user-error.js';
import { LocalDate } from '../resources/index.js';
import type { IllHistoryRow, IllRequestRow, IllRotaRow } from './ill.tables.js';
import { ILL_ACTIONS, ILL_SERVICE_LEVELS, ILL_SERVICE_TYPES, ILL_SIDES, ILL_STATES, type IllAction, type IllDetail, type IllServiceLevel, type IllServiceType, type IllSide, type IllState } from './ill-states.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const IllServiceTypeEnum = enumOf(ILL_SERVICE_TYPES);
registerEnumType(IllServiceTypeEnum, {
  name: 'IllServiceType',
  description: 'What is asked for.',
  valuesConfig: { LOAN: { description: 'A loan of a physical item, returned afterwards.' }, COPY: { description: 'A copy of an article or chapter (document delivery), sent as a link.' } },
});
export const IllServiceLevelEnum = enumOf(ILL_SERVICE_LEVELS);
registerEnumType(IllServiceLevelEnum, { name: 'IllServiceLevel', description: 'How fast.', valuesConfig: { NORMAL: { description: 'The usual turnaround.' }, RUSH: { description: 'Urgent (usually a higher fee).' } } });
export const IllStateEnum = enumOf(ILL_STATES);
registerEnumType(IllStateEnum, { name: 'IllState', description: "Where a request stands in its service type's state model (`illStateModel`)." });
export const IllActionEnum = enumOf(ILL_ACTIONS);
registerEnumType(IllActionEnum, { name: 'IllAction', description: 'What a side does to a request (`performAction`); which are allowed depends on the state (`illStateModel`, `availableActions`).' });
export const IllSideEnum = enumOf(ILL_SIDES);
registerEnumType(IllSideEnum, { name: 'IllSide', description: 'Who takes an action: the borrowing member (REQUESTER) or the lending member asked now (SUPPLIER).' });
export const IllDetailEnum = enumOf(['dueDate', 'copyUrl', 'copyExpiresAt', 'reason', 'cost'] as const satisfies readonly IllDetail[]);
registerEnumType(IllDetailEnum, { name: 'IllActionDetail', description: "A field of performAction's `details`." });

@ObjectType('IllCopy', { description: 'A delivered copy: a link valid until it expires.' })
export class IllCopy {
  @Field(() => String, { nullable: true, description: "The link: shown to the requester's staff and admins until expiresAt, null for anyone else and after expiry." })
  url!: string | null;
  @Field(() => GraphQLDateTime, { description: 'When the link stops working.' })
  expiresAt!: Date;
}

@ObjectType('IllRequest', { implements: Node, description: 'An interlibrary loan or document-delivery request from one member to the members of its rota.' })
export class IllRequest {
  row!: IllRequestRow;

  @Field(() => ID, { description: 'Opaque global ID.' })
  get id(): string {
    return toGlobalId('IllRequest', this.row.id);
  }
  @Field(() => IllStateEnum, { description: 'Where it stands; changed only by actions (performAction).' })
  get state(): IllState {
    return this.row.state as IllState;
  }
  @Field(() => IllServiceTypeEnum, { description: 'LOAN or COPY.' })
  get serviceType(): IllServiceType {
    return this.row.serviceType as IllServiceType;
  }
  @Field(() => IllServiceLevelEnum, { description: 'NORMAL or RUSH.' })
  get serviceLevel(): IllServiceLevel {
    return this.row.serviceLevel as IllServiceLevel;
  }
  @Field(() => String, { description: 'The title asked for (the record\'s when the request named a record).' })
  get title(): string {
    return this.row.title;
  }
  @Field(() => String, { nullable: true, description: 'Author or statement of responsibility.' })
  get author(): string | null {
    return this.row.author;
  }
  @Field(() => String, { nullable: true, description: 'The ISBN given (ISBN-13).' })
  get isbn(): string | null {
    return this.row.isbn;
  }
  @Field(() => String, { nullable: true, description: 'The ISSN given (NNNN-NNNC).' })
  get issn(): string | null {
    return this.row.issn;
  }
  @Field(() => String, { nullable: true, description: 'COPY: the article or chapter.' })
  get articleTitle(): string | null {
    return this.row.articleTitle;
  }
  @Field(() => String, { nullable: true, description: 'Volume.' })
  get volume(): string | null {
    return this.row.volume;
  }
  @Field(() => String, { nullable: true, description: 'Issue.' })
  get issue(): string | null {
    return this.row.issue;
  }
  @Field(() => String, { nullable: true, description: 'Pages, e.g. "12-30".' })
  get pages(): string | null {
    return this.row.pages;
  }
  @Field(() => LocalDate, { nullable: true, description: 'The reader needs it by this date.' })
  get neededBy(): string | null {
    return this.row.neededBy;
  }
  @Field(() => String, { nullable: true, description: "Where the reader collects it (the requester's own location name)." })
  get pickupLocation(): string | null {
    return this.row.pickupLocation;
  }
  @Field(() => Int, { nullable: true, description: 'Position on the rota of the supplier asked now (1-based); null when none is.' })
  get rotaPosition(): number | null {
    return this.row.rotaPosition;
  }
  @Field(() => LocalDate, { nullable: true, description: 'LOAN: when the item is due back (set when shipped).' })
  get dueDate(): string | null {
    return this.row.dueDate;
  }
  @Field(() => String, { nullable: true, description: 'UNFILLED: why (no record in the union catalogue, nobody lends it, every supplier declined).' })
  get unfilledReason(): string | null {
    return this.row.unfilledReason;
  }
  @Field(() => Boolean, { description: 'COPY: the reader declared the copy is for private study or research.' })
  get copyrightDeclaration(): boolean {
    return this.row.copyrightDeclaration;
  }
  @Field(() => String, { description: 'API, or ISO18626 for a request that came in as an ISO 18626 message.' })
  get origin(): string {
    return this.row.origin;
  }
  @Field(() => Int, { description: 'Bumped by every action (what a client can show as "changed since you looked").' })
  get version(): number {
    return this.row.version;
  }
  @Field(() => GraphQLDateTime, { description: 'When it was placed.' })
  get createdAt(): Date {
    return this.row.createdAt;
  }
  @Field(() => GraphQLDateTime, { description: 'When it last changed.' })
  get updatedAt(): Date {
    return this.row.updatedAt;
  }
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was filled: shipped (LOAN) or the copy delivered (COPY).' })
  get deliveredAt(): Date | null {
    return this.row.deliveredAt;
  }
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it reached a terminal state (COMPLETED, CANCELLED, UNFILLED).' })
  get closedAt(): Date | null {
    return this.row.closedAt;
  }
  @Field(() => Float, { nullable: true, description: 'Hours from request to delivery (shipped or copy delivered); null until then.' })
  get turnaroundHours(): number | null {
    const { deliveredAt, createdAt } = this.row;
    return deliveredAt ? Math.round(((deliveredAt.getTime() - createdAt.getTime()) / 3_600_000) * 100) / 100 : null;
  }

  static fromRow(row: IllRequestRow): IllRequest {
    const r = new IllRequest();
    r.row = row;
    return r;
  }
}

@ObjectType('IllRotaEntry', { description: 'One member of a request\'s rota: where it is, why, and what it answered.' })
export class IllRotaEntry {
  row!: IllRotaRow;
  @Field(() => Int, { description: '1-based place on the rota.' })
  get position(): number {
    return this.row.position;
  }
  @Field(() => Float, { description: 'The routing score (higher is asked first); see the README for how it is computed.' })
  get score(): number {
    return this.row.score;
  }
  @Field(() => String, { description: 'Why the member is where it is, in words.' })
  get reason(): string {
    return this.row.reason;
  }
  @Field(() => String, { description: 'PENDING (not asked yet), ASKED (asked now), CANNOT_SUPPLY, SUPPLIED or SKIPPED.' })
  get outcome(): string {
    return this.row.outcome;
  }
  @Field(() => String, { nullable: true, description: 'What the member said (e.g. why it could not supply).' })
  get outcomeNote(): string | null {
    return this.row.outcomeNote;
  }
  static fromRow(row: IllRotaRow): IllRotaEntry {
    const e = new IllRotaEntry();
    e.row = row;
    return e;
  }
}

@ObjectType('IllHistoryEntry', { description: 'One action on a request: who, when, from which state to which.' })
export class IllHistoryEntry {
  row!: IllHistoryRow;
  @Field(() => String, { description: 'The action (an IllAction), or CREATE for placing the request.' })
  get action(): string {
    return this.row.action;
  }
  @Field(() => IllStateEnum, { nullable: true, description: 'The state before (null for CREATE).' })
  get fromState(): IllState | null {
    return this.row.fromState as IllState | null;
  }
  @Field(() => IllStateEnum, { description: 'The state after.' })
  get toState(): IllState {
    return this.row.toState as IllState;
  }
  @Field(() => GraphQLDateTime, { description: 'When.' })
  get at(): Date {
    return this.row.at;
  }
  @Field(() => String, { description: 'REQUESTER, SUPPLIER, OFFICE (an admin) or SYSTEM.' })
  get side(): string {
    return this.row.side;
  }
  @Field(() => String, { description: "Who: the token's subject, or iso18626:<ISIL> for a partner's message." })
  get actor(): string {
    return this.row.actor;
  }
  @Field(() => String, { nullable: true, description: 'The note given with the action.' })
  get note(): string | null {
    return this.row.note;
  }
  @Field(() => GraphQLJSONObject, { description: "The action's details (due date, copy link expiry, reason, cost; the copy link itself is not kept here)." })
  get details(): Record<string, unknown> {
    return this.row.details;
  }
  static fromRow(row: IllHistoryRow): IllHistoryEntry {
    const e = new IllHistoryEntry();
    e.row = row;
    return e;
  }
}

@ObjectType('IllTransition', { description: 'An action allowed in a state: who takes it, where it leads, what it needs.' })
export class IllTransitionType {
  @Field(() => IllActionEnum, { description: 'The action.' })
  action!: IllAction;
  @Field(() => IllSideEnum, { description: 'The side that takes it (admins may take either).' })
  side!: IllSide;
  @Field(() => IllStateEnum, { description: 'The state it leads to.' })
  to!: IllState;
  @Field(() => IllStateEnum, { nullable: true, description: 'CANNOT_SUPPLY: the state when no rota entry is left.' })
  whenRotaExhausted!: IllState | null;
  @Field(() => [IllDetailEnum], { description: 'Details the action must carry.' })
  requires!: IllDetail[];
  @Field(() => [IllDetailEnum], { description: 'Details it may carry.' })
  optional!: IllDetail[];
  @Field(() => String, { description: 'What it means.' })
  description!: string;
}

@ObjectType('IllStateDefinition', { description: 'One state of the model and the actions allowed in it.' })
export class IllStateDefinitionType {
  @Field(() => IllStateEnum, { description: 'The state.' })
  state!: IllState;
  @Field(() => Boolean, { description: 'True when the request is over (no action leads out).' })
  terminal!: boolean;
  @Field(() => String, { description: 'What it means.' })
  description!: string;
  @Field(() => [IllTransitionType], { description: 'The actions allowed in it.' })
  transitions!: IllTransitionType[];
}

@ObjectType('IllStateModel', { description: 'The state model of a service type, as data: what a UI draws.' })
export class IllStateModelType {
  @Field(() => IllServiceTypeEnum, { description: 'LOAN or COPY.' })
  serviceType!: IllServiceType;
  @Field(() => IllStateEnum, { description: 'The state a routed request starts in.' })
  initialState!: IllState;
  @Field(() => [IllStateDefinitionType], { description: 'Every state, with its transitions.' })
  states!: IllStateDefinitionType[];
}

@InputType({ description: 'Place an ILL request for a reader. Name the item by recordId, ISBN or ISSN (a union-catalogue record), or by title alone.' })
export class CreateIllRequestInput {
  @Field(() => String, { description: "ISIL of the requesting member (member staff: their own member)." })
  requesterCode!: string;
  @Field(() => IllServiceTypeEnum, { description: 'LOAN or COPY.' })
  serviceType!: IllServiceType;
  @Field(() => IllServiceLevelEnum, { nullable: true, defaultValue: 'NORMAL', description: 'NORMAL (default) or RUSH.' })
  serviceLevel?: IllServiceLevel | null;
  @Field(() => ID, { nullable: true, description: 'The union-catalogue record (a Record ID).' })
  recordId?: string | null;
  @Field(() => String, { nullable: true, description: 'Or an ISBN (10 or 13): finds the record.' })
  isbn?: string | null;
  @Field(() => String, { nullable: true, description: 'Or an ISSN: finds the journal.' })
  issn?: string | null;
  @Field(() => String, { nullable: true, description: "Title; required when neither a record nor a known ISBN/ISSN is given (defaults to the record's)." })
  title?: string | null;
  @Field(() => String, { nullable: true, description: 'Author.' })
  author?: string | null;
  @Field(() => String, { nullable: true, description: 'COPY: the article or chapter title.' })
  articleTitle?: string | null;
  @Field(() => String, { nullable: true, description: 'Volume.' })
  volume?: string | null;
  @Field(() => String, { nullable: true, description: 'Issue.' })
  issue?: string | null;
  @Field(() => String, { nullable: true, description: 'Pages.' })
  pages?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Needed by this date.' })
  neededBy?: string | null;
  @Field(() => String, { nullable: true, description: 'Where the reader collects it.' })
  pickupLocation?: string | null;
  @Field(() => String, { nullable: true, description: 'The most the requester pays (decimal string, in `currency`); a supplier charging more is refused.' })
  maxCost?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 4217 currency of maxCost (default CNY).' })
  currency?: string | null;
  @Field(() => String, { nullable: true, description: "The requester's own reference for its reader (no name, no card number): the only personal data kept, removed ILL_PATRON_RETENTION_DAYS after the request closes." })
  patronReference?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'COPY: the reader declared the copy is for private study or research (required for a copy).' })
  copyrightDeclaration?: boolean | null;
}

@InputType({ description: 'What an action needs (see `requires` in illStateModel).' })
export class IllActionDetailsInput {
  @Field(() => LocalDate, { nullable: true, description: 'SHIP: when the loan is due back.' })
  dueDate?: string | null;
  @Field(() => String, { nullable: true, description: 'DELIVER_COPY: the link to the copy (http or https).' })
  copyUrl?: string | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'DELIVER_COPY: when the link expires (in the future).' })
  copyExpiresAt?: Date | string | null;
  @Field(() => String, { nullable: true, description: 'CANNOT_SUPPLY, CANCEL: why.' })
  reason?: string | null;
  @Field(() => String, { nullable: true, description: "WILL_SUPPLY, SHIP, DELIVER_COPY: what the supplier charges (decimal string, the request's currency), instead of its fee tier." })
  cost?: string | null;
}

@InputType({ description: 'Take an action on a request; the state model decides whether it is allowed now and for whom.' })
export class PerformActionInput {
  @Field(() => ID, { description: 'The request (an IllRequest ID).' })
  requestId!: string;
  @Field(() => IllActionEnum, { description: 'The action.' })
  action!: IllAction;
  @Field(() => String, { nullable: true, description: 'A note kept in the history.' })
  note?: string | null;
  @Field(() => IllActionDetailsInput, { nullable: true, description: 'What the action needs.' })
  details?: IllActionDetailsInput | null;
}

@InputType({ description: 'Which requests to list.' })
export class IllRequestFilter {
  @Field(() => String, { nullable: true, description: 'Requests placed by this member (ISIL).' })
  requesterCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Requests whose supplier asked now is this member (ISIL).' })
  supplierCode?: string | null;
  @Field(() => IllStateEnum, { nullable: true, description: 'In this state.' })
  state?: IllState | null;
}

@ObjectType({ description: 'Result of createIllRequest.' })
export class CreateIllRequestPayload {
  @Field(() => IllRequest, { nullable: true, description: 'The request as placed (REQUESTED, or UNFILLED when nobody can supply it); null when userErrors is not empty.' })
  request!: IllRequest | null;
  @Field(() => [UserError], { description: 'What was wrong with the input; nothing was written when not empty.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of performAction.' })
export class PerformActionPayload {
  @Field(() => IllRequest, { nullable: true, description: 'The request after the action; null when userErrors is not empty.' })
  request!: IllRequest | null;
  @Field(() => [UserError], { description: 'Why the action was refused; nothing changed when not empty.' })
  userErrors!: UserError[];
}

export const IllRequestConnection = ConnectionType('IllRequest', IllRequest, 'ILL request');
