import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Context } from 'hono';

/**
 * A response body compressed once, ahead of the requests that read it: the stylesheet at start-up,
 * a rendered page when it enters the page cache. Each request then only picks the encoding its
 * client accepts, and its strong ETag (the hash of the uncompressed body) lets the client revalidate.
 */
export interface EncodedBody {
  type: string;
  etag: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
}

/** Bodies smaller than this are sent as they are: compression would save nothing worth a header. */
const MIN_COMPRESS = 512;

/** A strong ETag for a body: the start of its SHA-256, the same in every process for the same bytes. */
export const etagOf = (body: string | Buffer) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;

export function encodeBody(
  body: string | Buffer,
  type: string,
  effort: 'fast' | 'best' = 'fast',
): EncodedBody {
  const identity = typeof body === 'string' ? Buffer.from(body) : body;
  const etag = etagOf(identity);
  if (identity.length < MIN_COMPRESS) return { type, etag, identity, gzip: identity, br: identity };
  return {
    type,
    etag,
    identity,
    gzip: gzipSync(identity, { level: effort === 'best' ? 9 : 6 }),
    br: brotliCompressSync(identity, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: effort === 'best' ? 11 : 5,
        [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
      },
    }),
  };
}

/** The best encoding the client accepts (`br`, then `gzip`), honouring `q=0`. */
export function acceptedEncoding(header: string | undefined): 'br' | 'gzip' | 'identity' {
  const accepted = new Map<string, number>();
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : 'identity';
}

/** True when the request's If-None-Match names this ETag (weak or strong, or `*`). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}

/** Adds `value` to the response's Vary header unless it is already there. */
export function addVary(c: Context, ...values: string[]): void {
  const current = c.res.headers.get('Vary') ?? '';
  const present = new Set(
    current
      .split(',')
      .map((v) => v.trim().toLowerCase())
      .filter(Boolean),
  );
  const missing = values.filter((v) => !present.has(v.toLowerCase()));
  if (missing.length > 0) c.header('Vary', [current, ...missing].filter(Boolean).join(', '));
}

/**
 * Answers with a pre-encoded body: 304 when the client already holds it, else the encoding it
 * accepts. `headers` (Cache-Control, Vary…) go on both answers, as a 304 must repeat them.
 */
export function sendEncoded(
  c: Context,
  body: EncodedBody,
  status: 200 = 200,
  headers: Record<string, string> = {},
): Response {
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  c.header('ETag', body.etag);
  const compressible = body.gzip !== body.identity;
  if (compressible) addVary(c, 'Accept-Encoding');
  if (etagMatches(c.req.header('if-none-match'), body.etag)) {
    c.header('Content-Length', undefined);
    c.header('Content-Type', undefined);
    return c.body(null, 304);
  }
  const encoding = compressible ? acceptedEncoding(c.req.header('accept-encoding')) : 'identity';
  if (encoding !== 'identity') c.header('Content-Encoding', encoding);
  const bytes = body[encoding];
  c.header('Content-Type', body.type);
  c.header('Content-Length', String(bytes.length));
  return c.body(
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) as Uint8Array<ArrayBuffer>,
    status,
  );
}

/**
 * Gives a JSON answer already made its ETag, and turns it into a 304 when the client holds the
 * same body (If-None-Match). For answers computed per request, such as the API's.
 */
export async function conditionalJson(c: Context): Promise<void> {
  const res = c.res;
  if (res.status !== 200 || !(res.headers.get('Content-Type') ?? '').startsWith('application/json')) return;
  const body = await res.text();
  const etag = etagOf(body);
  const headers = new Headers(res.headers);
  headers.set('ETag', etag);
  if (etagMatches(c.req.header('if-none-match'), etag)) {
    headers.delete('Content-Type');
    headers.delete('Content-Length');
    c.res = undefined as unknown as Response; // replace, not merge, the answer
    c.res = new Response(null, { status: 304, headers });
    return;
  }
  c.res = undefined as unknown as Response;
  c.res = new Response(body, { status: 200, headers });
}
