import { describe, expect, it } from 'vitest';
import { needStatusesAskingForHelp } from '../../../../test/cooperation.js';
import {
  deadlineArticleOf,
  gapUsd,
  isLive,
  lastDayOf,
  type MatchNeed,
  type MatchOffer,
  matchPartner,
  type PartnerProfile,
  rankNeedsForPartner,
  rankPartnersForNeed,
  SMALL_GAP_USD,
  scoreOffer,
  spansSeveralYears,
  urgency,
} from './score.js';

const TODAY = '2026-11-23';

const need = (over: Partial<MatchNeed> = {}): MatchNeed => ({
  id: 1,
  stateIso3: 'LBN',
  stateName: 'Lebanon',
  region: 'Asia',
  area: 'art4',
  type: 'financial',
  status: 'open',
  estimatedCostUsd: 2_000_000,
  nationalContributionUsd: 500_000,
  committedUsd: 0,
  committedUnconverted: 0,
  multiYear: null,
  deadlines: { art3: null, art4: null },
  ...over,
});

const offer = (over: Partial<MatchOffer> = {}): MatchOffer => ({
  id: 10,
  title: 'Offer',
  areas: ['art4'],
  types: ['financial'],
  priorityRegions: [],
  priorityStates: [],
  multiYear: false,
  annualUsd: null,
  status: 'active',
  lastConfirmedOn: '2026-06-01',
  ...over,
});

const partner = (over: Partial<PartnerProfile> = {}): PartnerProfile => ({
  key: 'state:DEU',
  name: 'Germany',
  offers: [offer()],
  supportYears: {},
  ...over,
});

const part = (n: MatchNeed, o: MatchOffer, p: PartnerProfile = partner(), id = 'area') =>
  scoreOffer(n, o, p, TODAY).components.find((c) => c.id === id);

describe('spansSeveralYears', () => {
  it.each([
    [null, null],
    ['', null],
    ['Survey of the south', null],
    ['Clearance in 2026', false],
    ['Clearance 2025–2027', true],
    ['2025 and 2026', true],
    ['Over 3 years', true],
    ['over three years', true],
    ['sur trois ans', true],
    ['en dos años', true],
    ['1 year', false],
    ['one-off in 2026 and again in 2026', false],
  ])('%j → %j', (text, expected) => {
    expect(spansSeveralYears(text)).toBe(expected);
  });
});

describe('lastDayOf and deadlineArticleOf', () => {
  it.each([
    ['2026', '2026-12-31'],
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['2026-08-01', '2026-08-01'],
  ])('lastDayOf(%s) = %s', (d, e) => expect(lastDayOf(d)).toBe(e));

  it.each([
    ['art3', 3],
    ['art4', 4],
    ['risk_education', 4],
    ['art5', null],
    ['art7', null],
    ['art9', null],
    ['other', null],
  ] as const)('%s → Article %j', (area, art) => expect(deadlineArticleOf(area)).toBe(art));
});

describe('gapUsd', () => {
  it.each([
    [{ estimatedCostUsd: null }, null],
    [{ estimatedCostUsd: 1000, nationalContributionUsd: null }, 1000],
    [{ estimatedCostUsd: 1000, nationalContributionUsd: 200 }, 800],
    [{ estimatedCostUsd: 1000, nationalContributionUsd: 200, committedUsd: 300 }, 500],
    [{ estimatedCostUsd: 1000, nationalContributionUsd: 800, committedUsd: 300 }, -100],
  ] as const)('%j → %j', (over, expected) => expect(gapUsd(need(over))).toBe(expected));
});

describe('the score components', () => {
  it.each([
    ['same area', need({ area: 'art4' }), offer({ areas: ['art4'] }), 30, 'area.exact'],
    [
      'risk education from an Article 4 offer',
      need({ area: 'risk_education' }),
      offer({ areas: ['art4'] }),
      20,
      'area.related',
    ],
    [
      'risk education offered for itself',
      need({ area: 'risk_education' }),
      offer({ areas: ['risk_education'] }),
      30,
      'area.exact',
    ],
    [
      'Article 4 need, risk education offer',
      need({ area: 'art4' }),
      offer({ areas: ['risk_education'] }),
      0,
      'area.none',
    ],
    ['other area', need({ area: 'art5' }), offer({ areas: ['art3', 'art4'] }), 0, 'area.none'],
  ])('area: %s', (_label, n, o, points, key) => {
    expect(part(n, o)).toMatchObject({ points, max: 30, reason: { key: `matching:reason.${key}` } });
  });

  it.each([
    ['priority State', offer({ priorityStates: ['LBN'], priorityRegions: ['Africa'] }), 20, 'priority.state'],
    ['priority region', offer({ priorityRegions: ['Asia'] }), 12, 'priority.region'],
    ['no priorities at all', offer(), 6, 'priority.open'],
    ['priorities elsewhere (State)', offer({ priorityStates: ['IRQ'] }), 0, 'priority.elsewhere'],
    ['priorities elsewhere (region)', offer({ priorityRegions: ['Africa'] }), 0, 'priority.elsewhere'],
  ])('priority: %s', (_label, o, points, key) => {
    expect(part(need(), o, partner(), 'priority')).toMatchObject({
      points,
      max: 20,
      reason: { key: `matching:reason.${key}` },
    });
  });

  it('priority by region needs a known region', () => {
    expect(
      part(need({ region: null }), offer({ priorityRegions: ['Asia'] }), partner(), 'priority')?.points,
    ).toBe(0);
  });

  it.each([
    ['never', {}, 0, 'history.none'],
    ['another State only', { IRQ: [2025] }, 0, 'history.none'],
    ['this year', { LBN: [2026] }, 15, 'history.recent'],
    ['three years ago (still recent)', { LBN: [2023] }, 15, 'history.recent'],
    ['four years ago', { LBN: [2022] }, 8, 'history.earlier'],
    ['long ago and recently', { LBN: [2012, 2024, 2024] }, 15, 'history.recent'],
  ])('history: %s', (_label, years, points, key) => {
    const c = part(need(), offer(), partner({ supportYears: years }), 'history');
    expect(c).toMatchObject({ points, max: 15, reason: { key: `matching:reason.${key}` } });
  });

  it('history names the years, each once, in order', () => {
    const c = part(need(), offer(), partner({ supportYears: { LBN: [2024, 2012, 2024] } }), 'history');
    expect(c?.reason.params).toEqual({ state: 'LBN', years: '2012, 2024', count: 2 });
  });

  it.each([
    [
      'type offered',
      need({ type: 'technical' }),
      offer({ types: ['financial', 'technical'] }),
      15,
      'type.match',
    ],
    ['type not offered', need({ type: 'material' }), offer({ types: ['financial'] }), 0, 'type.none'],
    ['need does not say', need({ type: null }), offer({ types: ['financial'] }), 7, 'type.unstated'],
  ])('type: %s', (_label, n, o, points, key) => {
    expect(part(n, o, partner(), 'type')).toMatchObject({
      points,
      max: 15,
      reason: { key: `matching:reason.${key}` },
    });
  });

  // Gap of need() = 2,000,000 − 500,000 = 1,500,000.
  it.each([
    ['cost unknown', need({ estimatedCostUsd: null }), offer({ annualUsd: 5e6 }), 5, 'capacity.gapUnknown'],
    [
      'gap already covered',
      need({ committedUsd: 1_500_000 }),
      offer({ annualUsd: 5e6 }),
      0,
      'capacity.noGap',
    ],
    ['capacity unknown', need(), offer({ annualUsd: null }), 5, 'capacity.unknown'],
    ['capacity covers the gap', need(), offer({ annualUsd: 1_500_000 }), 15, 'capacity.covers'],
    ['capacity half the gap', need(), offer({ annualUsd: 750_000 }), 8, 'capacity.part'],
    ['capacity a tenth', need(), offer({ annualUsd: 150_000 }), 2, 'capacity.part'],
    ['capacity zero', need(), offer({ annualUsd: 0 }), 0, 'capacity.part'],
  ])('capacity: %s', (_label, n, o, points, key) => {
    expect(part(n, o, partner(), 'capacity')).toMatchObject({
      points,
      max: 15,
      reason: { key: `matching:reason.${key}` },
    });
  });

  it('capacity explains the share it covers', () => {
    expect(part(need(), offer({ annualUsd: 750_000 }), partner(), 'capacity')?.reason.params).toEqual({
      annual: 750_000,
      gap: 1_500_000,
      percent: 50,
    });
  });

  it.each([
    ['multi-year need, multi-year offer', true, true, 5],
    ['multi-year need, yearly offer', true, false, 0],
    ['one-year need', false, true, null],
    ['need does not say', null, false, null],
  ])('multi-year: %s', (_label, needMulti, offerMulti, points) => {
    const c = part(need({ multiYear: needMulti }), offer({ multiYear: offerMulti }), partner(), 'multiYear');
    if (points === null) expect(c).toBeUndefined();
    else expect(c).toMatchObject({ points, max: 5 });
  });
});

describe('the score', () => {
  it.each([
    // area 30 + priority 20 + history 15 + type 15 + capacity 15 = 95 of 95
    ['perfect, one-year', need(), offer({ priorityStates: ['LBN'], annualUsd: 2e6 }), { LBN: [2025] }, 100],
    // + multi-year 5 of 5 → 100 of 100
    [
      'perfect, multi-year',
      need({ multiYear: true }),
      offer({ priorityStates: ['LBN'], annualUsd: 2e6, multiYear: true }),
      { LBN: [2025] },
      100,
    ],
    // 95 of 100
    [
      'perfect but yearly',
      need({ multiYear: true }),
      offer({ priorityStates: ['LBN'], annualUsd: 2e6 }),
      { LBN: [2025] },
      95,
    ],
    // 30 + 6 + 0 + 15 + 5 = 56 of 95 → 59
    ['area and type only', need(), offer(), {}, 59],
    // 20 + 12 + 8 + 7 + 5 = 52 of 95 → 55
    [
      'related area, region, old history, unstated type and cost',
      need({ area: 'risk_education', type: null, estimatedCostUsd: null }),
      offer({ priorityRegions: ['Asia'] }),
      { LBN: [2015] },
      55,
    ],
  ])('%s → %i', (_label, n, o, years, expected) => {
    const s = scoreOffer(n, o, partner({ supportYears: years }), TODAY);
    expect(s.score).toBe(expected);
    expect(s.components.every((c) => c.points >= 0 && c.points <= c.max)).toBe(true);
  });
});

describe('which offers take part', () => {
  it.each([
    ['active, confirmed this year', 'active', '2026-06-01', true],
    ['active, confirmed exactly 12 months ago (its last valid day)', 'active', '2025-11-23', true],
    ['active, confirmed 12 months and a day ago (lapsed today)', 'active', '2025-11-22', false],
    ['active, confirmed two years ago', 'active', '2024-10-01', false],
    ['withdrawn', 'withdrawn', '2026-06-01', false],
  ] as const)('%s → %s', (_label, status, lastConfirmedOn, live) => {
    expect(isLive(offer({ status, lastConfirmedOn }), TODAY)).toBe(live);
    const m = matchPartner(need(), partner({ offers: [offer({ status, lastConfirmedOn })] }), TODAY);
    expect(m !== null).toBe(live);
  });

  it.each(needStatusesAskingForHelp)('a need %s is matched: %s', (status, matched) => {
    expect(matchPartner(need({ status }), partner(), TODAY) !== null).toBe(matched);
  });

  it('no offer covering the area: no match at all', () => {
    expect(matchPartner(need({ area: 'art5' }), partner(), TODAY)).toBeNull();
  });

  it('the best live offer is the one shown; a lapsed better offer is ignored; ties take the lower id', () => {
    const p = partner({
      offers: [
        offer({ id: 3, title: 'general' }),
        offer({ id: 2, title: 'Lebanon, lapsed', priorityStates: ['LBN'], lastConfirmedOn: '2024-01-01' }),
        offer({ id: 5, title: 'Asia', priorityRegions: ['Asia'] }),
        offer({ id: 4, title: 'Asia too', priorityRegions: ['Asia'] }),
      ],
    });
    expect(matchPartner(need(), p, TODAY)).toMatchObject({ offerId: 4, offerTitle: 'Asia too' });
  });
});

describe('urgency', () => {
  const withDeadline = (
    area: MatchNeed['area'],
    art3: string | null,
    art4: string | null,
    over: Partial<MatchNeed> = {},
  ) => need({ area, deadlines: { art3, art4 }, ...over });

  it.each([
    // [label, need, deadline points, reason, article, deadline]
    ['Article 5: no deadline', withDeadline('art5', '2027', '2027'), 0, 'deadline.notTimeBound', null, null],
    [
      'Article 4 without an open deadline',
      withDeadline('art4', '2027', null),
      0,
      'deadline.noneOpen',
      4,
      null,
    ],
    ['Article 4, overdue', withDeadline('art4', null, '2026-08-01'), 70, 'deadline.overdue', 4, '2026-08-01'],
    [
      'Article 4, within 12 months',
      withDeadline('art4', null, '2027-06-01'),
      60,
      'deadline.within12',
      4,
      '2027-06-01',
    ],
    [
      'Article 4 known to the year only: end of that year',
      withDeadline('art4', null, '2027'),
      45,
      'deadline.within24',
      4,
      '2027',
    ],
    [
      'risk education takes the Article 4 deadline',
      withDeadline('risk_education', '2026-12-01', '2028-10-01'),
      45,
      'deadline.within24',
      4,
      '2028-10-01',
    ],
    [
      'Article 3 takes the Article 3 deadline',
      withDeadline('art3', '2026-12-01', '2040'),
      60,
      'deadline.within12',
      3,
      '2026-12-01',
    ],
    ['within 48 months', withDeadline('art4', null, '2030-01-01'), 25, 'deadline.within48', 4, '2030-01-01'],
    ['later', withDeadline('art4', null, '2031-01-01'), 10, 'deadline.later', 4, '2031-01-01'],
  ] as const)('%s', (_label, n, points, key, article, deadline) => {
    const u = urgency(n, TODAY);
    expect(u.components[0]).toMatchObject({
      id: 'deadline',
      points,
      reason: { key: `matching:reason.${key}` },
    });
    expect(u.article).toBe(article);
    expect(u.deadline).toBe(deadline);
  });

  it.each([
    ['cost unknown', { estimatedCostUsd: null }, 5, 'gap.unknown', null],
    ['covered', { estimatedCostUsd: 1000, nationalContributionUsd: 1000 }, 0, 'gap.covered', 0],
    ['small', { estimatedCostUsd: 900_000, nationalContributionUsd: 100_000 }, 30, 'gap.small', 800_000],
    [
      'exactly the threshold is small',
      { estimatedCostUsd: SMALL_GAP_USD, nationalContributionUsd: 0 },
      30,
      'gap.small',
      SMALL_GAP_USD,
    ],
    ['medium', { estimatedCostUsd: 3e6, nationalContributionUsd: 0 }, 20, 'gap.medium', 3e6],
    ['large', { estimatedCostUsd: 9e6, nationalContributionUsd: 0 }, 10, 'gap.large', 9e6],
  ] as const)('gap %s', (_label, over, points, key, gap) => {
    const u = urgency(need(over), TODAY);
    expect(u.components[1]).toMatchObject({ id: 'gap', points, reason: { key: `matching:reason.${key}` } });
    expect(u.gapUsd).toBe(gap);
  });

  it.each([
    // [label, deadline (Art 4), gap-defining over, flag]
    ['small gap, deadline in 20 months', '2028-07-01', { estimatedCostUsd: 600_000 }, true],
    ['small gap, deadline overdue (still open)', '2026-01-01', { estimatedCostUsd: 600_000 }, true],
    ['small gap, deadline in 30 months', '2029-05-01', { estimatedCostUsd: 600_000 }, false],
    ['large gap, deadline in 10 months', '2027-09-01', { estimatedCostUsd: 5e6 }, false],
    ['gap covered, deadline near', '2027-09-01', { estimatedCostUsd: 600_000, committedUsd: 700_000 }, false],
    ['cost unknown, deadline near', '2027-09-01', { estimatedCostUsd: null }, false],
    ['small gap, no deadline', null, { estimatedCostUsd: 600_000 }, false],
  ] as const)('smallGapNearDeadline: %s → %s', (_label, deadline, over, flag) => {
    const u = urgency(withDeadline('art4', null, deadline, { nationalContributionUsd: 0, ...over }), TODAY);
    expect(u.smallGapNearDeadline).toBe(flag);
  });

  it('score adds deadline and gap, and says when the gap is only an upper bound', () => {
    const u = urgency(withDeadline('art4', null, '2027-06-01', { committedUnconverted: 1 }), TODAY);
    expect(u.score).toBe(60 + 20);
    expect(u.gapIsUpperBound).toBe(true);
    expect(u.daysLeft).toBe(190);
    expect(u.overdue).toBe(false);
  });
});

describe('ranking', () => {
  const deu = partner({
    key: 'state:DEU',
    name: 'Germany',
    offers: [offer({ id: 1, priorityStates: ['LBN'] })],
  });
  const nor = partner({
    key: 'state:NOR',
    name: 'Norway',
    offers: [offer({ id: 2, priorityRegions: ['Asia'] })],
  });
  const ngoA = partner({ key: 'org:Alpha', name: 'Alpha', offers: [offer({ id: 3 })] });
  const ngoB = partner({ key: 'org:Beta', name: 'Beta', offers: [offer({ id: 4 })] });
  const far = partner({ key: 'org:Far', name: 'Far', offers: [offer({ id: 5, areas: ['art5'] })] });
  const lapsed = partner({
    key: 'org:Old',
    name: 'Old',
    offers: [offer({ id: 6, lastConfirmedOn: '2020-01-01' })],
  });

  it('partners for a need: by score, then name; unmatched and lapsed left out; input order does not matter', () => {
    const expected = ['state:DEU', 'state:NOR', 'org:Alpha', 'org:Beta'];
    for (const order of [
      [deu, nor, ngoA, ngoB, far, lapsed],
      [lapsed, far, ngoB, ngoA, nor, deu],
      [ngoB, deu, lapsed, ngoA, far, nor],
    ]) {
      expect(rankPartnersForNeed(need(), order, TODAY).map((m) => m.partnerKey)).toEqual(expected);
    }
  });

  it("partners with the same score: in the reader's alphabetical order, a State by its name there", () => {
    const aut = partner({ key: 'state:AUT', name: 'Austria', offers: [offer({ id: 7 })] });
    const ger = partner({ key: 'state:DEU', name: 'Germany', offers: [offer({ id: 8 })] });
    const keys = (locale?: string) =>
      rankPartnersForNeed(need(), [ger, aut], TODAY, locale).map((m) => m.partnerKey);
    expect(keys()).toEqual(['state:AUT', 'state:DEU']); // Austria, Germany
    expect(keys('fr')).toEqual(['state:DEU', 'state:AUT']); // Allemagne, Autriche
    expect(keys('es')).toEqual(['state:DEU', 'state:AUT']); // Alemania, Austria
  });

  it("a reason names the State by its code, for the page to name it in the reader's language", () => {
    const m = matchPartner(need(), partner({ offers: [offer({ priorityStates: ['LBN'] })] }), TODAY);
    const reasons = m?.components.map((c) => c.reason) ?? [];
    expect(reasons.find((r) => r.key === 'matching:reason.priority.state')?.params).toEqual({ state: 'LBN' });
    expect(reasons.find((r) => r.key === 'matching:reason.history.none')?.params).toEqual({ state: 'LBN' });
    expect(JSON.stringify(reasons)).not.toContain('Lebanon');
  });

  it('no partners for a met need', () => {
    expect(rankPartnersForNeed(need({ status: 'met' }), [deu, nor], TODAY)).toEqual([]);
  });

  it('needs for a partner: by score, then urgency, then nearer deadline, then id', () => {
    const p = partner({ offers: [offer({ priorityStates: ['LBN'] })] });
    const needs = [
      need({ id: 1, stateIso3: 'IRQ', stateName: 'Iraq' }), // priority elsewhere: lower score
      need({ id: 2, deadlines: { art3: null, art4: '2031' } }), // same score, later deadline
      need({ id: 3, deadlines: { art3: null, art4: '2027-06-01' } }), // same score, most urgent
      need({ id: 4, deadlines: { art3: null, art4: '2027-09-01' } }), // same urgency bracket as 3, later
      need({ id: 5, area: 'art5' }), // not matched
      need({ id: 6, deadlines: { art3: null, art4: '2031' } }), // same as 2: id breaks the tie
      need({ id: 7, status: 'lapsed' }), // not matched
    ];
    const ranked = rankNeedsForPartner(p, needs, TODAY);
    expect(ranked.map((r) => r.need.id)).toEqual([3, 4, 2, 6, 1]);
    expect(rankNeedsForPartner(p, [...needs].reverse(), TODAY).map((r) => r.need.id)).toEqual([
      3, 4, 2, 6, 1,
    ]);
    expect(ranked[0]?.urgency.score).toBeGreaterThan(ranked[2]?.urgency.score ?? 100);
  });
});
