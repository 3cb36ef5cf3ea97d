import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type EncodedBody, encodeBody } from '../encoded.js';

export interface Asset {
  path: string;
  body: string;
  type: string;
  /** The body compressed once at start-up (gzip and Brotli), with its ETag. */
  encoded: EncodedBody;
}

const read = (file: string) => readFileSync(new URL(`../../client/${file}`, import.meta.url), 'utf8');

/** Static files are read once and served under a content hash, so browsers cache them for good. */
function asset(file: string, type: string): Asset {
  const body = read(file);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const [base, ext] = file.split('.');
  return { path: `/static/${base}.${hash}.${ext}`, body, type, encoded: encodeBody(body, type, 'best') };
}

export const css = asset('app.css', 'text/css; charset=utf-8');

/** The site's icon, at the fixed address browsers look for (not fingerprinted). */
export const favicon: Asset = (() => {
  const body = read('favicon.svg');
  const type = 'image/svg+xml';
  return { path: '/favicon.svg', body, type, encoded: encodeBody(body, type, 'best') };
})();
