import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { expectPage, postForm, testApp } from '../test/app.js';
import { engines, useFreshDatabase } from '../test/db.js';
import { auditEntries } from './kernel/audit/schema.js';
import { languages, loadCatalogues } from './kernel/i18n/index.js';
import { css } from './kernel/views/assets.js';

/** Bytes over the wire with gzip: the page plus its stylesheet (pages have no scripts or images). */
const gz = (s: string) => gzipSync(Buffer.from(s)).length;

/**
 * The English interface strings an Arabic page must not show: every catalogue text without
 * placeholders whose Arabic differs from it or is missing ("Excel (XLSX)" is the same in both).
 */
function englishOnly(): Set<string> {
  const { en, ar } = loadCatalogues();
  const out = new Set<string>();
  const walk = (e: unknown, a: unknown) => {
    if (typeof e === 'string') {
      if (!e.includes('{{') && e !== a && /[A-Za-z]{2}/.test(e)) out.add(e.trim());
    } else if (e && typeof e === 'object')
      for (const [k, v] of Object.entries(e)) walk(v, (a as Record<string, unknown> | undefined)?.[k]);
  };
  for (const ns of Object.keys(en)) walk(en[ns], ar[ns]);
  // The language switcher names each language in its own name: "English" there is meant.
  for (const l of languages) out.delete(l.name);
  return out;
}

/** The text a reader sees or hears: text nodes, and the labels and titles of elements. */
function visibleTexts(html: string): string[] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&#x27;|&apos;/g, "'")
      .replace(/&amp;/g, '&')
      .trim();
  const body = html.replace(/<style[\s\S]*?<\/style>/g, '');
  const nodes = body.split(/<[^>]+>/).map(decode);
  const labels = [...body.matchAll(/\s(?:aria-label|title|placeholder|alt)="([^"]*)"/g)].map((m) =>
    decode(m[1]!),
  );
  return [...nodes, ...labels].filter(Boolean);
}

describe.each(engines)('the application on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('answers /healthz with the engine it runs on', async () => {
    const res = await testApp(database()).request('/healthz');
    expect(await res.json()).toEqual({ status: 'ok', engine });
  });

  it('home page: States Parties counted from the registry, a map with a text legend, under 60 KB with its CSS', async () => {
    const res = await testApp(database()).request('/', { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toMatch(
      /<div class="big">112<\/div>\s*<a href="\/states\?status=state_party">States Parties/,
    );
    expect(html).toContain('<svg');
    expect(html).toContain('href="/states/LBN"');
    expect(html).not.toContain('<script');
    expect(gz(html) + gz(css.body)).toBeLessThan(60 * 1024);
  });

  it('home, States list, a State profile and Deadlines each weigh under 60 KB gzip with their CSS', async () => {
    const app = testApp(database());
    for (const path of ['/', '/states', '/states/LBN', '/deadlines']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      const html = await res.text();
      // No scripts or external images: the stylesheet is the only other resource a page loads.
      expect(html, path).not.toMatch(/<script|<img /);
      expect(gz(html) + gz(css.body), path).toBeLessThan(60 * 1024);
    }
  });

  it('serves the stylesheet with long caching, and compresses pages', async () => {
    const app = testApp(database());
    const res = await app.request(css.path);
    expect(res.headers.get('cache-control')).toContain('immutable');
    const page = await app.request('/', { headers: { 'accept-encoding': 'gzip' } });
    expect(page.headers.get('content-encoding')).toBe('gzip');
  });

  it('unknown pages are a 404 page in HTML and JSON for the API, never a stack trace', async () => {
    const app = testApp(database());
    const html = await app.request('/no/such/page');
    await expectPage(html, 404, ['There is no page at this address']);
    const json = await app.request('/api/v1/nothing-here');
    expect(json.status).toBe(404);
    expect((await json.json()).error.code).toBe('NOT_FOUND');
  });

  it('keeps the chosen language in a cookie and renders in it', async () => {
    const app = testApp(database());
    const choose = await app.request('/lang/fr?next=/states');
    expect(choose.status).toBe(303);
    expect(choose.headers.get('location')).toBe('/states');
    const cookie = choose.headers.get('set-cookie')!.split(';')[0]!;
    const page = await app.request('/', { headers: { cookie } });
    expect(await page.text()).toContain('<html lang="fr" dir="ltr">');
    // An open redirect is not followed.
    const evil = await app.request('/lang/es?next=//evil.example');
    expect(evil.headers.get('location')).toBe('/');
  });

  it('renders Arabic right to left, names each language in its own name, and keeps Western digits', async () => {
    const app = testApp(database());
    for (const path of ['/', '/states', '/states/LBN', '/deadlines']) {
      const html = await (await app.request(`${path}?lang=ar`)).text();
      expect(html, path).toContain('<html lang="ar" dir="rtl">');
      expect(html, path).toMatch(
        /<a href="\/lang\/ar\?next=[^"]*" hreflang="ar" lang="ar"[^>]*>العربية<\/a>/,
      );
      expect(html, path).toMatch(/hreflang="fr" lang="fr"[^>]*>Français<\/a>/);
    }
    expect(await (await app.request('/?lang=ar')).text()).toMatch(/<div class="big">112<\/div>/);
  });

  // Until every Arabic catalogue exists, a missing key falls back to English and shows up here.
  it('an Arabic page shows no interface text in English', async () => {
    const app = testApp(database());
    const english = englishOnly();
    const shown: Record<string, string[]> = {};
    for (const path of ['/', '/states', '/states/LBN', '/deadlines']) {
      const html = await (await app.request(`${path}?lang=ar`)).text();
      const found = visibleTexts(html).filter((text) => english.has(text));
      if (found.length) shown[path] = [...new Set(found)];
    }
    expect(shown).toEqual({});
  });

  it('an anonymous write is refused and changes nothing; a huge body is refused with 413', async () => {
    const app = testApp(database());
    const before = await database().db.select({ n: sql<number>`count(*)` }).from(auditEntries);
    for (const path of ['/admin/users/invite', '/states/LBN/edit', '/account/tokens']) {
      const res = await postForm(app, path, { email: 'x@y.org', name: 'X', role: 'isu', reason: 'x' });
      expect([303, 401, 403]).toContain(res.status);
      if (res.status === 303) expect(res.headers.get('location')).toContain('/sign-in');
    }
    const big = await postForm(app, '/sign-in', { email: 'a@b.org', password: 'x'.repeat(9 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toContain('text/html');
    expect(await big.text()).toContain('larger than 8 MiB');
    const bigJson = await app.request('/api/v1/states', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ x: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(bigJson.status).toBe(413);
    expect((await bigJson.json()).error.code).toBe('INPUT.TOO_LARGE');
    const after = await database().db.select({ n: sql<number>`count(*)` }).from(auditEntries);
    expect(Number(after[0]!.n)).toBe(Number(before[0]!.n));
  });

  it('malformed form input gets a 4xx with a message, never a 500', async () => {
    const app = testApp(database());
    const res = await app.request('/sign-in', {
      method: 'POST',
      headers: { origin: 'http://localhost:3000', 'content-type': 'application/x-www-form-urlencoded' },
      body: '%%%email=&&password',
    });
    await expectPage(res, 422, ['There is a problem']);
  });
});
