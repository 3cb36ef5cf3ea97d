import { gunzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { expectPage, lebanonFocalPoint, signedIn, TEST_BASE, TEST_NOW, testApp } from '../test/app.js';
import { engines, useFreshDatabase } from '../test/db.js';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { systemActor } from './kernel/actor.js';
import { createContext } from './kernel/context.js';
import { defineVerb } from './kernel/verb.js';
import { css } from './kernel/views/assets.js';
import { seedCalendar } from './modules/calendar/index.js';
import { states } from './modules/states/schema.js';

/** A write through the verb machinery (audit and data version), as any module's verb makes one. */
const redateSignature = defineVerb({
  name: 'test.redateSignature',
  input: z.object({ iso3: z.string(), signatureDate: z.string() }),
  allow: () => true,
  async run(ctx, input) {
    await ctx.db
      .update(states)
      .set({ signatureDate: input.signatureDate })
      .where(eq(states.iso3, input.iso3));
    return { result: null, audit: [{ subjectType: 'state', subjectId: input.iso3 }] };
  },
});

const flashCookie = (key: string) =>
  `flash=${Buffer.from(JSON.stringify({ kind: 'success', key })).toString('base64url')}`;

describe.each(engines)('HTTP conventions on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('serves the stylesheet compressed (Brotli or gzip), with an ETag and kept for good', async () => {
    const app = testApp(database());
    const br = await app.request(css.path, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    const brBytes = (await br.arrayBuffer()).byteLength;
    expect(brBytes).toBeLessThan(Buffer.byteLength(css.body) / 3);
    const gz = await app.request(css.path, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(css.body);
    expect(gz.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(gz.headers.get('vary')).toContain('Accept-Encoding');
    const plain = await app.request(css.path);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(css.body);
    const again = await app.request(css.path, { headers: { 'if-none-match': gz.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('public pages: revalidated by ETag, varying by language and cookie, compressed', async () => {
    const app = testApp(database());
    const first = await app.request('/states/LBN', { headers: { 'accept-encoding': 'gzip' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(first.headers.get('content-encoding')).toBe('gzip');
    const vary = first.headers.get('vary') ?? '';
    for (const v of ['Accept-Language', 'Cookie', 'Accept-Encoding']) expect(vary).toContain(v);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const html = gunzipSync(Buffer.from(await first.arrayBuffer())).toString();
    expect(html).toContain('Lebanon');
    const revalidated = await app.request('/states/LBN', { headers: { 'if-none-match': etag! } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('etag')).toBe(etag);
    expect(await revalidated.text()).toBe('');
    // Security headers still apply to a kept page.
    expect(revalidated.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('signed-in pages are private and never stored; they differ from the public page', async () => {
    const { app, cookie } = await signedIn(database(), lebanonFocalPoint);
    const anon = await (await app.request('/states/LBN')).text();
    const mine = await app.request('/states/LBN', { headers: { cookie } });
    expect(mine.headers.get('cache-control')).toBe('private, no-store');
    expect(mine.headers.get('etag')).toBeNull();
    const body = await mine.text();
    expect(body).not.toBe(anon);
    expect(body).toContain('/sign-out');
    expect(anon).not.toContain('/sign-out');
    // And the public page is not the signed-in one afterwards.
    expect(await (await app.request('/states/LBN')).text()).toBe(anon);
  });

  it('a kept page changes as soon as anything is written, by this app or another on the same database', async () => {
    const db = database().db;
    const app = testApp(database());
    const other = testApp(database());
    const before = await app.request('/states/LBN');
    const etag = before.headers.get('etag')!;
    expect(await before.text()).toContain('Lebanon');
    expect((await app.request('/states/LBN', { headers: { 'if-none-match': etag } })).status).toBe(304);
    // The page names the State from the UN's list, so the write changes a date the profile shows.
    expect(await (await app.request('/states/LBN')).text()).not.toContain('4 December 2008');
    await redateSignature(createContext(db, systemActor()), { iso3: 'LBN', signatureDate: '2008-12-04' });
    const after = await app.request('/states/LBN', { headers: { 'if-none-match': etag } });
    await expectPage(after, 200, ['4 December 2008']);
    expect(await (await other.request('/states/LBN')).text()).toContain('4 December 2008');
  });

  it('keeps one page per language and per day', async () => {
    let now = TEST_NOW;
    const app = createApp({
      database: database(),
      config: loadConfig({ NODE_ENV: 'test', BASE_URL: TEST_BASE }),
      authSecret: 'test-secret-test-secret-test-secret-42',
      now: () => now,
    });
    const page = async (lang: string) =>
      (await app.request('/deadlines', { headers: { 'accept-language': lang } })).text();
    const [en, fr, es] = [await page('en'), await page('fr'), await page('es')];
    expect(new Set([en, fr, es]).size).toBe(3);
    expect(fr).toContain('<html lang="fr"');
    expect(await page('en')).toBe(en);
    now = new Date('2029-01-01T12:00:00Z');
    const later = await page('en');
    expect(later).not.toBe(en);
    expect(later).toContain('1 January 2029');
  });

  it('a page with a flash is shown once and not kept; the next one has no flash', async () => {
    const app = testApp(database());
    const withFlash = await app.request('/states', { headers: { cookie: flashCookie('common:signedOut') } });
    expect(withFlash.headers.get('cache-control')).toBe('no-store');
    expect(withFlash.headers.get('etag')).toBeNull();
    const flashed = await withFlash.text();
    expect(flashed).toContain('class="flash success"');
    const next = await app.request('/states');
    expect(next.headers.get('etag')).not.toBeNull();
    expect(await next.text()).not.toContain('class="flash success"');
  });

  it('an explicit ?lang= wins over the language cookie, and is kept', async () => {
    const app = testApp(database());
    const res = await app.request('/states?lang=es', { headers: { cookie: 'lang=fr' } });
    expect(await res.text()).toContain('<html lang="es"');
    expect(res.headers.getSetCookie().some((c) => c.startsWith('lang=es;'))).toBe(true);
    // The cookie alone still chooses when no ?lang= is given, and is not set again.
    const kept = await app.request('/states', { headers: { cookie: 'lang=fr' } });
    expect(await kept.text()).toContain('<html lang="fr"');
    expect(kept.headers.getSetCookie()).toEqual([]);
    // An unknown language is ignored.
    const bad = await app.request('/states?lang=xx', { headers: { cookie: 'lang=fr' } });
    expect(await bad.text()).toContain('<html lang="fr"');
  });

  it('robots.txt keeps crawlers out of accounts, tokens and the API, and names the sitemap', async () => {
    const res = await testApp(database()).request('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    for (const path of ['/sign-in', '/account', '/admin/', '/api/', '/inbox'])
      expect(text).toContain(`Disallow: ${path}\n`);
    expect(text).toContain('Allow: /\n');
    expect(text).toContain(`Sitemap: ${TEST_BASE}/sitemap.xml`);
  });

  it('the sitemap lists public pages in every language, each of which a reader without an account can open', async () => {
    const app = testApp(database());
    await seedCalendar(database().db);
    const res = await app.request('/sitemap.xml');
    expect(res.headers.get('content-type')).toContain('application/xml');
    const xml = await res.text();
    expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(locs).toContain(`${TEST_BASE}/states/LBN?lang=fr`);
    expect(locs).toContain(`${TEST_BASE}/states?lang=es`);
    expect(locs.some((l) => /\/meetings\/[^?]+\?lang=en$/.test(l))).toBe(true);
    expect(xml).toContain(
      `<xhtml:link rel="alternate" hreflang="es" href="${TEST_BASE}/states/LBN?lang=es"/>`,
    );
    expect(xml).toContain(
      `<xhtml:link rel="alternate" hreflang="x-default" href="${TEST_BASE}/states/LBN"/>`,
    );
    // Every kind of page listed opens for the public (one of each kind, in English).
    const kinds = new Map<string, string>();
    for (const loc of locs.filter((l) => l.endsWith('?lang=en'))) {
      const path = loc.slice(TEST_BASE.length);
      kinds.set(path.split('/').slice(0, 3).join('/').replace(/\?.*/, ''), path);
    }
    expect(kinds.size).toBeGreaterThan(5);
    for (const path of kinds.values()) expect((await app.request(path)).status, path).toBe(200);
    for (const path of ['/sign-in', '/account', '/api/v1/states'])
      expect(locs.some((l) => l.includes(path))).toBe(false);
    // Seeds the meetings and renders a page of each kind: more than the default allowance on two cores.
  }, 90_000);

  it('answers the favicon at /favicon.svg and /favicon.ico, and pages link it', async () => {
    const app = testApp(database());
    const svg = await app.request('/favicon.svg');
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(await svg.text()).toContain('<svg');
    const ico = await app.request('/favicon.ico');
    expect(ico.status).toBe(301);
    expect(ico.headers.get('location')).toBe('/favicon.svg');
    expect(await (await app.request('/')).text()).toContain('<link rel="icon" href="/favicon.svg"');
  });
});
