import { describe, expect, it } from 'vitest';
import { TEST_NOW, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { isoDay } from '../../kernel/clock.js';
import { getStateView, listStates } from './queries.js';
import { statusOn } from './rules.js';

const census = '2023-06-30';

describe('statusOn', () => {
  const lithuania = {
    ccmStatus: 'withdrawn' as const,
    signatureDate: '2008-12-03',
    instrumentDate: '2011-03-24',
    withdrawalEffective: '2025-03-06',
  };
  it.each([
    ['before signature', '2008-12-02', 'not_party'],
    ['signed, not yet deposited', '2010-01-01', 'signatory'],
    ['from the day of deposit', '2011-03-24', 'state_party'],
    ['the day before the withdrawal takes effect', '2025-03-05', 'state_party'],
    ['from the day it takes effect', '2025-03-06', 'withdrawn'],
  ] as const)('Lithuania %s', (_label, day, expected) => {
    expect(statusOn(lithuania, day)).toBe(expected);
  });
  it('a signatory whose signature date is not recorded stays a signatory', () => {
    expect(
      statusOn(
        { ccmStatus: 'signatory', signatureDate: null, instrumentDate: null, withdrawalEffective: null },
        census,
      ),
    ).toBe('signatory');
  });
});

describe.each(engines)('the registry as of a date on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('as of 30 June 2023: 111 States Parties by deposit, 110 in force, 12 signatories (11MSP Progress Report §12, §67)', async () => {
    const { db } = database();
    const views = await listStates(db, census);
    const parties = views.filter((v) => v.ccmStatus === 'state_party');
    expect(parties).toHaveLength(111);
    expect(parties.filter((v) => v.inForce)).toHaveLength(110);
    // Nigeria deposited on 28 February 2023: a party, in force from 1 August 2023.
    expect(parties.find((v) => !v.inForce)?.iso3).toBe('NGA');
    expect(views.filter((v) => v.ccmStatus === 'signatory')).toHaveLength(12);
    // Lithuania's withdrawal took effect in 2025: a State Party then.
    expect(views.find((v) => v.iso3 === 'LTU')?.ccmStatus).toBe('state_party');
    // And today the registry answers 112 parties with Lithuania withdrawn.
    const now = await listStates(db, isoDay(TEST_NOW));
    expect(now.filter((v) => v.ccmStatus === 'state_party')).toHaveLength(112);
    expect(now.find((v) => v.iso3 === 'LTU')?.ccmStatus).toBe('withdrawn');
  });

  it('leaves out facts dated after the day: Lebanon in mid-2023 had no request before the 13MSP', async () => {
    const { db } = database();
    const then = (await getStateView(db, 'LBN', census)).obligations.find((o) => o.article === 4);
    expect(then).toMatchObject({ currentDeadline: '2026-05-01', pendingRequest: null });
    expect(then?.remaining).toMatchObject({ days: 1036, overdue: false, decisionNotRecorded: false });
    const now = (await getStateView(db, 'LBN', isoDay(TEST_NOW))).obligations.find((o) => o.article === 4);
    expect(now?.pendingRequest?.meeting).toBe('13MSP');
  });

  it('/api/v1/states?asOf=2023-06-30 answers the same, and says as of when', async () => {
    const app = testApp(database());
    const res = await app.request(`/api/v1/states?asOf=${census}&status=state_party`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { asOf: string; count: number; states: { inForce: boolean }[] };
    expect(body.asOf).toBe(census);
    expect(body.count).toBe(111);
    expect(body.states.filter((s) => s.inForce)).toHaveLength(110);
    const signatories = (await (
      await app.request(`/api/v1/states?asOf=${census}&status=signatory`)
    ).json()) as {
      count: number;
    };
    expect(signatories.count).toBe(12);
    expect((await app.request('/api/v1/states?asOf=2023-02-30')).status).toBe(400);
    const lbn = (await (await app.request(`/api/v1/states/LBN?asOf=${census}`)).json()) as {
      ccmStatus: string;
    };
    expect(lbn.ccmStatus).toBe('state_party');
    const deadlines = (await (await app.request(`/api/v1/deadlines?asOf=${census}`)).json()) as {
      today: string;
    };
    expect(deadlines.today).toBe(census);
  });

  it('pages take ?asOf= and say so; a malformed value is ignored', async () => {
    const app = testApp(database());
    const res = await app.request(`/states?asOf=${census}&status=state_party`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('As of 30 June 2023: statuses and deadlines as they stood that day');
    expect(html).toContain('href="/states.csv?status=state_party&amp;asOf=2023-06-30"');
    const profile = await (await app.request(`/states/LTU?asOf=${census}`)).text();
    expect(profile).toContain('As of 30 June 2023');
    const bad = await app.request('/deadlines?asOf=yesterday');
    expect(bad.status).toBe(200);
    expect(await bad.text()).not.toContain('As of');
  });
});
