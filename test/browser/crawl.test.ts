import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccounts } from '../../src/modules/accounts/index.js';
import { seedCalendar } from '../../src/modules/calendar/index.js';
import { seedCoalitions } from '../../src/modules/coalitions/index.js';
import { ensureDemoData } from '../../src/modules/cooperation/index.js';
import { seedGoodPractices } from '../../src/modules/practices/index.js';
import { seedWorkPlans } from '../../src/modules/workplans/index.js';
import { TEST_NOW } from '../app.js';
import { axeViolations, browserSuite, chromiumAvailable, signInDemo } from './harness.js';

/**
 * Every kind of page, for the public and for each demonstration role: starting from the home page
 * and the start page, the crawler follows the links a person can follow (same origin, GET) breadth
 * first, one example of each page kind, and on each page asks axe-core (WCAG 2.1 A and AA) and a
 * phone 320 px wide (WCAG 1.4.10: nothing scrolls sideways).
 */

/** A path's kind: numbers, row ids, ISO3 codes, meeting and indicator codes, form letters, days. */
function pageKind(path: string): string {
  return path
    .split('/')
    .map((s) => {
      if (/^\d+$/.test(s)) return ':n';
      if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s)) return ':id';
      if (/^[A-Z]{3}$/.test(s)) return ':iso3';
      if (/^\d{4}-\d{2}(-\d{2})?$/.test(s)) return ':day';
      if (/^[A-Z]$/.test(s)) return ':letter';
      if (/\d/.test(s) && /[A-Za-z]/.test(s)) return ':code';
      return s;
    })
    .join('/');
}

/** Links a crawler does not follow: leaving the session, changing the language, files, the JSON API. */
function followed(url: URL): boolean {
  const p = url.pathname;
  if (p === '/sign-out' || p.startsWith('/lang/') || p.startsWith('/api/v1') || p === '/api/openapi.json')
    return false;
  if (/\.(csv|xlsx|docx|json|xml|pdf|svg|css|js)$/i.test(p)) return false;
  if (/\/(download|export)(\/|$)/.test(p)) return false;
  const format = url.searchParams.get('format');
  return !format || format === 'html';
}

interface Visit {
  path: string;
  status: number;
  problems: string[];
}

/** Visits at most `limit` page kinds; returns what it found on each. */
async function crawl(page: Page, baseUrl: string, starts: string[], limit: number): Promise<Visit[]> {
  const origin = new URL(baseUrl).origin;
  const seen = new Set<string>();
  const queue: Array<{ path: string; from: string }> = [];
  const enqueue = (href: string, from: string) => {
    const url = new URL(href, baseUrl);
    if (url.origin !== origin || !followed(url)) return;
    const kind = pageKind(url.pathname);
    if (seen.has(kind)) return;
    seen.add(kind);
    queue.push({ path: url.pathname + url.search, from });
  };
  for (const s of starts) enqueue(s, '(start)');
  const visits: Visit[] = [];
  while (queue.length > 0 && visits.length < limit) {
    const { path, from } = queue.shift() as { path: string; from: string };
    const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'domcontentloaded' });
    const status = response?.status() ?? 0;
    const problems: string[] = [];
    const type = response?.headers()['content-type'] ?? '';
    if (!type.startsWith('text/html')) continue;
    // A broken link, a link the role is shown but may not follow (403) and a server error all fail.
    if ((status === 403 || status === 404 || status >= 500) && !starts.includes(path))
      problems.push(`status ${status}, linked from ${from}`);
    // A form that comes back refused opens at its errors: every posting form names the fragment,
    // but for signing in and out, whose pages are the form (or which cannot be refused).
    const unanchored = await page.$$eval('form[method=post]', (forms) =>
      forms
        .map((f) => f.getAttribute('action') ?? '')
        .filter(
          (a) =>
            !a.includes('#') &&
            !/^\/(sign-in|sign-out|forgot-password|reset-password|invite|account\/two-factor)\b/.test(a),
        ),
    );
    for (const action of unanchored) problems.push(`form posting to ${action} does not open at #errors`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) problems.push(`${width} px wide`);
    for (const v of await axeViolations(page)) problems.push(`${v.rule}: ${v.where.join(' | ')}`);
    visits.push({ path, status, problems });
    // The attribute, not the property: an SVG link's href (the maps) is not a string.
    const links = await page.$$eval('a[href]', (as) =>
      as
        .filter((a) => !a.hasAttribute('download'))
        .map((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).href),
    );
    for (const href of links) enqueue(href, path);
  }
  return visits;
}

/** One account of each role (the first one listed), and the public. */
const roles: Array<{ who: string; email?: string }> = [
  { who: 'anonymous' },
  ...demoAccounts
    .filter((a, i) => demoAccounts.findIndex((b) => b.role === a.role) === i)
    .map((a) => ({ who: a.role, email: a.email })),
];

describe.skipIf(!chromiumAvailable)('every page kind, for every role, at 320 px and by axe-core', () => {
  const suite = browserSuite(async (database) => {
    await seedCalendar(database.db);
    await seedGoodPractices(database.db);
    await seedWorkPlans(database.db);
    await seedCoalitions(database.db);
    await ensureDemoData(database.db, TEST_NOW);
  }, 300_000);

  it.each(roles)(
    '$who: no page scrolls sideways at 320 px, none has an axe-core violation',
    async ({ who, email }) => {
      const context = await suite.browser.newContext({
        viewport: { width: 320, height: 640 },
        locale: 'en-GB',
        bypassCSP: true,
      });
      try {
        const page = await context.newPage();
        if (email) await signInDemo(page, suite.baseUrl, email);
        const started = Date.now();
        const visits = await crawl(page, suite.baseUrl, ['/', '/start', '/no-such-page'], 120);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        console.log(
          `${who}: ${visits.length} pages in ${seconds} s\n${visits.map((v) => `  ${v.status} ${v.path}`).join('\n')}`,
        );
        const failing = visits.filter((v) => v.problems.length > 0);
        expect(failing.map((v) => `${v.path}\n    ${v.problems.join('\n    ')}`)).toEqual([]);
        expect(visits.length).toBeGreaterThan(email ? 10 : 5);
      } finally {
        await context.close();
      }
    },
    600_000,
  );

  it('prints the ledger with its legends and without menus or buttons; mirrors right to left within 320 px', async () => {
    const context = await suite.browser.newContext({
      viewport: { width: 320, height: 640 },
      locale: 'en-GB',
    });
    try {
      const page = await context.newPage();
      await page.goto(`${suite.baseUrl}/cooperation/ledger`);
      await page.emulateMedia({ media: 'print' });
      const shown = (selector: string) =>
        page.$$eval(selector, (els) => els.some((e) => getComputedStyle(e).display !== 'none'));
      expect(await shown('.legend')).toBe(true);
      expect(await shown('header.site')).toBe(false);
      expect(await shown('.skip')).toBe(false);
      expect(await shown('.filters')).toBe(false);
      // Legend swatches are background colours, which browsers leave out when printing unless asked.
      const adjust = await page.$eval('.legend span', (e) => getComputedStyle(e).printColorAdjust);
      expect(adjust).toBe('exact');

      await page.emulateMedia({ media: 'screen' });
      for (const path of ['/cooperation/ledger', '/states/LBN', '/meetings/11MSP']) {
        await page.goto(`${suite.baseUrl}${path}`);
        await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
        const layout = await page.evaluate(() => ({
          width: document.documentElement.scrollWidth,
          // The brand starts on the right and the session block is pushed to the left.
          brandRight: document.querySelector('.brand')?.getBoundingClientRect().right ?? 0,
          align: getComputedStyle(document.querySelector('th') ?? document.body).textAlign,
        }));
        expect(layout.width, path).toBeLessThanOrEqual(320);
        expect(layout.brandRight, path).toBeGreaterThan(280);
        expect(layout.align, path).toBe('start');
      }
    } finally {
      await context.close();
    }
  }, 120_000);
});
