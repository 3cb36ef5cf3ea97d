import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCalendar } from '../../src/modules/calendar/index.js';
import { ensureDemoData } from '../../src/modules/cooperation/index.js';
import { TEST_NOW } from '../app.js';
import { freshDatabase } from '../db.js';
import {
  axeViolations,
  chromiumAvailable,
  launchBrowser,
  type Served,
  serveApp,
  signInDemo,
} from './harness.js';

// Each demonstration role signs in, lands on its start page, and the page (and the inbox) fits a
// phone 320 px wide with no axe-core violation (WCAG 2.1 AA).
describe.skipIf(!chromiumAvailable)('start pages and the inbox at 320 px', () => {
  let browser: Browser;
  let served: Served;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const database = await freshDatabase('pglite');
    await seedCalendar(database.db);
    await ensureDemoData(database.db, TEST_NOW);
    served = await serveApp(database);
    close = () => database.close();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
    await close?.();
  });

  it.each([
    ['lbn@demo.ccm.local', 'focal point of Lebanon'],
    ['deu@demo.ccm.local', 'the needs that fit your offers'],
    ['coordinator@demo.ccm.local', 'your area'],
    ['isu@demo.ccm.local', 'what waits for review'],
  ])(
    '%s lands on its start page, which fits 320 px and passes axe-core; so does its inbox',
    async (email, intro) => {
      const context = await browser.newContext({
        viewport: { width: 320, height: 640 },
        locale: 'en-GB',
        bypassCSP: true,
      });
      try {
        const page = await context.newPage();
        await signInDemo(page, served.baseUrl, email);
        expect(new URL(page.url()).pathname).toBe('/start');
        expect(await page.locator('main').textContent()).toContain(intro);
        for (const path of ['/start', '/inbox']) {
          if (path !== '/start') await page.goto(`${served.baseUrl}${path}`);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow, `${path} is wider than the screen by ${overflow} px`).toBeLessThanOrEqual(0);
          expect(await axeViolations(page)).toEqual([]);
        }
      } finally {
        await context.close();
      }
    },
    90_000,
  );
});
