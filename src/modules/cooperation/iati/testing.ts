// Test helpers for the IATI import's tests (not imported by application code).
import { readFileSync } from 'node:fs';
import { TEST_BASE, type TestApp } from '../../../../test/app.js';

/** A file of test/fixtures/iati (SOURCES.md says where each came from), as bytes. */
export const iatiFixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../test/fixtures/iati/${name}`, import.meta.url)));

/** Posts the upload form as a browser does (multipart), to the upload or the preview. */
export function uploadIati(
  app: TestApp,
  file: Uint8Array | null,
  fields: Record<string, string | string[]>,
  cookie?: string,
  name = 'file.xml',
  path = '/cooperation/iati/upload',
) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
  if (file)
    body.append('file', new File([file as Uint8Array<ArrayBuffer>], name, { type: 'application/xml' }));
  return app.request(path, {
    method: 'POST',
    headers: { origin: TEST_BASE, ...(cookie ? { cookie } : {}) },
    body,
  });
}
