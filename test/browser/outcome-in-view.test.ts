import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seedCalendar } from '../../src/modules/calendar/index.js';
import { browserSuite, chromiumAvailable, signInDemo } from './harness.js';

/**
 * Where a person looks after an action, on a phone without JavaScript: a refused upload opens at
 * its errors, a saved change at its outcome, however far down the page the form or message sits.
 */

/** The element with this id is on the screen, and the address names it. */
async function expectInView(page: Page, id: string) {
  expect(new URL(page.url()).hash).toBe(`#${id}`);
  const box = await page.locator(`#${id}`).boundingBox();
  expect(box, `#${id} is on the page`).not.toBeNull();
  const viewport = page.viewportSize();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeLessThan(viewport!.height);
}

describe.skipIf(!chromiumAvailable)('the outcome of an action in view', () => {
  const suite = browserSuite(async (database) => {
    await seedCalendar(database.db);
  });

  async function isuOnPhone(): Promise<Page> {
    const context = await suite.browser.newContext({
      viewport: { width: 320, height: 640 },
      locale: 'en-GB',
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await signInDemo(page, suite.baseUrl, 'isu@demo.ccm.local');
    return page;
  }

  it('a refused participants list opens at its errors', async () => {
    const page = await isuOnPhone();
    await page.goto(`${suite.baseUrl}/meetings/11MSP/participants/upload`);
    await page.setInputFiles('input[type=file]', {
      name: 'participants.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('not,a,participants,list\n1,2,3,4\n'),
    });
    await Promise.all([page.waitForLoadState(), page.click('form[enctype] button[type=submit]')]);
    await page.waitForURL((u) => u.hash === '#errors');
    await expectInView(page, 'errors');
    expect(await page.locator('#errors').textContent()).not.toBe('');
    await page.context().close();
  });

  it('a saved working language opens the profile at its outcome', async () => {
    const page = await isuOnPhone();
    await page.goto(`${suite.baseUrl}/states/LBN/language?next=%2Fstates%2FLBN`);
    await page.selectOption('select[name=language]', 'ar');
    await Promise.all([
      page.waitForURL((u) => u.hash === '#outcome'),
      page.click('main button[type=submit]'),
    ]);
    expect(new URL(page.url()).pathname).toBe('/states/LBN');
    await expectInView(page, 'outcome');
    await page.context().close();
  });
});
