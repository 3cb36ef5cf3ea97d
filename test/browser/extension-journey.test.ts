import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.js';
import { ensureDemoAccounts } from '../../src/modules/accounts/index.js';
import { users } from '../../src/modules/accounts/schema.js';
import { lebanonScenario } from '../../src/modules/extensions/testing.js';
import { getStateView, listExtensionRequests } from '../../src/modules/states/index.js';
import { makeUser, TEST_NOW } from '../app.js';
import { holdCoordinatorOffices } from '../coordinators.js';
import { browserSuite, chromiumAvailable } from './harness.js';

/*
 * Issue 13's journey, with JavaScript off: Lebanon's focal point prepares an Article 4 extension
 * request pre-filled from its reports, adds a costed plan and submits it; the ISU forms the Analysis
 * Group; its clearance Coordinator asks a question, the focal point answers, the Coordinator drafts
 * the analysis, the ISU records the decision, and the deadline on the profile moves.
 */
const TODAY = TEST_NOW.toISOString().slice(0, 10);

/** The demonstration Coordinator also holds the clearance office from 2025 on (a test record). */
async function clearanceCoordinator(db: Db) {
  await ensureDemoAccounts(db);
  const isu = await makeUser(db, { role: 'isu' });
  const all = await db.select({ id: users.id, email: users.email }).from(users);
  const demo = all.find((u) => u.email === 'coordinator@demo.ccm.local')!;
  await holdCoordinatorOffices(db, isu, demo.id, ['clearance_risk_reduction'], { from: '2025', to: null });
}

/** Presses the button of the form posting to `action` and waits to be back on the page at `landing`. */
async function pressAndLand(page: Page, action: string, landing: string) {
  await page.click(`form[action="${action}#errors"] button[type=submit]`);
  await page.waitForURL((u) => u.pathname === landing);
}

describe.skipIf(!chromiumAvailable)(
  'an extension request and its analysis in Chromium, without JavaScript',
  () => {
    let db: Db;
    const suite = browserSuite(async (database) => {
      db = database.db as Db;
      await lebanonScenario(db);
      await clearanceCoordinator(db);
    });

    it('request → plan → submission → question and answer → draft analysis → decision → new deadline', async () => {
      const before = (await getStateView(db, 'LBN', TODAY)).obligations.find((o) => o.article === 4);
      expect(before?.currentDeadline).toBe('2026-05-01');

      // The focal point starts from its State's profile; the request is pre-filled from its reports.
      const fp = await suite.signedIn('lbn@demo.ccm.local');
      await fp.goto(`${suite.baseUrl}/states/LBN`);
      await fp.click('form[action="/extension-requests/new#errors"] button:has-text("Article 4")');
      await fp.waitForURL((u) => /^\/extension-requests\/\d+$/.test(u.pathname));
      const requestPath = new URL(fp.url()).pathname;
      const draft = (await fp.textContent('main')) ?? '';
      expect(draft).toContain('1,300,000');
      expect(draft).toContain('Pre-filled from the 2024 report');

      // The elements the reports cannot give: how long, and why.
      await fp.goto(`${suite.baseUrl}${requestPath}/edit`);
      await fp.fill('[name=durationYears]', '5');
      await fp.fill('[name=reasons]', 'New areas were found in the south.');
      await pressAndLand(fp, `${requestPath}/edit`, requestPath);

      // A costed plan by year, then the submission.
      await fp.goto(`${suite.baseUrl}${requestPath}/plan`);
      for (const [field, value] of Object.entries({
        year: '2027',
        milestone: 'Survey of the south',
        quantity: '400000',
        cost: '1000000',
        nationalFunding: '200000',
        externalFunding: '300000',
      }))
        await fp.fill(`[name="rows.0.${field}"]`, value);
      await fp.selectOption('select[name="rows.0.currency"]', 'USD');
      await pressAndLand(fp, `${requestPath}/plan`, requestPath);
      expect(await fp.textContent('main')).toContain('Survey of the south');
      // Past the deadline in force, the submission is recorded with its reason, and flagged.
      await fp.fill(
        `form[action="${requestPath}/submit#errors"] textarea[name=note]`,
        'Late: the survey ended in 2026.',
      );
      await pressAndLand(fp, `${requestPath}/submit`, requestPath);
      expect(await fp.textContent('main')).toContain('Submitted');

      // The submission is the registry's request: the Analysis Group works on it.
      const submitted = (await listExtensionRequests(db, TODAY))
        .filter((r) => r.iso3 === 'LBN')
        .sort((a, b) => b.id - a.id)[0]!;
      const workspace = `/extension-analyses/${submitted.id}`;

      const isu = await suite.signedIn('isu@demo.ccm.local');
      await isu.goto(`${suite.baseUrl}${workspace}`);
      const coordinatorOption = await isu
        .locator('select[name=userId] option', { hasText: 'Demo Coordinator' })
        .getAttribute('value');
      await isu.selectOption('select[name=userId]', coordinatorOption!);
      await isu.selectOption('select[name=role]', 'area_coordinator');
      await pressAndLand(isu, `${workspace}/members`, workspace);

      const coordinator = await suite.signedIn('coordinator@demo.ccm.local');
      await coordinator.goto(`${suite.baseUrl}${workspace}`);
      await coordinator.fill('textarea#question-body', 'What area remains in the south?');
      await pressAndLand(coordinator, `${workspace}/questions`, workspace);

      await fp.goto(`${suite.baseUrl}${workspace}`);
      expect(await fp.textContent('main')).toContain('What area remains in the south?');
      await fp.fill('form[action$="/answers#errors"] textarea[name=body]', 'About 14 km², surveyed in 2026.');
      await fp.click('form[action$="/answers#errors"] button[type=submit]');
      await fp.waitForURL((u) => u.pathname === workspace);

      await coordinator.goto(`${suite.baseUrl}${workspace}`);
      expect(await coordinator.textContent('main')).toContain('About 14 km², surveyed in 2026.');
      await coordinator.fill(
        `form[action="${workspace}/draft#errors"] textarea[name=body]`,
        'The plan is costed by year.',
      );
      await coordinator.selectOption(
        `form[action="${workspace}/draft#errors"] select[name=recommendation]`,
        'grant',
      );
      await pressAndLand(coordinator, `${workspace}/draft`, workspace);
      expect(await coordinator.textContent('main')).toContain('The plan is costed by year.');

      // The ISU records the decision; the deadline on the public profile moves.
      await isu.goto(`${suite.baseUrl}${workspace}`);
      await isu.selectOption(`form[action="${workspace}/decision#errors"] select[name=outcome]`, 'granted');
      await isu.fill(`form[action="${workspace}/decision#errors"] input[name=newDeadline]`, '2031-05-01');
      await pressAndLand(isu, `${workspace}/decision`, workspace);
      const after = (await getStateView(db, 'LBN', TODAY)).obligations.find((o) => o.article === 4);
      expect(after?.currentDeadline).toBe('2031-05-01');
      const profile = await (await suite.browser.newContext({ javaScriptEnabled: false })).newPage();
      await profile.goto(`${suite.baseUrl}/states/LBN`);
      expect(await profile.textContent('main')).toContain('1 May 2031');
    }, 180_000);
  },
);
