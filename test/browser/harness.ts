import { existsSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/client.js';
import { DEMO_PASSWORD, ensureDemoAccounts } from '../../src/modules/accounts/index.js';
import { TEST_NOW } from '../app.js';

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
