/**
 * `serve` binds its port before it touches the data folder: a port already in use must be a one-line
 * message, not a lock taken, a database opened and migrations run first. The socket bound here is the
 * one the API serves on (Node's `server.listen(handle)` takes over a listening server's handle), so no
 * other process can take the port between the check and the start. A client that connects while the
 * server is still starting (migrations, demo data) waits and is served once the API is up.
 */
import net from 'node:net';
import type { Server } from 'node:http';

export class PortUnavailableError extends Error {
  constructor(
    readonly port: number,
    readonly code: 'EADDRINUSE' | 'EACCES',
  ) {
    super(
      code === 'EADDRINUSE'
        ? `port ${port} is in use (set PORT to another port, e.g. PORT=${port === 65_535 ? port - 1 : port + 1} npm start)`
        : `port ${port} needs privileges this process does not have (set PORT to a port above 1023, e.g. PORT=4000 npm start)`,
    );
  }
}

export interface ReservedPort {
  /** The bound port (the one the system chose when PORT=0). */
  port: number;
  /** Serves `server` on the reserved socket and hands it the connections that arrived meanwhile. */
  handOver(server: Server): Promise<void>;
  /**
   * Keeps accepting here and gives every connection, those that arrived meanwhile first, to `take`
   * (still paused): `serve` with several workers passes each to a worker process (src/serve-cluster.ts).
   */
  forward(take: (socket: net.Socket) => void): void;
  /** Gives the port back: stops accepting (start failed before handOver, or the workers are stopping). */
  release(): void;
}

export async function reservePort(port: number, host: string): Promise<ReservedPort> {
  const early = net.createServer({ pauseOnConnect: true });
  const waiting: net.Socket[] = [];
  let target: ((socket: net.Socket) => void) | null = null;
  early.on('connection', (socket) => (target ? target(socket) : waiting.push(socket)));
  await new Promise<void>((resolve, reject) => {
    early.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' || err.code === 'EACCES' ? new PortUnavailableError(port, err.code) : err));
    early.listen(port, host, resolve);
  });
  const address = early.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    async handOver(server) {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(early, () => {
          server.off('error', reject);
          resolve();
        });
      });
      target = (socket) => server.emit('connection', socket);
      for (const socket of waiting.splice(0)) {
        server.emit('connection', socket);
        socket.resume();
      }
    },
    forward(take) {
      target = take;
      for (const socket of waiting.splice(0)) take(socket);
    },
    release() {
      for (const socket of waiting.splice(0)) socket.destroy();
      early.close();
    },
  };
}
