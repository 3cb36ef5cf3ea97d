import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCalendar } from '../../src/modules/calendar/index.js';
import { listWorkPlans, seedWorkPlans } from '../../src/modules/workplans/index.js';
import { freshDatabase } from '../db.js';
import {
  axeViolations,
  chromiumAvailable,
  launchBrowser,
  newContext,
  type Served,
  serveApp,
  signInDemo,
} from './harness.js';

// One engine is enough here: the browser path is tested; the database paths run on both elsewhere.
describe.skipIf(!chromiumAvailable)('work plans in Chromium', () => {
  let browser: Browser;
  let served: Served;
  let close: () => Promise<void>;
  let planId = 0;

  beforeAll(async () => {
    const database = await freshDatabase('pglite');
    await seedCalendar(database.db);
    await seedWorkPlans(database.db);
    planId = (await listWorkPlans(database.db))[0]!.id;
    served = await serveApp(database);
    close = () => database.close();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
    await close?.();
  });

  it('the list and a plan fit 320 px without scrolling sideways and have no axe-core violation', async () => {
    const context = await browser.newContext({
      viewport: { width: 320, height: 640 },
      locale: 'en-GB',
      bypassCSP: true,
    });
    try {
      const page = await context.newPage();
      for (const path of ['/work-plans', `/work-plans/${planId}`]) {
        expect((await page.goto(`${served.baseUrl}${path}`))?.status()).toBe(200);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} is wider than the screen by ${overflow} px`).toBeLessThanOrEqual(0);
        expect(await axeViolations(page)).toEqual([]);
      }
    } finally {
      await context.close();
    }
  }, 90_000);

  it('a Coordinator marks an activity done with JavaScript disabled and sees it in the plan', async () => {
    const context = await newContext(browser, { javaScript: false });
    try {
      const page = await context.newPage();
      await signInDemo(page, served.baseUrl, 'coordinator@demo.ccm.local');

      await page.click('header nav >> text=Work plans');
      await page.click(`main a[href="/work-plans/${planId}"]`);
      await page.click('main >> text=Edit activity 3(b)');
      await page.selectOption('select[name=status]', 'done');
      await page.fill('input[name=quarters]', '2023-Q1..2023-Q2');
      await page.fill('input[name=meetingCodes]', '11MSP, nowhere');
      await page.click('main form button[type=submit]');
      // The unknown meeting is refused at its field, with everything typed kept.
      expect(await page.locator('.error-summary').textContent()).toContain('not in the calendar');
      expect(await page.inputValue('input[name=quarters]')).toBe('2023-Q1..2023-Q2');
      await page.fill('input[name=meetingCodes]', '11MSP');
      await page.click('main form button[type=submit]');
      await expect.poll(() => new URL(page.url()).pathname).toBe(`/work-plans/${planId}`);
      const activity = page.locator('article', { hasText: '3(b) The Coordinators will consider' });
      expect(await activity.locator('.badge').textContent()).toBe('Done');
      expect(await activity.textContent()).toContain('2023-Q1, 2023-Q2');
      expect(await activity.locator('a[href="/meetings/11MSP"]').count()).toBe(1);
    } finally {
      await context.close();
    }
  }, 90_000);
});
