import { describe, expect, it } from 'vitest';
import { seedCalendar } from '../../src/modules/calendar/index.js';
import { ensureDemoData } from '../../src/modules/cooperation/index.js';
import { TEST_NOW } from '../app.js';
import {
  browserSuite,
  chromiumAvailable,
  expectFitsWithoutViolations,
  onPhone,
  signInDemo,
} from './harness.js';

// Each demonstration role signs in, lands on its start page, and the page (and the inbox) fits a
// phone 320 px wide with no axe-core violation (WCAG 2.1 AA).
describe.skipIf(!chromiumAvailable)('start pages and the inbox at 320 px', () => {
  const suite = browserSuite(async (database) => {
    await seedCalendar(database.db);
    await ensureDemoData(database.db, TEST_NOW);
  });

  it.each([
    ['lbn@demo.ccm.local', 'focal point of Lebanon'],
    ['deu@demo.ccm.local', 'the needs that fit your offers'],
    ['coordinator@demo.ccm.local', 'your area'],
    ['isu@demo.ccm.local', 'what waits for review'],
  ])(
    '%s lands on its start page, which fits 320 px and passes axe-core; so does its inbox',
    async (email, intro) => {
      await onPhone(suite.browser, async (page) => {
        await signInDemo(page, suite.baseUrl, email);
        expect(new URL(page.url()).pathname).toBe('/start');
        expect(await page.locator('main').textContent()).toContain(intro);
        for (const path of ['/start', '/inbox']) {
          if (path !== '/start') await page.goto(`${suite.baseUrl}${path}`);
          await expectFitsWithoutViolations(page, path);
        }
      });
    },
    90_000,
  );
});
