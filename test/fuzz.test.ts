import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, ensureDemoAccounts } from '../src/modules/accounts/index.js';
import { ensureDemoData } from '../src/modules/cooperation/index.js';
import { createReport } from '../src/modules/reports/index.js';
import { getTemplate, lebanonWorkbook } from '../src/modules/reports/testing.js';
import { ctxFor, makeUser, signIn, TEST_BASE, TEST_NOW, type TestApp, testApp } from './app.js';
import { engines, useFreshDatabase } from './db.js';
import { withPart, zipBomb } from './zip.js';

/**
 * A bounded fuzz of the whole app: every route it has (read from the router, not listed by hand),
 * asked by each kind of person with bodies and queries no form sends — NUL characters, broken
 * multipart, JSON where a form goes, garbage files, bad escapes, huge and negative numbers, long
 * text. Whatever the answer, it is never a server error. The seed is fixed, so a failure repeats.
 */
const HUGE = '99999999999';

/** A small seeded generator (mulberry32): the same requests on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const values = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  HUGE,
  '-1',
  '0',
  '1e309',
  'NaN',
  'abc',
  'LBN',
  'lbn',
  'XXX',
  '2026-13-45',
  '2026-02-29',
  '0000-01-01',
  'x'.repeat(6000),
  '<script>alert(1)</script>',
  "'; drop table needs; --",
  '\u{1F4A3}\u202E\uFFFF',
  '\uD800',
  'true',
  'yes',
  'changed',
  'USD',
  '15250',
  '1.5',
  '1,000',
];

/** Field names of the app's forms, read from its pages, plus a few no form has. */
function fieldNamesOf(html: string): string[] {
  return [...html.matchAll(/name="([^"]+)"/g)].map((m) => m[1] ?? '');
}

interface Route {
  method: string;
  path: string;
}

/** The app's own routes, with each parameter filled by a value of its kind (or a wrong one). */
function routesOf(app: TestApp): Route[] {
  const seen = new Set<string>();
  const out: Route[] = [];
  for (const r of app.routes) {
    if (r.method === 'ALL' || r.path.includes('*')) continue;
    const key = `${r.method} ${r.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ method: r.method, path: r.path });
  }
  return out;
}

function fill(path: string, next: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] as T;
  return path.replace(/:(\w+)(\{(?:[^{}]|\{[^{}]*\})*\})?/g, (_m, name: string) => {
    if (name === 'iso3') return pick(['LBN', 'CHL', 'DEU', 'XXX']);
    if (name === 'code') return pick(['F', 'A', 'cover', 'Z']);
    if (name === 'file') return pick(['1.xlsx', '1.docx', `${HUGE}.xlsx`]);
    if (name === 'token' || name === 'key') return pick(['abc', HUGE]);
    return pick(['1', '2', '3', '5', HUGE, '0']);
  });
}

type Body = { body?: BodyInit; type?: string };

function bodyFor(names: readonly string[], next: () => number): Body {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] as T;
  const fields = () => {
    const n = 1 + Math.floor(next() * 8);
    return Array.from({ length: n }, () => [pick(names), pick(values)] as const);
  };
  switch (Math.floor(next() * 8)) {
    case 0:
    case 1:
    case 2:
      return {
        body: new URLSearchParams(fields().map(([k, v]) => [k, v])).toString(),
        type: 'application/x-www-form-urlencoded',
      };
    case 3: {
      const form = new FormData();
      for (const [k, v] of fields()) form.append(k, v);
      const bytes = new Uint8Array(Math.floor(next() * 2000)).map(() => Math.floor(next() * 256));
      form.append(
        pick(['workbook', 'file', 'upload']),
        new File([bytes], pick(['a.xlsx', 'a.xml', '\u0000.x'])),
      );
      return { body: form };
    }
    case 4:
      // Multipart that ends in the middle of a part, or whose boundary never appears.
      return {
        body: pick([
          '--B\r\nContent-Disposition: form-data; name="title"\r\n\r\nno end',
          'no boundary here at all',
          '--B\r\nContent-Disposition: form-data\r\n\r\nx\r\n--B--',
          '',
        ]),
        type: pick(['multipart/form-data; boundary=B', 'multipart/form-data']),
      };
    case 5:
      return {
        body: JSON.stringify(Object.fromEntries(fields())),
        type: 'application/json',
      };
    case 6:
      return { body: `${pick(names)}=%E0%A4%A&%=%%&a=%00%FF&&=`, type: 'application/x-www-form-urlencoded' };
    default:
      return {
        body: '\u0000\u0001garbage',
        type: pick(['text/plain', 'application/xml', 'application/octet-stream']),
      };
  }
}

/** A lone surrogate cannot be percent-encoded as UTF-8: it goes as the bytes it would be, invalid UTF-8. */
const encode = (v: string) => {
  try {
    return encodeURIComponent(v);
  } catch {
    return '%ED%A0%80';
  }
};

function queryFor(names: readonly string[], next: () => number): string {
  if (next() < 0.3) return '';
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] as T;
  const parts = Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
    next() < 0.15 ? `${pick(names)}=%FF%FE` : `${encode(pick(names))}=${encode(pick(values))}`,
  );
  return `?${parts.join('&')}`;
}

async function demoPeople(app: TestApp) {
  const who: Array<[string, Record<string, string>]> = [['anonymous', {}]];
  for (const email of ['isu@demo.ccm.local', 'lbn@demo.ccm.local', 'deu@demo.ccm.local'])
    who.push([email, { cookie: await signIn(app, email, DEMO_PASSWORD) }]);
  return who;
}

describe.each(engines)('fuzz: no server error from any route on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('a few thousand malformed requests across every page, form and API route', async () => {
    const { db } = database();
    await ensureDemoData(db, TEST_NOW);
    await ensureDemoAccounts(db);
    const app = testApp(database());
    const who = await demoPeople(app);
    const routes = routesOf(app);
    expect(routes.filter((r) => r.method === 'POST').length).toBeGreaterThan(30);
    expect(routes.filter((r) => r.method === 'GET').length).toBeGreaterThan(40);

    // The field names the forms really have, read from the pages the ISU sees.
    const names = new Set(['id', 'lockVersion', 'versionId', 'next', 'q', 'year', 'state', '_method']);
    const isu = who[1]![1];
    const pages = routes.filter((x) => x.method === 'GET' && !/[:.]/.test(x.path));
    for (const r of pages)
      for (const n of fieldNamesOf(await (await app.request(r.path, { headers: isu })).text())) names.add(n);
    const fieldNames = [...names];
    const next = random(8);
    const failures: string[] = [];
    let sent = 0;
    for (const [name, headers] of who) {
      for (const route of routes) {
        const rounds = route.method === 'GET' ? 2 : 4;
        for (let i = 0; i < rounds; i++) {
          const path = fill(route.path, next) + queryFor(fieldNames, next);
          const extra: Record<string, string> = next() < 0.2 ? { accept: 'application/json' } : {};
          const init: RequestInit =
            route.method === 'GET'
              ? { headers: { ...headers, ...extra } }
              : (() => {
                  const { body, type } = bodyFor(fieldNames, next);
                  return {
                    method: route.method,
                    headers: {
                      origin: TEST_BASE,
                      ...headers,
                      ...extra,
                      ...(type ? { 'content-type': type } : {}),
                    },
                    body,
                  };
                })();
          const res = await app.request(path, init);
          await res.arrayBuffer();
          sent++;
          if (res.status >= 500)
            failures.push(`${name} ${route.method} ${path.slice(0, 120)} → ${res.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
    // About 1,800 requests: bounded so that CI, on two cores, runs it in well under a minute.
    expect(sent).toBeGreaterThan(1500);
  }, 120_000);

  /** A signed-in focal point of LBN with a 2025 draft, and a way to upload a workbook into it. */
  async function draftWithUpload() {
    const { db } = database();
    const app = testApp(database());
    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const headers = { cookie: await signIn(app, fp.email) };
    const { reportId, versionId } = await createReport(ctxFor(db, fp), { iso3: 'LBN', year: 2025 });
    const template = getTemplate('2010');
    const workbook = await lebanonWorkbook({ template, year: 2025 });
    const upload = (file: Buffer) => {
      const body = new FormData();
      body.append('versionId', String(versionId));
      body.append('lockVersion', '0');
      body.append('workbook', new File([new Uint8Array(file)], 'report.xlsx'));
      return app.request(`/reports/${reportId}/versions/1/upload`, {
        method: 'POST',
        headers: { origin: TEST_BASE, ...headers },
        body,
      });
    };
    return { app, headers, reportId, workbook, upload };
  }

  it('two zip bombs uploaded at once are refused (422) while the server keeps serving', async () => {
    const { app, headers, reportId, workbook, upload } = await draftWithUpload();
    // 1 GiB of spaces in about 1 MB, its sheet declaring a few kB.
    const bomb = zipBomb(workbook, 1024);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const rssBefore = process.memoryUsage().rss;
    const answers = await Promise.all([upload(bomb), upload(bomb)]);
    for (const res of answers) {
      expect([413, 422]).toContain(res.status);
      expect(await res.text()).toContain('unpacks to more data than it declares');
    }
    expect((process.memoryUsage().rss - rssBefore) / 1024 / 1024).toBeLessThan(200);
    const after = await app.request(`/reports/${reportId}`, { headers });
    expect(after.status).toBe(200);
  });

  it('while two workbooks are being read, a third is told to try again (429), not queued', async () => {
    const { app, headers, reportId, workbook, upload } = await draftWithUpload();
    // Within every limit but slow to read (80,000 cells): the first two hold the places for a while.
    const rows = Array.from({ length: 8000 }, (_, r) => {
      const n = 1000 + r;
      return `<row r="${n}">${Array.from({ length: 10 }, (_, c) => `<c r="${String.fromCharCode(66 + c)}${n}" t="inlineStr"><is><t>v</t></is></c>`).join('')}</row>`;
    }).join('');
    const heavy = withPart(workbook, 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace('</sheetData>', `${rows}</sheetData>`),
    );
    const answers = await Promise.all([upload(heavy), upload(heavy), upload(heavy)]);
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 429)).toHaveLength(1);
    expect(statuses.every((s) => s < 500)).toBe(true);
    const busy = answers.find((r) => r.status === 429)!;
    expect(busy.headers.get('retry-after')).toBe('10');
    expect(await busy.text()).toContain('Other workbooks are being read right now');
    // Once they are done, the same upload is read again.
    expect((await upload(heavy)).status).not.toBe(429);
    expect((await app.request(`/reports/${reportId}`, { headers })).status).toBe(200);
  });
});
