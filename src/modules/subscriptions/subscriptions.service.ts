/**
 * Who may subscribe to what, and which events a subscription receives: the policy's readEvents rule
 * (src/auth/policy.ts) asked at subscribe time (assertCanReadEvents) and again for every event
 * (canReadEvent), the same rule the `events` query and webhooks follow.
 */
import { assertCanReadEvents, canReadEvent } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/database.js';
import { badInput } from '../../graphql/errors.js';
import { eventStream, type EventMessage } from '../../graphql/pub-sub.js';
import type { EventRow, EventType } from '../events/index.js';
import { memberByCode } from '../members/index.js';

/** The member a subscription is about: the one asked for; when none is, member staff's own (analysts and admins: every member). */
export function subscribedMember(viewer: Viewer, memberCode: string | null | undefined): string | null {
  return memberCode ?? (viewer.role === 'member' ? viewer.memberCode : null);
}

/** Whether one event goes to this subscription: about its member (any, when null) and readable by its viewer. */
export function receives(viewer: Viewer, memberCode: string | null, event: Pick<EventRow, 'memberCodes'>): boolean {
  return (memberCode === null || event.memberCodes.includes(memberCode)) && canReadEvent(viewer, event.memberCodes);
}

/**
 * Opens a subscription to one event type: refused (UNAUTHENTICATED, FORBIDDEN) unless the viewer may
 * read the member's events, BAD_USER_INPUT for a member code no member has; then every event of the
 * type committed from now on that `receives` accepts.
 */
export async function openEventStream(db: Db, viewer: Viewer, type: EventType, memberCode: string | null | undefined): Promise<AsyncIterableIterator<EventMessage>> {
  const code = subscribedMember(viewer, memberCode);
  assertCanReadEvents(viewer, code);
  if (code !== null && !(await memberByCode(db, code))) throw badInput(`memberCode: no member has the code "${code}".`, { argument: 'memberCode' });
  return eventStream(db, type, (event) => receives(viewer, code, event));
}
