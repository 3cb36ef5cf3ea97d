import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { systemActor } from '../../src/kernel/actor.js';
import { createContext } from '../../src/kernel/context.js';
import { reportWithFormF } from '../reports.js';
import { browserSuite, chromiumAvailable, newContext, signInDemo } from './harness.js';

describe.skipIf(!chromiumAvailable)('Article 7 report journey in Chromium, without JavaScript', () => {
  const suite = browserSuite(async (database) => {
    // Lebanon's 2022 report, submitted in March 2023 through the same verbs as the pages use.
    const ctx = createContext(database.db, systemActor('test:seed'), {
      now: new Date('2023-03-01T10:00:00Z'),
    });
    const values = {
      contaminatedAreas: [
        { location: 'Nabatieh', area: 1_200_000, remnantTypes: 'M42, M77', dateOfUse: '2006' },
      ],
      clearedInPeriod: [{ location: 'Nabatieh', area: 250_000, submunitionsDestroyed: 312 }],
      totalRemainingArea: 950_000,
    };
    await reportWithFormF(ctx, { iso3: 'LBN', year: 2022 }, values, { submit: true });
  });

  async function signIn(page: Page, email: string) {
    await signInDemo(page, suite.baseUrl, email);
  }
  const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? '';
  const onOverview = (page: Page) => page.waitForURL((u) => /^\/reports\/\d+$/.test(u.pathname));
  /** Confirms, one by one, every consistency warning still open on the form shown. */
  async function confirmWarnings(page: Page) {
    const confirm = page.locator('main button:has-text("Confirm as reported")');
    while ((await confirm.count()) > 0) {
      await confirm.first().click();
      await page.waitForLoadState();
      expect(await mainText(page)).toContain('The figures were confirmed as reported.');
    }
  }

  it('pre-fill, edit a table, submit, amend one cell, and see exactly that change', async () => {
    const fp = await newContext(suite.browser, { javaScript: false });
    const page = await fp.newPage();
    await signIn(page, 'lbn@demo.ccm.local');

    // Start 2023 from the State's reports page: it arrives pre-filled from 2022.
    await page.goto(`${suite.baseUrl}/states/LBN/reports`);
    await page.selectOption('select[name=year]', '2023');
    await page.click('main form[action="/states/LBN/reports#errors"] button[type=submit]');
    await onOverview(page);
    const reportPath = new URL(page.url()).pathname;
    expect(await mainText(page)).toContain('Pre-filled from the report for 2022.');

    // Form F: last year's rows are there; a newly cleared area goes into the first blank row.
    await page.click('main a[href$="/versions/1/forms/F"] >> nth=0');
    await page.waitForURL((u) => u.pathname.endsWith('/versions/1/forms/F'));
    expect(await page.inputValue('[name="v.contaminatedAreas.0.location"]')).toBe('Nabatieh');
    expect(await page.inputValue('[name="v.clearedInPeriod.0.submunitionsDestroyed"]')).toBe('312');
    await page.fill('[name="v.clearedInPeriod.1.location"]', 'Marjayoun');
    await page.fill('[name="v.clearedInPeriod.1.area"]', '180000');
    await page.fill('[name="v.clearedInPeriod.1.submunitionsDestroyed"]', '95');
    await page.fill('[name="v.totalRemainingArea"]', '770000');
    await page.check('input[name=status][value=changed]');
    await page.screenshot({ path: 'test-results/report-form-f.png', fullPage: true });
    await page.click('button[name=intent][value=save]');
    // 770,000 m² remaining disagrees with the rows and with last year's figures: the form comes
    // back with the warnings at their cells, and the focal point confirms them as reported.
    await page.waitForURL((u) => u.pathname.endsWith('/versions/1/forms/F'));
    expect(await mainText(page)).toContain('figures disagree with others');
    expect(await mainText(page)).toContain('is not the sum of the contaminated areas listed');
    await confirmWarnings(page);
    await page.goto(`${suite.baseUrl}${reportPath}`);

    // Submitting with forms still unconfirmed is allowed: the page warns, it does not block.
    expect(await mainText(page)).toContain('forms have no status yet');
    await page.click('main form[action$="/submit#errors"] button[type=submit]');
    await onOverview(page);
    expect(await mainText(page)).toContain('Version 1 was submitted.');

    // The ISU sees it submitted on the State's reports page.
    const isu = await newContext(suite.browser, { javaScript: false });
    const isuPage = await isu.newPage();
    await signIn(isuPage, 'isu@demo.ccm.local');
    await isuPage.goto(`${suite.baseUrl}/states/LBN/reports`);
    const row2023 = isuPage.locator('main table tbody tr', {
      has: isuPage.locator('th', { hasText: /^2023$/ }),
    });
    expect(await row2023.textContent()).toContain('Submitted');
    expect(await row2023.textContent()).toContain('Online');
    await isu.close();

    // The focal point amends: version 2 changes one cell and is submitted.
    await page.click('main form[action$="/amend#errors"] button[type=submit]');
    await onOverview(page);
    expect(await mainText(page)).toContain('Version 2 was opened to amend the report.');
    await page.click('main a[href$="/versions/2/forms/F"] >> nth=0');
    await page.waitForURL((u) => u.pathname.endsWith('/versions/2/forms/F'));
    expect(await page.inputValue('[name="v.clearedInPeriod.1.location"]')).toBe('Marjayoun');
    await page.fill('[name="v.clearedInPeriod.1.submunitionsDestroyed"]', '97');
    await page.click('button[name=intent][value=save]');
    await page.waitForLoadState();
    // The areas are as confirmed in version 1: only new disagreements would ask again.
    await confirmWarnings(page);
    await page.goto(`${suite.baseUrl}${reportPath}`);
    await page.click('main form[action$="/submit#errors"] button[type=submit]');
    await onOverview(page);
    expect(await mainText(page)).toContain('Version 2 was submitted.');

    // The diff between the versions shows exactly that cell.
    await page.click('main a:has-text("Changes from version 1 to 2")');
    await page.waitForURL((u) => u.pathname.endsWith('/diff'));
    const rows = page.locator('main table tbody tr');
    expect(await rows.count()).toBe(1);
    const cells = await rows.first().locator('th, td').allTextContents();
    expect(cells).toEqual(['Areas cleared during the period, row 2, Submunitions destroyed', '95', '97']);

    // Version 1 still says what was first submitted.
    await page.goto(`${suite.baseUrl}${reportPath}/versions/1`);
    const cleared = page.locator('main table', { hasText: 'Areas cleared during the period' });
    const marjayoun = await cleared.locator('tr', { hasText: 'Marjayoun' }).textContent();
    expect(marjayoun).toContain('95');
    expect(marjayoun).not.toContain('97');
    await fp.close();
  });
});
