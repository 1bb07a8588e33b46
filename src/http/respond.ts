/** Writing answers on a plain node:http response: each in one piece, with its length. */
import type { HTTPGraphQLResponse } from '@apollo/server';
import type { ServerResponse } from 'node:http';

export function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer, headOnly = false): void {
  res.statusCode = status;
  res.setHeader('content-type', contentType);
  res.setHeader('content-length', Buffer.byteLength(body));
  if (headOnly) res.end();
  else res.end(body);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

/** A GraphQL-shaped error answer for what is refused before any operation runs. */
export function sendError(res: ServerResponse, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  sendJson(res, status, { errors: [{ message, extensions: { code, ...extensions } }] });
}

/** Apollo's answer as it gives it: status, headers, and a complete body (or, for incremental delivery, chunks). */
export async function sendGraphQL(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.setHeader('content-length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
