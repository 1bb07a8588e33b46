/**
 * The ILL state model as data (issue 11): for a loan and for a copy, each state lists the actions that
 * may be taken in it, which side may take each, and where it leads. Services, `availableActions`, the
 * ISO 18626 edge and the `illStateModel` query all read this one table; no code path sets a state any
 * other way. Modelled on ReShare's "actions, not status setters" and CrossLink's declarative states.
 *
 * CANNOT_SUPPLY is the one action with two ends: the request goes to the next member of its rota
 * (`to`, the same REQUESTED state with a new supplier), or, when the rota is exhausted, to `whenRotaExhausted`.
 */

export const ILL_SERVICE_TYPES = ['LOAN', 'COPY'] as const;
export type IllServiceType = (typeof ILL_SERVICE_TYPES)[number];

export const ILL_SERVICE_LEVELS = ['NORMAL', 'RUSH'] as const;
export type IllServiceLevel = (typeof ILL_SERVICE_LEVELS)[number];

/** Who takes an action: the borrowing member's staff, or the lending member's (the rota entry asked now). */
export const ILL_SIDES = ['REQUESTER', 'SUPPLIER'] as const;
export type IllSide = (typeof ILL_SIDES)[number];

export const ILL_ACTIONS = ['WILL_SUPPLY', 'CANNOT_SUPPLY', 'SHIP', 'RECEIVE', 'RENEW', 'RETURN', 'CHECK_IN', 'DELIVER_COPY', 'CANCEL'] as const;
export type IllAction = (typeof ILL_ACTIONS)[number];

export const ILL_STATES = ['REQUESTED', 'WILL_SUPPLY', 'SHIPPED', 'RECEIVED', 'RETURNED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'UNFILLED'] as const;
export type IllState = (typeof ILL_STATES)[number];

/** What an action's `details` must or may carry (checked before anything changes). */
export type IllDetail = 'dueDate' | 'copyUrl' | 'copyExpiresAt' | 'reason' | 'cost';

export interface IllTransition {
  action: IllAction;
  side: IllSide;
  to: IllState;
  /** CANNOT_SUPPLY only: the state when no rota entry is left. */
  whenRotaExhausted?: IllState;
  requires: readonly IllDetail[];
  optional: readonly IllDetail[];
  description: string;
}

export interface IllStateDefinition {
  state: IllState;
  terminal: boolean;
  description: string;
  transitions: readonly IllTransition[];
}

const willSupply: IllTransition = { action: 'WILL_SUPPLY', side: 'SUPPLIER', to: 'WILL_SUPPLY', requires: [], optional: ['cost'], description: 'The supplier asked now will fill the request.' };
const cannotSupply: IllTransition = {
  action: 'CANNOT_SUPPLY',
  side: 'SUPPLIER',
  to: 'REQUESTED',
  whenRotaExhausted: 'UNFILLED',
  requires: [],
  optional: ['reason'],
  description: 'The supplier asked now cannot: the request goes to the next member of the rota, or is unfilled at its end.',
};
const cancel: IllTransition = { action: 'CANCEL', side: 'REQUESTER', to: 'CANCELLED', requires: [], optional: ['reason'], description: 'The requester withdraws the request before anything is sent.' };

const terminal = (state: IllState, description: string): IllStateDefinition => ({ state, terminal: true, description, transitions: [] });

/** A loan: the supplier lends a copy, the requester receives it, returns it, the supplier checks it in. */
export const LOAN_MODEL: readonly IllStateDefinition[] = [
  { state: 'REQUESTED', terminal: false, description: 'Sent to the supplier asked now; waiting for its answer.', transitions: [willSupply, cannotSupply, cancel] },
  {
    state: 'WILL_SUPPLY',
    terminal: false,
    description: 'The supplier will lend; the item is being pulled.',
    transitions: [
      { action: 'SHIP', side: 'SUPPLIER', to: 'SHIPPED', requires: ['dueDate'], optional: ['cost'], description: 'The item is sent, due back on dueDate.' },
      cannotSupply,
      cancel,
    ],
  },
  { state: 'SHIPPED', terminal: false, description: 'On its way to the requester.', transitions: [{ action: 'RECEIVE', side: 'REQUESTER', to: 'RECEIVED', requires: [], optional: [], description: 'The requester has the item.' }] },
  {
    state: 'RECEIVED',
    terminal: false,
    description: 'With the requester (and its reader).',
    transitions: [
      {
        action: 'RENEW',
        side: 'REQUESTER',
        to: 'RECEIVED',
        requires: [],
        optional: [],
        description: "The loan is extended by the supplier's loan period, as many times as the supplier's lending rules allow (renewals), without asking it.",
      },
      { action: 'RETURN', side: 'REQUESTER', to: 'RETURNED', requires: [], optional: [], description: 'The item is sent back.' },
    ],
  },
  { state: 'RETURNED', terminal: false, description: 'On its way back to the supplier.', transitions: [{ action: 'CHECK_IN', side: 'SUPPLIER', to: 'COMPLETED', requires: [], optional: [], description: 'The supplier has the item back.' }] },
  terminal('COMPLETED', 'The loan is over.'),
  terminal('CANCELLED', 'Withdrawn by the requester.'),
  terminal('UNFILLED', 'No member of the rota could supply.'),
];

/** A copy (document delivery): the supplier sends a link to the copy, valid until it expires. */
export const COPY_MODEL: readonly IllStateDefinition[] = [
  { state: 'REQUESTED', terminal: false, description: 'Sent to the supplier asked now; waiting for its answer.', transitions: [willSupply, cannotSupply, cancel] },
  {
    state: 'WILL_SUPPLY',
    terminal: false,
    description: 'The supplier will copy the article or chapter.',
    transitions: [
      { action: 'DELIVER_COPY', side: 'SUPPLIER', to: 'DELIVERED', requires: ['copyUrl', 'copyExpiresAt'], optional: ['cost'], description: 'The copy is delivered as a link valid until copyExpiresAt.' },
      cannotSupply,
      cancel,
    ],
  },
  { state: 'DELIVERED', terminal: false, description: "The copy's link is with the requester's staff until it expires.", transitions: [{ action: 'RECEIVE', side: 'REQUESTER', to: 'COMPLETED', requires: [], optional: [], description: 'The requester has passed the copy on.' }] },
  terminal('COMPLETED', 'The copy was delivered and received.'),
  terminal('CANCELLED', 'Withdrawn by the requester.'),
  terminal('UNFILLED', 'No member of the rota could supply.'),
];

export const ILL_MODELS: Readonly<Record<IllServiceType, readonly IllStateDefinition[]>> = { LOAN: LOAN_MODEL, COPY: COPY_MODEL };

/** The state a new request starts in once routed (UNFILLED at once when the rota is empty). */
export const INITIAL_STATE: IllState = 'REQUESTED';

export function stateDefinition(serviceType: IllServiceType, state: string): IllStateDefinition | undefined {
  return ILL_MODELS[serviceType].find((s) => s.state === state);
}

/** The transitions of `state` (all sides, or one side's). */
export function transitionsFrom(serviceType: IllServiceType, state: string, side?: IllSide): IllTransition[] {
  const def = stateDefinition(serviceType, state);
  return (def?.transitions ?? []).filter((t) => side === undefined || t.side === side);
}

/** The transition `action` takes from `state`, or undefined when the model has none (a userError for the caller). */
export function findTransition(serviceType: IllServiceType, state: string, action: IllAction): IllTransition | undefined {
  return transitionsFrom(serviceType, state).find((t) => t.action === action);
}

export function isTerminal(serviceType: IllServiceType, state: string): boolean {
  return stateDefinition(serviceType, state)?.terminal ?? false;
}
