import { existsSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/client.js';
import { DEMO_PASSWORD, ensureDemoAccounts } from '../../src/modules/accounts/index.js';
import { TEST_NOW } from '../app.js';
import { freshDatabase } from '../db.js';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Browser journeys need Debian's Chromium. In CI its absence is a failure; on a developer machine
 * without it the journeys are reported as skipped, loudly, rather than silently passing.
 */
export const chromiumAvailable = existsSync(CHROMIUM);
if (!chromiumAvailable && process.env.CI) {
  throw new Error(`Chromium is required for the browser tests in CI and was not found at ${CHROMIUM}`);
}
if (!chromiumAvailable)
  console.warn(`\n*** Browser journeys SKIPPED: install Chromium (apt-get install -y chromium) ***\n`);

export interface Served {
  baseUrl: string;
  close(): Promise<void>;
}

/** Serves the real app over HTTP on a free local port, on the given test database. */
export async function serveApp(database: Database): Promise<Served> {
  await ensureDemoAccounts(database.db);
  // The app is built once the port, and so its own origin, is known.
  let listener: RequestListener = (_req, res) => res.end();
  const server = createServer((req, res) => listener(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const app = createApp({
    database,
    config: loadConfig({ NODE_ENV: 'test', BASE_URL: baseUrl }),
    authSecret: 'browser-test-secret-browser-test-secret',
    now: () => TEST_NOW,
  });
  listener = getRequestListener(app.fetch);
  return {
    baseUrl,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newContext(
  browser: Browser,
  opts: { javaScript?: boolean } = {},
): Promise<BrowserContext> {
  return browser.newContext({ javaScriptEnabled: opts.javaScript ?? true, locale: 'en-GB' });
}

/** Signs a demonstration account in through the sign-in form, as a person would. */
export async function signInDemo(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', DEMO_PASSWORD);
  await page.click('main form button[type=submit]');
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The WCAG 2.1 A and AA rules axe-core checks, and what it found on the page. */
export async function axeViolations(page: Page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (...a: unknown[]) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
      // Only the violations are read: axe then skips collecting every passing node (much faster).
      resultTypes: ['violations'],
    });
    return (result.violations as Array<{ id: string; nodes: Array<{ target: string[] }> }>).map((v) => ({
      rule: v.id,
      where: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
}

/** What a block of browser tests works with: the launched Chromium and the served app. */
export interface BrowserSuite {
  readonly browser: Browser;
  readonly baseUrl: string;
  /** A new page, in a context of its own without JavaScript, signed in as a demonstration account. */
  signedIn(email: string): Promise<Page>;
}

/**
 * Sets up a block of browser tests (call it inside `describe`): a fresh PGlite database, prepared by
 * `prepare`, served over HTTP, and Chromium launched; all of it closed after the block. One engine is
 * enough here: the browser path is tested; the database paths run on both elsewhere. `timeout` is
 * the time the setting up may take.
 */
export function browserSuite(
  prepare: (database: Database) => Promise<unknown> = async () => {},
  timeout = 120_000,
): BrowserSuite {
  let browser: Browser | undefined;
  let served: Served | undefined;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const database = await freshDatabase('pglite');
    close = () => database.close();
    await prepare(database);
    served = await serveApp(database);
    browser = await launchBrowser();
  }, timeout);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
    await close?.();
  });

  return {
    get browser() {
      return browser!;
    },
    get baseUrl() {
      return served!.baseUrl;
    },
    async signedIn(email) {
      const page = await (await newContext(browser!, { javaScript: false })).newPage();
      await signInDemo(page, served!.baseUrl, email);
      return page;
    },
  };
}

/** Runs `run` in a page of a new context the size of a phone (320 × 640 px), closed afterwards. */
export async function onPhone(browser: Browser, run: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({
    viewport: { width: 320, height: 640 },
    locale: 'en-GB',
    bypassCSP: true,
  });
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

/** The page shown fits the screen without scrolling sideways and has no axe-core violation. */
export async function expectFitsWithoutViolations(page: Page, path: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${path} is wider than the screen by ${overflow} px`).toBeLessThanOrEqual(0);
  expect(await axeViolations(page)).toEqual([]);
}
