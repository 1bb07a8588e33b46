/**
 * The webhook dispatcher, one per server process (`serve` starts it): it fans committed events out
 * into deliveries and sends each subscription's deliveries in event order, signed (Standard Webhooks),
 * through the outbound client (OUTBOUND_ALLOWED_HOSTS, https otherwise, a few seconds per attempt, no
 * redirects). At least once: a delivery is marked only after the receiver answered, so a process killed
 * mid-delivery leaves it pending and another process (or this one, restarted) sends it again, with the
 * same webhook-id.
 *
 * A failed attempt is retried after RETRY_DELAYS_MS (5 s first, then longer) until 24 hours have passed
 * since its first attempt; then it is FAILED and the subscription paused (also at once on 410 Gone, which
 * the spec reserves for "stop sending"). Until a pending delivery succeeds or fails for good, the
 * subscription's later deliveries wait behind it: that is what "in order" costs.
 *
 * It wakes when the event bus says an event was committed, and polls as a fallback (a lost notification,
 * a retry coming due, another process's lease running out).
 */
import type { Logger } from 'pino';
import type { Database } from '../../db/database.js';
import type { OutboundClient } from '../../lib/outbound/index.js';
import { OutboundError } from '../../lib/outbound/index.js';
import { payloadOf, type EventBus } from '../events/index.js';
import { claimSubscriptions, fanOut, pendingDeliveries, recordAttempt, recordSubscriptionOutcome, releaseSubscription, type ClaimedSubscription, type QueuedDelivery } from './webhook-queue.js';
import { signerFor, webhookIdOf } from './webhook-signing.js';

/** Waits before the 2nd, 3rd, … attempt; the last repeats until 24 hours have passed. */
export const RETRY_DELAYS_MS = [5_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000, 28_800_000];
export const RETRY_FOR_MS = 24 * 3_600_000;

export interface DispatcherOptions {
  outbound: OutboundClient;
  log?: Logger;
  /** wake on committed events; without a bus it only polls */
  bus?: EventBus | null;
  /** the clock (tests move it) */
  now?: () => Date;
  retryDelaysMs?: readonly number[];
  /** how long a delivery is retried, from its first attempt, before it is FAILED */
  retryForMs?: number;
  /** the fallback poll (ms) */
  pollMs?: number;
  /** one attempt's deadline (ms) */
  timeoutMs?: number;
  /** subscriptions sent to at once by this process */
  concurrency?: number;
  /** deliveries sent to one subscription per lease */
  batchSize?: number;
  /** how long a lease lasts; a batch stops sending well before it runs out */
  leaseMs?: number;
}

export interface DispatchRound {
  fannedOut: number;
  delivered: number;
  failedAttempts: number;
}

export interface WebhookDispatcher {
  /** one round: fan out, then send a batch for each claimable subscription */
  runOnce(): Promise<DispatchRound>;
  /** runs rounds until stopped: at once when woken (an event committed), else every pollMs */
  start(): void;
  /** ask for a round now (as an event notification does) */
  wake(): void;
  /** finishes the attempts in flight, ends the leases, stops */
  stop(): Promise<void>;
}

/** Subscriptions claimed per round for each of `concurrency` workers. */
const CLAIMS_PER_WORKER = 4;

/** Bytes read of a receiver's answer: only the status matters, and a little of the body for the log. */
const MAX_ANSWER_BYTES = 16 * 1024;

function errorText(err: unknown): string {
  if (err instanceof OutboundError) return `${err.code}: ${err.message}`;
  return err instanceof Error ? err.message : String(err);
}

export function createWebhookDispatcher(database: Database, options: DispatcherOptions): WebhookDispatcher {
  const db = database.db;
  const owner = database.sessionName;
  const now = options.now ?? (() => new Date());
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const retryForMs = options.retryForMs ?? RETRY_FOR_MS;
  const timeoutMs = options.timeoutMs ?? 5_000;
  const concurrency = options.concurrency ?? 8;
  const batchSize = options.batchSize ?? 50;
  const leaseMs = options.leaseMs ?? Math.max(60_000, timeoutMs * 4);
  const log = options.log;

  /** One attempt: the answer's status, or the error that stopped it. */
  async function attempt(sub: ClaimedSubscription, sign: ReturnType<typeof signerFor>, delivery: QueuedDelivery): Promise<{ at: Date; status: number | null; error: string | null }> {
    const at = now();
    const body = JSON.stringify(payloadOf(delivery.event));
    const headers = sign(webhookIdOf(delivery.event.id, sub.id), at, body);
    try {
      const answer = await options.outbound.request(sub.url, { method: 'POST', headers: { ...headers }, body, timeoutMs, maxBytes: MAX_ANSWER_BYTES, followRedirects: false });
      if (answer.status >= 200 && answer.status <= 299) return { at, status: answer.status, error: null };
      const location = answer.headers.location ? ` to ${answer.headers.location} (redirects are not followed)` : '';
      const text = answer.body.toString('utf8', 0, 200).replace(/\s+/g, ' ').trim();
      return { at, status: answer.status, error: `HTTP ${answer.status}${location}${text ? `: ${text}` : ''}` };
    } catch (err) {
      // an answer too large still answered: judge it by its status
      const response = err instanceof OutboundError ? err.response : null;
      return { at, status: response?.status ?? null, error: errorText(err) };
    }
  }

  /** The next attempt's time after `attempts` failed ones, or null when the 24 hours are over. */
  function retryAt(delivery: QueuedDelivery, at: Date): Date | null {
    const failed = delivery.attempts + 1;
    const next = new Date(at.getTime() + delays[Math.min(failed - 1, delays.length - 1)]);
    const first = delivery.firstAttemptAt ?? at;
    return next.getTime() - first.getTime() > retryForMs ? null : next;
  }

  /** Sends a claimed subscription's due deliveries in order, stopping at the first failure. */
  async function serve(sub: ClaimedSubscription, queue: QueuedDelivery[], round: DispatchRound, started: number): Promise<void> {
    try {
      const sign = signerFor(sub.secret);
      let failures = sub.consecutiveFailures;
      for (const delivery of queue) {
        if (delivery.nextAttemptAt.getTime() > now().getTime()) break; // its retry is not due: the rest waits behind it
        if (Date.now() - started > leaseMs / 2) break; // leave the lease with time to spare
        const result = await attempt(sub, sign, delivery);
        if (result.error === null) {
          await recordAttempt(db, delivery.id, { at: result.at, responseStatus: result.status, error: null, retryAt: null });
          if (failures > 0) await recordSubscriptionOutcome(db, sub.id, true, null);
          failures = 0;
          round.delivered++;
          continue;
        }
        const next = result.status === 410 ? null : retryAt(delivery, result.at);
        await recordAttempt(db, delivery.id, { at: result.at, responseStatus: result.status, error: result.error, retryAt: next });
        const pause =
          result.status === 410 ? 'the receiver answered 410 Gone'
          : next === null ? `a delivery failed for ${Math.round(retryForMs / 3_600_000)} hours (last: ${result.error})`
          : null;
        await recordSubscriptionOutcome(db, sub.id, false, pause);
        round.failedAttempts++;
        log?.info({ subscription: sub.id, delivery: delivery.id, error: result.error, retryAt: next }, pause ? `webhook subscription ${sub.id} paused: ${pause}` : 'webhook delivery failed; it is retried');
        break;
      }
    } finally {
      await releaseSubscription(db, sub.id, owner, now());
    }
  }

  async function runOnce(): Promise<DispatchRound> {
    const round: DispatchRound = { fannedOut: 0, delivered: 0, failedAttempts: 0 };
    for (;;) {
      const fanned = await fanOut(db, now());
      if (!fanned || fanned.events === 0) break;
      round.fannedOut += fanned.events;
    }
    // several subscriptions per worker and claim: claiming reads every subscription's queue head
    const started = Date.now();
    const claimed = await claimSubscriptions(db, owner, now(), leaseMs, concurrency * CLAIMS_PER_WORKER);
    let queues: Map<number, QueuedDelivery[]>;
    try {
      queues = await pendingDeliveries(db, claimed.map((s) => s.id), batchSize);
    } catch (err) {
      await Promise.all(claimed.map((sub) => releaseSubscription(db, sub.id, owner, now()).catch(() => {})));
      throw err;
    }
    let next = 0;
    const worker = async () => {
      while (next < claimed.length) {
        const sub = claimed[next++];
        await serve(sub, queues.get(sub.id) ?? [], round, started).catch((err: unknown) => {
          log?.error({ err, subscription: sub.id }, 'sending webhooks failed; they are sent again at the next round');
        });
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, claimed.length) }, worker));
    return round;
  }

  let stopped = false;
  let woken = false;
  let wakeUp: (() => void) | null = null;
  let loop: Promise<void> | null = null;
  let unsubscribe: (() => void) | undefined;
  const wake = () => {
    woken = true;
    wakeUp?.();
  };
  const pollMs = options.pollMs ?? 1_000;

  async function run(): Promise<void> {
    while (!stopped) {
      woken = false;
      let busy = false;
      try {
        const round = await runOnce();
        busy = round.fannedOut > 0 || round.delivered > 0 || round.failedAttempts > 0;
      } catch (err) {
        log?.error({ err }, 'the webhook dispatcher failed a round; it tries again');
      }
      if (stopped || busy || woken) continue;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          wakeUp = null;
          resolve();
        };
        const timer = setTimeout(done, pollMs);
        wakeUp = done;
      });
    }
  }

  return {
    runOnce,
    wake,
    start() {
      if (loop) return;
      unsubscribe = options.bus?.subscribe(wake);
      loop = run();
    },
    async stop() {
      stopped = true;
      unsubscribe?.();
      wakeUp?.();
      await loop;
    },
  };
}
