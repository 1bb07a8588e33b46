/**
 * A real HTTP receiver for webhook tests: it records every request (headers, raw body) and answers with
 * the statuses it is told (200 when told nothing). It can be stopped and started again on the same port,
 * as a subscriber's server goes down and comes back.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ReceivedWebhook {
  id: string;
  timestamp: string;
  signature: string;
  headers: Record<string, string>;
  body: string;
  /** what the receiver answered */
  status: number;
}

export interface WebhookReceiver {
  port: number;
  url: string;
  received: ReceivedWebhook[];
  /** the next answers, in turn (then 200); a function answers by request */
  answers: (number | ((req: http.IncomingMessage, res: http.ServerResponse) => number | null))[];
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startWebhookReceiver(port = 0, path = '/hooks'): Promise<WebhookReceiver> {
  const sockets = new Set<Socket>();
  let server: http.Server | null = null;
  const receiver: WebhookReceiver = {
    port,
    url: '',
    received: [],
    answers: [],
    async start() {
      server = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          const next = receiver.answers.shift() ?? 200;
          const status = typeof next === 'function' ? next(req, res) : next;
          const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
          if (status === null) return; // the function answered (or never will)
          receiver.received.push({ id: headers['webhook-id'], timestamp: headers['webhook-timestamp'], signature: headers['webhook-signature'], headers, body: Buffer.concat(chunks).toString('utf8'), status });
          res.writeHead(status, { 'content-type': 'text/plain' }).end(status >= 300 ? `answered ${status}` : 'ok');
        });
      });
      server.on('connection', (s) => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
      });
      await new Promise<void>((resolve) => server!.listen(receiver.port, '127.0.0.1', resolve));
      receiver.port = (server.address() as AddressInfo).port;
      receiver.url = `http://127.0.0.1:${receiver.port}${path}`;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        if (!server) return resolve();
        server.close(() => resolve());
        server = null;
      }),
  };
  await receiver.start();
  return receiver;
}
