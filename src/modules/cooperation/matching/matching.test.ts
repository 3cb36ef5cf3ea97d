import { describe, expect, it } from 'vitest';
import {
  ctxFor,
  lebanonFocalPoint,
  makeUser,
  signedIn,
  signIn,
  TEST_NOW,
  testApp,
} from '../../../../test/app.js';
import { engines, useFreshDatabase } from '../../../../test/db.js';
import type { Db } from '../../../db/client.js';
import { anonymous, systemActor } from '../../../kernel/actor.js';
import { createContext } from '../../../kernel/context.js';
import { recordLedgerEntry } from '../ledger/record-ledger-entry.js';
import { setExchangeRate } from '../ledger/set-exchange-rate.js';
import { addNeed, setNeedStatus } from '../needs/index.js';
import { getNeed } from '../needs/queries.js';
import { createOffer } from '../offers/create-offer.js';
import { DEMO_ORGANISATION, ensureDemoOffers } from '../offers/demo.js';
import { listOffers } from '../offers/queries.js';
import { loadDeadlines, matchesForNeed, needsForOffer } from './load.js';

const TODAY = '2026-11-23';

/**
 * Lebanon asks for Article 4 money: USD 1.2 million, USD 400,000 of its own, and Germany has already
 * committed USD 300,000 to it in the ledger: USD 500,000 is left, a small gap.
 */
async function scene(db: Db) {
  const isu = createContext(db, systemActor('test'), { now: TEST_NOW });
  const { id: needId } = await addNeed(isu, {
    stateIso3: 'LBN',
    area: 'art4',
    type: 'financial',
    description: 'Clearance of the remaining cluster munition remnants in the south',
    activitiesTimeframe: 'Survey and clearance, 2026–2027',
    estimatedCost: '1200000',
    currency: 'USD',
    nationalContribution: '400000',
    isPublic: 'yes',
  });
  const { id: otherNeed } = await addNeed(isu, {
    stateIso3: 'IRQ',
    area: 'art4',
    type: 'technical',
    description: 'Technical survey of contaminated farmland',
    isPublic: 'yes',
  });
  await setExchangeRate(isu, { currency: 'EUR', year: 2026, usdPerUnit: '1.1', source: 'test rate' });
  await recordLedgerEntry(isu, {
    providerIso3: 'DEU',
    recipientIso3: 'LBN',
    year: '2025',
    area: 'art4',
    type: 'financial',
    amount: '300000',
    currency: 'USD',
    status: 'committed',
    needId: String(needId),
  });
  const deu = await makeUser(db, { role: 'partner', stateIso3: 'DEU' });
  const nor = await makeUser(db, { role: 'partner', stateIso3: 'NOR' });
  const { id: deuOffer } = await createOffer(ctxFor(db, deu), {
    title: 'German clearance funding',
    areas: ['art4', 'art5'],
    types: ['financial'],
    priorityStates: 'LBN',
    multiYear: 'yes',
    annualAmount: '2000000',
    currency: 'EUR',
    contact: 'desk@example.org',
  });
  await createOffer(ctxFor(db, nor), {
    title: 'Norwegian clearance funding',
    areas: ['art4'],
    types: ['financial'],
    annualAmount: '100000',
    currency: 'USD',
    contact: 'desk@example.no',
  });
  // An organisation for victim assistance only: never a match for an Article 4 need.
  await createOffer(isu, {
    organisation: 'VA Org',
    title: 'Victim assistance',
    areas: ['art5'],
    types: ['technical'],
    contact: 'va@example.org',
  });
  // A lapsed Article 4 offer: it leaves matching.
  await createOffer(createContext(db, systemActor('test'), { now: new Date('2025-06-01T10:00:00Z') }), {
    organisation: 'Old Org',
    title: 'Old clearance offer',
    areas: ['art4'],
    types: ['financial'],
    priorityStates: 'LBN',
    contact: 'old@example.org',
  });
  return { needId, otherNeed, deuOffer, deu, nor };
}

describe.each(engines)('matching from the database on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('ranks the partners of a need with history, committed amounts, rates and the deadline', async () => {
    const { db } = database();
    const s = await scene(db);
    const need = await getNeed(db, s.needId, TODAY);
    const { urgency, matches } = await matchesForNeed(db, need, TODAY);
    expect(matches.map((m) => m.partnerKey)).toEqual(['state:DEU', 'state:NOR']);
    const [deu, nor] = matches;
    const part = (m: typeof deu, id: string) => m?.components.find((c) => c.id === id);
    expect(part(deu, 'priority')?.reason.key).toBe('matching:reason.priority.state');
    expect(part(deu, 'history')?.reason).toEqual({
      key: 'matching:reason.history.recent',
      params: { state: 'LBN', years: '2025', count: 1 },
    });
    // EUR 2,000,000 at 1.1 covers the USD 500,000 left; Norway's USD 100,000 is a fifth of it.
    expect(part(deu, 'capacity')?.reason.params).toEqual({ annual: 2_200_000, gap: 500_000 });
    expect(part(nor, 'capacity')?.reason.params).toEqual({ annual: 100_000, gap: 500_000, percent: 20 });
    // The timeframe names two years: multi-year counts, and Germany can fund over several years.
    expect(part(deu, 'multiYear')?.points).toBe(5);
    expect(part(nor, 'multiYear')?.points).toBe(0);
    expect(deu?.score).toBe(100);

    const lbn = (await loadDeadlines(db, TODAY)).get('LBN');
    expect(lbn?.art4).toBeTruthy();
    expect(urgency.article).toBe(4);
    expect(urgency.deadline).toBe(lbn?.art4);
    expect(urgency.gapUsd).toBe(500_000);
    // Lebanon's Article 4 deadline (2026-05-01 in the registry) has passed with the obligation open:
    // the USD 500,000 left is the "small obstacle to completion" case.
    expect(urgency.overdue).toBe(true);
    expect(urgency.smallGapNearDeadline).toBe(true);
    expect(urgency.score).toBe(100);
  });

  it('the need page shows the ranked partners in words to signed-in people, and nothing to the public', async () => {
    const { db } = database();
    const s = await scene(db);
    const { app, cookie } = await signedIn(database(), lebanonFocalPoint);
    const res = await app.request(`/cooperation/needs/${s.needId}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('id="matching"');
    const deuAt = html.indexOf('data-partner="state:DEU"');
    const norAt = html.indexOf('data-partner="state:NOR"');
    expect(deuAt).toBeGreaterThan(0);
    expect(norAt).toBeGreaterThan(deuAt);
    expect(html).not.toContain('data-partner="org:VA Org"');
    expect(html).not.toContain('data-partner="org:Old Org"');
    expect(html).toContain('Lebanon is one of its priority States.');
    expect(html).toContain('It supported Lebanon in recent years (2025).');
    expect(html).toContain('Its yearly amount (USD 100,000) covers 20% of the gap left (USD 500,000).');
    expect(html).toContain('The gap left (USD 500,000) is small: USD 1,000,000 or less.');
    expect(html).toContain('data-flag="small-gap-near-deadline"');
    expect(html).toContain('Urgency: 100 of 100');

    // In French the reasons name the State in French, from its code: never the registry's English name.
    const fr = await (
      await app.request(`/cooperation/needs/${s.needId}`, { headers: { cookie: `${cookie}; lang=fr` } })
    ).text();
    expect(fr).toContain('Liban fait partie de ses États prioritaires.');
    expect(fr).toContain('Il a soutenu Liban ces dernières années (2025).');
    expect(fr).not.toContain('Lebanon');

    const pub = await app.request(`/cooperation/needs/${s.needId}`);
    expect(pub.status).toBe(200);
    const pubHtml = await pub.text();
    expect(pubHtml).not.toContain('id="matching"');
    expect(pubHtml).not.toContain('data-partner=');

    // A met need: a sentence instead of partners.
    await setNeedStatus(createContext(db, systemActor('test'), { now: TEST_NOW }), {
      id: s.needId,
      status: 'met',
    });
    const met = await (await app.request(`/cooperation/needs/${s.needId}`, { headers: { cookie } })).text();
    expect(met).toContain('data-matching="closed"');
    expect(met).toContain('This need is met');
    expect(met).not.toContain('data-partner=');
  });

  it('the offer page ranks the open needs for that offer, and a lapsed offer shows a sentence', async () => {
    const { db } = database();
    const s = await scene(db);
    const app = testApp(database());
    const offer = (await listOffers(db, TODAY)).find((o) => o.id === s.deuOffer);
    if (!offer) throw new Error('no offer');
    const ranked = await needsForOffer(db, s.deu, offer, TODAY);
    // Lebanon is a priority State with a small gap; Iraq is neither.
    expect(ranked.map((r) => r.need.id)).toEqual([s.needId, s.otherNeed]);
    const cookie = await signIn(app, s.deu.email);
    const html = await (
      await app.request(`/cooperation/offers/${s.deuOffer}`, { headers: { cookie } })
    ).text();
    const first = html.indexOf(`data-need="${s.needId}"`);
    const second = html.indexOf(`data-need="${s.otherNeed}"`);
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(html).toContain(`href="/cooperation/needs/${s.needId}"`);
    // The offer page's reasons, in Spanish, name the States in Spanish.
    const es = await (
      await app.request(`/cooperation/offers/${s.deuOffer}`, { headers: { cookie: `${cookie}; lang=es` } })
    ).text();
    expect(es).toContain('Líbano');
    expect(es).not.toContain('Lebanon');

    const old = (await listOffers(db, TODAY)).find((o) => o.title === 'Old clearance offer');
    expect(old?.status).toBe('lapsed');
    expect(await needsForOffer(db, anonymous, old!, TODAY)).toEqual([]);
    const oldPage = await (
      await app.request(`/cooperation/offers/${old?.id}`, { headers: { cookie } })
    ).text();
    expect(oldPage).toContain('data-matching="closed"');
    expect(oldPage).not.toContain('data-need=');
  });

  it('the demonstration offers match the demonstration partners, the lapsed one left out', async () => {
    const { db } = database();
    const isu = createContext(db, systemActor('test'), { now: TEST_NOW });
    await ensureDemoOffers(db, TEST_NOW);
    const { id } = await addNeed(isu, {
      stateIso3: 'LBN',
      area: 'art3',
      description: 'Destruction of the last stockpile',
    });
    const keys = (await matchesForNeed(db, await getNeed(db, id, TODAY), TODAY)).matches.map(
      (m) => m.partnerKey,
    );
    // Only the organisation offers Article 3, in a live offer; its lapsed Article 3 offer is ignored.
    expect(keys).toEqual([`org:${DEMO_ORGANISATION}`]);
  });
});
