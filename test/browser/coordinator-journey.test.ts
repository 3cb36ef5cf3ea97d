import { describe, expect, it } from 'vitest';
import { seedCalendar } from '../../src/modules/calendar/index.js';
import { seedCoalitions } from '../../src/modules/coalitions/index.js';
import { browserSuite, chromiumAvailable, newContext, signInDemo } from './harness.js';

/*
 * Issue 12's journey, with JavaScript off: a Coordinator signs in and lands on its start page, opens
 * a State with a deadline from there, records a contact whose next step becomes an action item it
 * owns, and finds that item in its follow-ups and back on its start page.
 */
describe.skipIf(!chromiumAvailable)('a Coordinator’s day in Chromium, without JavaScript', () => {
  const suite = browserSuite(async (database) => {
    await seedCalendar(database.db);
    await seedCoalitions(database.db);
  });

  it('start page → a State with a deadline → a contact and its action item → the follow-ups', async () => {
    const context = await newContext(suite.browser, { javaScript: false });
    try {
      const page = await context.newPage();
      await signInDemo(page, suite.baseUrl, 'coordinator@demo.ccm.local');

      // Signing in lands on the start page, with the deadlines of the Coordinator's areas.
      expect(new URL(page.url()).pathname).toBe('/start');
      // The most urgent deadline first: open its State.
      const deadline = page.locator('section[aria-labelledby=deadlines] a[href^="/states/"]').first();
      const iso3 = /^\/states\/([A-Z]{3})#article-\d$/.exec((await deadline.getAttribute('href')) ?? '')?.[1];
      expect(iso3).toMatch(/^[A-Z]{3}$/);
      await deadline.click();
      expect(new URL(page.url()).pathname).toBe(`/states/${iso3}`);

      // From the State's page, a contact; its next step becomes an action item the Coordinator owns.
      await page.click(`main a[href="/follow-ups/contacts/new?state=${iso3}"]`);
      expect(await page.inputValue('input[name=stateIso3]')).toBe(iso3);
      await page.fill('input[name=contactedOn]', '2026-11-20');
      await page.selectOption('select[name=area]', 'clearance_risk_reduction');
      await page.fill('textarea[name=stateSide]', 'Head of the national mine action centre');
      await page.fill('textarea[name=outcome]', 'Survey results for the south are expected in January.');
      await page.fill('textarea[name=nextStep]', 'Share the survey plan with the clearance Coordinators');
      await page.check('input[name=createItem]');
      await page.selectOption('select[name=itemOwnerKind]', 'coordinator');
      await page.fill('input[name=itemOwner]', 'Demo Coordinator');
      const me = await page
        .locator('select[name=itemOwnerUserId] option', { hasText: 'Demo Coordinator' })
        .getAttribute('value');
      await page.selectOption('select[name=itemOwnerUserId]', me!);
      await page.fill('input[name=itemDueOn]', '2027-01-31');
      await page.click('main form button[type=submit]');
      await page.waitForURL((u) => /^\/follow-ups\/contacts\/\d+$/.test(u.pathname));
      expect(await page.textContent('main')).toContain(
        'Survey results for the south are expected in January.',
      );

      // The item is in the Coordinator's follow-ups and on its start page.
      await page.click('header nav >> text=Follow-ups');
      expect(new URL(page.url()).pathname).toBe('/follow-ups');
      expect(await page.textContent('main')).toContain(
        'Share the survey plan with the clearance Coordinators',
      );
      await page.goto(`${suite.baseUrl}/start`);
      expect(await page.textContent('section[aria-labelledby=follow-ups]')).toContain(
        'Share the survey plan with the clearance Coordinators',
      );
    } finally {
      await context.close();
    }
  }, 120_000);
});
