import { describe, expect, it } from 'vitest';
import { seedCalendar } from '../../src/modules/calendar/index.js';
import { ensureDemoData } from '../../src/modules/cooperation/index.js';
import { TEST_NOW } from '../app.js';
import { browserSuite, chromiumAvailable, expectFitsWithoutViolations, onPhone } from './harness.js';

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
  const suite = browserSuite(async (database) => {
    await seedCalendar(database.db);
    await ensureDemoData(database.db, TEST_NOW);
  });

  it.each(pages)(
    '%s fits 320 px without scrolling sideways and has no axe-core violation',
    async (path) => {
      await onPhone(suite.browser, async (page) => {
        const response = await page.goto(`${suite.baseUrl}${path}`);
        expect(response?.status()).toBe(200);
        await expectFitsWithoutViolations(page, path);
      });
    },
    60_000,
  );
});
