import { describe, expect, it } from 'vitest';
import { seedCalendar } from '../../src/modules/calendar/index.js';
import { listWorkPlans, seedWorkPlans } from '../../src/modules/workplans/index.js';
import {
  browserSuite,
  chromiumAvailable,
  expectFitsWithoutViolations,
  newContext,
  onPhone,
  signInDemo,
} from './harness.js';

describe.skipIf(!chromiumAvailable)('work plans in Chromium', () => {
  let planId = 0;
  const suite = browserSuite(async (database) => {
    await seedCalendar(database.db);
    await seedWorkPlans(database.db);
    planId = (await listWorkPlans(database.db))[0]!.id;
  });

  it('the list and a plan fit 320 px without scrolling sideways and have no axe-core violation', async () => {
    await onPhone(suite.browser, async (page) => {
      for (const path of ['/work-plans', `/work-plans/${planId}`]) {
        expect((await page.goto(`${suite.baseUrl}${path}`))?.status()).toBe(200);
        await expectFitsWithoutViolations(page, path);
      }
    });
  }, 90_000);

  it('a Coordinator marks an activity done with JavaScript disabled and sees it in the plan', async () => {
    const context = await newContext(suite.browser, { javaScript: false });
    try {
      const page = await context.newPage();
      await signInDemo(page, suite.baseUrl, 'coordinator@demo.ccm.local');

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
