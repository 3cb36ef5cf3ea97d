import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAuth } from '../src/modules/accounts/index.js';
import { needForm, needRows } from '../src/modules/cooperation/testing.js';
import { expectPage, lebanonFocalPoint, postForm, signedIn, TEST_BASE, testApp } from './app.js';
import { engines, useFreshDatabase } from './db.js';

/**
 * Input no form expects — a NUL character, a broken multipart body, a body over the size limit,
 * XML nested absurdly deep — is the sender's problem: a 4xx that says what happened, what was
 * typed kept wherever the form can be shown again, and nothing of it in the log.
 */
const need = { ...needForm, description: 'Clearance of the southern districts', estimatedCost: '250000' };
const logged = () => {
  const lines: string[] = [];
  for (const method of ['error', 'warn', 'log', 'info'] as const)
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(
        args.map((a) => (a instanceof Error ? `${a.stack} ${String(a.cause)}` : String(a))).join(' '),
      );
    });
  return lines;
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(engines)('malformed input on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('a text with a NUL character is saved without it, and nothing typed reaches the log', async () => {
    const { db, app, cookie } = await signedIn(database(), lebanonFocalPoint);
    const lines = logged();
    const res = await postForm(
      app,
      '/cooperation/needs/new',
      {
        ...need,
        description: 'Clearance of the\u0000 southern districts',
        activitiesTimeframe: 'secret\u0000plan',
      },
      cookie,
    );
    expect(res.status).toBe(303);
    const [created] = await needRows(db);
    expect(created?.description).toBe('Clearance of the southern districts');
    expect(lines.join('\n')).not.toContain('secret');
    // The address too: a NUL in a query or a path is refused before any code reads it.
    for (const path of ['/cooperation/needs?state=%00', '/states/%00BN', '/api/v1/states/LB%00'])
      expect((await app.request(path, { headers: { cookie } })).status, path).toBe(400);
  });

  it('a query that fails is logged by its SQL text and error code, never by the values it carried', async () => {
    const app = testApp(database());
    // A route that fails the way an unforeseen input would, with a typed value as a parameter.
    app.get('/test/failing-query', async (c) => {
      await database().db.execute(sql`select ${'secret-typed-value'}::int`);
      return c.text('unreachable');
    });
    const lines = logged();
    const res = await app.request('/test/failing-query');
    expect(res.status).toBe(500);
    const log = lines.join('\n');
    expect(log).toContain('select $1::int');
    expect(log).toContain('22P02');
    expect(log).not.toContain('secret-typed-value');
    expect(await res.text()).not.toContain('secret-typed-value');

    // better-auth's own log of a failed query goes the same way.
    const failed = await database()
      .db.execute(sql`select ${'secret-token-value'}::int`)
      .catch((e: unknown) => e);
    const auth = createAuth(database().db, {
      baseUrl: TEST_BASE,
      secret: 'x'.repeat(32),
      secureCookies: false,
    });
    auth.options.logger?.log?.('error', 'INTERNAL_SERVER_ERROR', failed, { token: 'secret-token-value' });
    const authLog = lines.join('\n');
    expect(authLog).toContain('[auth] INTERNAL_SERVER_ERROR');
    expect(authLog).not.toContain('secret-token-value');
  });

  it('a broken multipart body is a 400 that says so, on a form, an upload and a multi-value form', async () => {
    const { app, cookie } = await signedIn(database(), { role: 'isu' });
    // Each with a way back to its form: the page itself, or for an upload the page that holds it.
    for (const [path, back] of <Array<[string, string]>>[
      ['/cooperation/needs/new', '/cooperation/needs/new'],
      ['/cooperation/offers/new', '/cooperation/offers/new'],
      ['/cooperation/iati/upload', '/cooperation/iati'],
      ['/cooperation/iati/preview', '/cooperation/iati'],
    ]) {
      const res = await app.request(path, {
        method: 'POST',
        headers: { origin: TEST_BASE, cookie, 'content-type': 'multipart/form-data; boundary=XyZ' },
        body: '--XyZ\r\nContent-Disposition: form-data; name="title"\r\n\r\nhalf a part with no end',
      });
      expect(res.status, path).toBe(400);
      const html = await res.text();
      expect(html).toContain('could not be read');
      expect(html).toContain(`href="${back}"`);
    }
  });

  it('a form over the old 1 MiB limit comes back with what was typed; past every limit, a 413 page leads back', async () => {
    const { db, app, cookie } = await signedIn(database(), lebanonFocalPoint);
    const pasted = `Pasted by mistake ${'x'.repeat(1_500_000)}`;
    const res = await postForm(app, '/cooperation/needs/new', { ...need, description: pasted }, cookie);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Survey and clearance of 12 areas, 2027</textarea>');
    expect(html).toContain('Pasted by mistake xxx');
    expect(html).toContain('class="error-summary"');
    expect(await needRows(db)).toEqual([]);

    const huge = await postForm(
      app,
      '/cooperation/needs/new',
      { ...need, description: 'y'.repeat(9_000_000) },
      cookie,
    );
    expect(huge.status).toBe(413);
    const page = await huge.text();
    expect(page).toContain('larger than 8 MiB');
    expect(page).toContain('href="/cooperation/needs/new"');
  });

  it('a file whose name carries a NUL character is imported under the name without it', async () => {
    const { app, cookie } = await signedIn(database(), { role: 'isu' });
    const xml = readFileSync(
      new URL('./fixtures/iati/iati-standard-activity-example-2.03.xml', import.meta.url),
    );
    const body = new FormData();
    body.append('sectors', '15250');
    body.append('file', new File([xml], 'donor\u0000file.xml', { type: 'application/xml' }));
    const res = await app.request('/cooperation/iati/upload', {
      method: 'POST',
      headers: { origin: TEST_BASE, cookie },
      body,
    });
    await expectPage(res, 200, ['donorfile.xml']);
  });

  it('IATI XML nested 1,000 deep is refused with a reason (422)', async () => {
    const { app, cookie } = await signedIn(database(), { role: 'isu' });
    const xml = `<?xml version="1.0"?><iati-activities version="2.03"><iati-activity>${'<a>'.repeat(1000)}x${'</a>'.repeat(1000)}</iati-activity></iati-activities>`;
    const body = new FormData();
    body.append('sectors', '15250');
    body.append('file', new File([xml], 'deep.xml', { type: 'application/xml' }));
    const res = await app.request('/cooperation/iati/upload', {
      method: 'POST',
      headers: { origin: TEST_BASE, cookie },
      body,
    });
    await expectPage(res, 422, ['more than 32 levels deep']);
  });
});
