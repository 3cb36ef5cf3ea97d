import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, chromiumAvailable, newContext, signInDemo } from './harness.js';

describe.skipIf(!chromiumAvailable)('browser journeys in Chromium', () => {
  const suite = browserSuite();

  async function signIn(page: Page, email: string) {
    await signInDemo(page, suite.baseUrl, email);
  }

  it('the public browses States, a profile and the deadlines with JavaScript disabled', async () => {
    const context = await newContext(suite.browser, { javaScript: false });
    const page = await context.newPage();
    await page.goto(`${suite.baseUrl}/`);
    expect(await page.locator('h1').first().textContent()).toContain('Convention on Cluster Munitions');
    expect(await page.locator('svg').count()).toBeGreaterThan(0);

    await page.click('header nav >> text=States');
    await page.selectOption('select[name=status]', 'state_party');
    await page.click('form.filters button[type=submit]');
    await expect.poll(() => page.url()).toContain('status=state_party');
    expect(await page.locator('main table tbody tr').count()).toBe(112);

    await page.click('main table >> text=Lebanon');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/states/LBN');
    const profile = await page.locator('main').textContent();
    expect(profile).toContain('1 May 2026');
    expect(profile).toContain('1 May 2011');

    await page.click('header nav >> text=Deadlines');
    const rows = page.locator('main table').first().locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(5);
    expect(await page.locator('main').textContent()).toContain('Lebanon');
    await page.screenshot({ path: 'test-results/deadlines.png', fullPage: true });

    // Language choice by link, kept across pages.
    await page.click('header .lang >> text=Français');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.goto(`${suite.baseUrl}/states`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await context.close();
  });

  it("a focal point signs in and is refused another State's edit", async () => {
    const context = await newContext(suite.browser);
    const page = await context.newPage();
    await signIn(page, 'chl@demo.ccm.local');
    expect(await page.locator('header .session').textContent()).toContain('Demo focal point CHL');

    // The profile of another State offers no edit links to this focal point...
    await page.goto(`${suite.baseUrl}/states/LBN`);
    expect(await page.locator('a[href="/states/LBN/edit"]').count()).toBe(0);
    // ...and going there directly is refused.
    const res = await page.goto(`${suite.baseUrl}/states/LBN/edit`);
    expect(res?.status()).toBe(403);
    expect(await page.locator('main').textContent()).toContain('not allowed');
    const decision = await page.goto(
      `${suite.baseUrl}/states/LBN/obligations/4/events/new?kind=extension_decided`,
    );
    expect(decision?.status()).toBe(403);
    await context.close();
  });

  it('the ISU records an extension decision and the deadline changes', async () => {
    const context = await newContext(suite.browser);
    const page = await context.newPage();
    await signIn(page, 'isu@demo.ccm.local');
    await page.goto(`${suite.baseUrl}/states/LBN/obligations/4/events/new?kind=extension_decided`);

    // First a mistake: granted without a new deadline is refused at the field, nothing lost.
    await page.selectOption('select[name=outcome]', 'granted');
    await page.fill('input[name=meeting]', '13MSP');
    await page.click('main form button[type=submit]');
    expect(await page.locator('#f-newDeadline').getAttribute('aria-invalid')).toBe('true');
    expect(await page.inputValue('input[name=meeting]')).toBe('13MSP');

    await page.fill('input[name=newDeadline]', '2031-05-01');
    await page.fill('input[name=occurredOn]', '2025-09-12');
    await page.click('main form button[type=submit]');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/states/LBN');
    expect(await page.locator('main').textContent()).toContain('1 May 2031');

    await page.goto(`${suite.baseUrl}/deadlines`);
    const lebanon = page.locator('main table').first().locator('tr', { hasText: 'Lebanon' });
    expect(await lebanon.first().textContent()).toContain('2031');
    await context.close();
  });
});
