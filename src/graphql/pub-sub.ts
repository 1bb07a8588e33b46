/**
 * The PubSub behind GraphQL subscriptions (type-graphql's `pubSub`), fed by the event bus: committed
 * events (src/modules/events: the outbox and its LISTEN/NOTIFY wake-up) are read once per process and
 * published here by type (`ILL_REQUEST_CHANGED`, …); each subscription takes them from a queue of its
 * own. So a change made through any server process reaches subscribers on every process, and a process
 * reads an event's row once however many subscribers it has (and not at all when it has none).
 *
 * Subscriptions are live, not durable: a subscriber hears what is committed while it is connected.
 * What it missed is in the outbox (the `events` query, webhooks). A subscriber that stops reading is
 * not allowed to hold memory without bound: past QUEUE_LIMIT events waiting for it, its subscription
 * ends with an error that says so.
 */
import type { Logger } from 'pino';
import type { PubSub } from 'type-graphql';
import type { Database, Db } from '../db/database.js';
import { apiError } from './errors.js';
import { createEventBus, readEvents, type EventBus, type EventRow, type EventType } from '../modules/events/index.js';

/** What is published: an event, and the database it was read from (a subscriber hears only its own database's). */
export interface EventMessage {
  source: Db;
  event: EventRow;
}

/** Events waiting for one subscriber before its subscription is ended (it reads too slowly, or not at all). */
export const QUEUE_LIMIT = 1000;

/** One subscription's queue, read as an async iterator (what graphql-js's subscribe needs). */
class Subscriber<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private waiting: { resolve(result: IteratorResult<T>): void; reject(err: Error): void } | null = null;
  private failure: Error | null = null;
  private ended = false;

  constructor(
    private readonly limit: number,
    private readonly onEnd: () => void,
  ) {}

  offer(value: T): void {
    if (this.ended) return;
    if (this.waiting) {
      const waiting = this.waiting;
      this.waiting = null;
      waiting.resolve({ value, done: false });
      return;
    }
    if (this.queue.length >= this.limit) {
      this.failure = apiError('TRY_AGAIN', `This subscription fell ${this.limit} events behind and was ended; subscribe again (what it missed is in the outbox: the events query, webhooks).`);
      this.queue.length = 0;
      this.finish();
      return;
    }
    this.queue.push(value);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queue.length > 0) return Promise.resolve({ value: this.queue.shift() as T, done: false });
    if (this.failure) {
      const failure = this.failure;
      this.failure = null;
      return Promise.reject(failure);
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  /** The client completed the subscription or went away: stop at once, even while a next() is waiting. */
  return(): Promise<IteratorResult<T>> {
    this.queue.length = 0;
    this.failure = null;
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    this.onEnd();
    const waiting = this.waiting;
    this.waiting = null;
    if (!waiting) return;
    if (this.failure) {
      waiting.reject(this.failure);
      this.failure = null;
    } else waiting.resolve({ value: undefined, done: true });
  }
}

/** type-graphql's PubSub, with a filter applied before a message is queued (so filtered messages cost a subscriber nothing). */
export class EventPubSub implements PubSub {
  private readonly topics = new Map<string, Set<Subscriber<unknown>>>();
  private readonly filters = new WeakMap<Subscriber<unknown>, (message: unknown) => boolean>();

  constructor(private readonly queueLimit: number = QUEUE_LIMIT) {}

  publish(routingKey: string, ...args: unknown[]): void {
    for (const subscriber of this.topics.get(routingKey) ?? []) {
      const keep = this.filters.get(subscriber);
      if (!keep || keep(args[0])) subscriber.offer(args[0]);
    }
  }

  subscribe(routingKey: string): AsyncIterableIterator<unknown> {
    return this.stream(routingKey, null);
  }

  /** The messages of one topic that `keep` accepts, from now until the iterator is returned. */
  stream<T>(routingKey: string, keep: ((message: T) => boolean) | null): AsyncIterableIterator<T> {
    const subscribers = this.topics.get(routingKey) ?? new Set<Subscriber<unknown>>();
    this.topics.set(routingKey, subscribers);
    const subscriber: Subscriber<unknown> = new Subscriber<unknown>(this.queueLimit, () => {
      subscribers.delete(subscriber);
      if (subscribers.size === 0) this.topics.delete(routingKey);
    });
    if (keep) this.filters.set(subscriber, keep as (message: unknown) => boolean);
    subscribers.add(subscriber);
    return subscriber as AsyncIterableIterator<T>;
  }

  /** How many subscriptions are open, all topics together. */
  get listening(): number {
    let n = 0;
    for (const subscribers of this.topics.values()) n += subscribers.size;
    return n;
  }
}

/** The process's one PubSub: the schema is built once per process (schema.ts), with this. */
export const pubSub = new EventPubSub();

/** The events of one type from this database, as subscriptions take them (`keep` decides per event). */
export function eventStream(source: Db, type: EventType, keep: (event: EventRow) => boolean): AsyncIterableIterator<EventMessage> {
  return pubSub.stream<EventMessage>(type, (message) => message.source === source && keep(message.event));
}

export interface EventRelay {
  close(): Promise<void>;
}

/** The relay of each open database in this process, shared by the apps serving it (tests run several), so each event is published once. */
const relays = new WeakMap<Db, { users: number; started: Promise<EventRelay> }>();

/**
 * Listens to the database's event bus and publishes each committed event on the process's pubSub, in
 * commit order: ids notified together are read in one statement, and reads follow one another, so
 * events are published in the order they were notified. With no subscriber, nothing is read. One relay
 * per database in a process: a second app on the same database shares the first's (closed with the last).
 */
export async function startEventRelay(database: Database, log: Logger): Promise<EventRelay> {
  let shared = relays.get(database.db);
  if (!shared) relays.set(database.db, (shared = { users: 0, started: relayEvents(database, log, pubSub) }));
  shared.users++;
  const relay = await shared.started;
  const entry = shared;
  let closed = false;
  return {
    async close() {
      if (closed) return;
      closed = true;
      if (--entry.users > 0) return;
      relays.delete(database.db);
      await relay.close();
    },
  };
}

/** One database's relay onto `target` (see startEventRelay). */
export async function relayEvents(database: Database, log: Logger, target: EventPubSub): Promise<EventRelay> {
  const bus: EventBus = await createEventBus(database, log);
  let pending: number[] = [];
  let chain: Promise<void> = Promise.resolve();
  let scheduled = false;
  const flush = async () => {
    scheduled = false;
    const ids = pending;
    pending = [];
    try {
      for (const event of await readEvents(database.db, ids)) target.publish(event.type, { source: database.db, event } satisfies EventMessage);
    } catch (err) {
      log.error({ err, eventIds: ids }, 'reading committed events for subscriptions failed; their subscribers miss them');
    }
  };
  const unsubscribe = bus.subscribe((id) => {
    if (target.listening === 0) return;
    pending.push(id);
    if (scheduled) return;
    scheduled = true;
    chain = chain.then(flush);
  });
  return {
    async close() {
      unsubscribe();
      await bus.close();
      await chain;
    },
  };
}
