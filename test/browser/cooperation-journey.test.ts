import { describe, expect, it } from 'vitest';
import { ensureDemoData } from '../../src/modules/cooperation/index.js';
import { TEST_NOW } from '../app.js';
import { browserSuite, chromiumAvailable, newContext } from './harness.js';

const LEBANON_NEED = 'clearance of cluster munition remnants in the South Lebanon';

// A need answered end to end in a real browser without JavaScript: the public view, the matching
// explanations, the partner's three steps, and the recipient's confirmation landing in the ledger.
describe.skipIf(!chromiumAvailable)('cooperation journey in Chromium', () => {
  const suite = browserSuite((database) => ensureDemoData(database.db, TEST_NOW));

  it('the public sees consented, current needs only, and no matching', async () => {
    const page = await (await newContext(suite.browser, { javaScript: false })).newPage();
    await page.goto(`${suite.baseUrl}/cooperation/needs`);
    const list = (await page.locator('main table').textContent()) ?? '';
    expect(list).toContain(LEBANON_NEED);
    // Iraq's demonstration need is published but lapsed: it has left the public view.
    expect(list).not.toContain('prostheses');
    expect(list).not.toContain('Lapsed');
    // The 2022 needs were never published.
    expect(list).not.toContain('Not specified in the source');
    await page.click(`main table >> text=${LEBANON_NEED}`);
    expect(await page.locator('h1').textContent()).toContain('Lebanon');
    expect(await page.locator('main').textContent()).not.toContain('Partners who could help');
  });

  it('a partner sees why it ranks, responds, commits and delivers; the State confirms into the ledger', async () => {
    const partner = await suite.signedIn('deu@demo.ccm.local');
    await partner.goto(`${suite.baseUrl}/cooperation/needs`);
    await partner.click(`main table >> text=${LEBANON_NEED}`);
    const needUrl = partner.url();
    const matches = partner.locator('main table', { hasText: 'Why' });
    expect(await matches.locator('tbody tr').first().textContent()).toContain('Germany');
    expect(await matches.textContent()).toContain('Lebanon is one of its priority States');

    await partner.click('main button:text-is("We are interested")');
    await partner.waitForURL((u) => u.pathname === new URL(needUrl).pathname);
    await partner.fill('input[name=amount]', '250000');
    await partner.selectOption('select[name=currency]', 'EUR');
    await partner.click('main button:text-is("We commit")');
    await partner.fill('input[name=deliveredOn]', '2026-11-20');
    await partner.click('main button:text-is("Delivered")');
    expect(await partner.locator('main').textContent()).toContain('Delivered, awaiting confirmation');

    const state = await suite.signedIn('lbn@demo.ccm.local');
    await state.goto(`${suite.baseUrl}/cooperation/responses`);
    expect(await state.locator('main').textContent()).toContain('Germany');
    await state.goto(needUrl);
    await state.selectOption('select[name=needNowIs]', 'partly_met');
    await state.click('main button:text-is("Confirm delivery")');
    const after = (await state.locator('main').textContent()) ?? '';
    expect(after).toContain('Delivery confirmed');
    expect(after).toContain('Partly met');

    await state.goto(`${suite.baseUrl}/cooperation/ledger?recipient=LBN&origin=handshake`);
    const ledger = (await state.locator('main').textContent()) ?? '';
    expect(ledger).toContain('Confirmed delivery');
    expect(ledger).toContain('250,000');
    await state.screenshot({ path: 'test-results/cooperation-ledger.png', fullPage: true });
  });
});
