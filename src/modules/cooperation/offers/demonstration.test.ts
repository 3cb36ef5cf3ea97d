import { describe, expect, it } from 'vitest';
import { appSignedInAs, ctxFor, makeUser, TEST_NOW } from '../../../../test/app.js';
import { engines, useFreshDatabase } from '../../../../test/db.js';
import { demonstrationReportWithNeed, lebanonReportedNeed } from '../needs/testing.js';
import { createOffer } from './create-offer.js';
import { ensureDemoOffers } from './demo.js';
import { listOffers } from './queries.js';

describe.each(engines)('demonstration data on the offer pages on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('an offer page says so when the offer or a need ranked for it is demonstration data', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const real = await createOffer(ctxFor(db, isu), {
      partnerIso3: 'NOR',
      title: 'Clearance in Western Asia',
      areas: ['art4'],
      types: ['financial'],
      priorityRegions: [],
      priorityStates: 'LBN',
      multiYear: 'no',
      annualAmount: '',
      currency: '',
      contact: 'desk@example.org',
    });
    const session = await appSignedInAs(database(), isu);
    const get = async (path: string) => (await session.get(path)).text();
    const realPage = `/cooperation/offers/${real.id}`;

    // A real offer and no demonstration need: nothing says "demonstration".
    expect(await get('/cooperation/offers')).not.toContain('data-demonstration');
    expect(await get(realPage)).not.toContain('data-demonstration');

    // A need from a demonstration report is ranked for the real offer: its page says so.
    await demonstrationReportWithNeed(db, 'LBN', '2026-06-01');
    const ranked = await get(realPage);
    expect(ranked).toContain('Survey of the northern provinces');
    expect(ranked).toContain('data-demonstration="true"');
    expect(ranked).toContain('<span class="badge muted">Demonstration data</span>');

    await ensureDemoOffers(db, TEST_NOW);
    const demo = (await listOffers(db, '2026-11-23')).find((o) => o.demonstration);
    expect(demo).toBeDefined();
    expect(await get(`/cooperation/offers/${demo?.id}`)).toContain('data-demonstration="true"');
    const list = await get('/cooperation/offers');
    expect(list).toMatch(
      new RegExp(`data-offer="${demo?.id}"[\\s\\S]*?<span class="badge muted">Demonstration data</span>`),
    );
    expect(list).not.toMatch(
      new RegExp(`data-offer="${real.id}">(?:(?!</tr>)[\\s\\S])*badge muted">Demonstration data`),
    );
  });

  it("a State's own need says so where demonstration offers are ranked for it", async () => {
    const { db } = database();
    const { isu, need } = await lebanonReportedNeed(db, {
      area: 'art4',
      type: 'financial',
      description: 'Clearance of the southern districts',
    });
    const { get } = await appSignedInAs(database(), isu);
    const page = async () => (await get(`/cooperation/needs/${need.id}`)).text();
    const before = await page();
    expect(before).toContain('id="matching"');
    expect(before).not.toContain('data-demonstration');

    await ensureDemoOffers(db, TEST_NOW);
    const after = await page();
    expect(after).toContain('(demonstration)');
    expect(after).toMatch(/id="matching"[\s\S]*data-demonstration="true"/);
  });
});
