import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCalendar } from '../../src/modules/calendar/index.js';
import { ensureDemoData } from '../../src/modules/cooperation/index.js';
import { TEST_NOW } from '../app.js';
import { freshDatabase } from '../db.js';
import { axeViolations, chromiumAvailable, launchBrowser, type Served, serveApp } from './harness.js';

// The pages of the calendar and of the Progress Report, on a phone 320 px wide (WCAG 1.4.10).
const pages = [
  '/meetings',
  '/meetings/11MSP',
  '/meetings/action-items',
  '/meetings/office-holders',
  '/progress',
  '/progress/11MSP',
  '/progress/11MSP/LAP40',
  '/progress/11MSP/LAP4d',
  '/progress/11MSP/published',
];

describe.skipIf(!chromiumAvailable)('pages at 320 px, checked by axe-core', () => {
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

  it.each(pages)(
    '%s fits 320 px without scrolling sideways and has no axe-core violation',
    async (path) => {
      const context = await browser.newContext({
        viewport: { width: 320, height: 640 },
        locale: 'en-GB',
        bypassCSP: true,
      });
      try {
        const page = await context.newPage();
        const response = await page.goto(`${served.baseUrl}${path}`);
        expect(response?.status()).toBe(200);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} is wider than the screen by ${overflow} px`).toBeLessThanOrEqual(0);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    },
    60_000,
  );
});
