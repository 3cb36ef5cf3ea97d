import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface Asset {
  path: string;
  body: string;
  type: string;
}

/** Static files are read once and served under a content hash, so browsers cache them for good. */
function asset(file: string, type: string): Asset {
  const body = readFileSync(new URL(`../../client/${file}`, import.meta.url), 'utf8');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const [base, ext] = file.split('.');
  return { path: `/static/${base}.${hash}.${ext}`, body, type };
}

export const css = asset('app.css', 'text/css; charset=utf-8');
