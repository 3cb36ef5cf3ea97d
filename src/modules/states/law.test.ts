import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ctxFor, expectPage, makeUser, postForm, TEST_NOW } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import type { Db } from '../../db/client.js';
import { isoDay } from '../../kernel/clock.js';
import { ValidationError } from '../../kernel/errors.js';
import { loadCatalogues } from '../../kernel/i18n/index.js';
import { correctStateDates } from './correct-state-dates.js';
import {
  historyFlags,
  type NewObligationFact,
  obligationFactFindings,
  originalDeadlineShiftFlags,
  registryDateRefusals,
} from './law.js';
import { meetingClosed } from './meeting-dates.js';
import { getStateView } from './queries.js';
import { recordObligationEvent } from './record-obligation-event.js';
import { chronological, type DerivedObligation, deriveObligation, type ObligationEvent } from './rules.js';
import { obligationEvents, states } from './schema.js';
import { obligationEvent, signedInAs } from './testing.js';

const today = isoDay(TEST_NOW);

describe('registryDateRefusals', () => {
  const party = {
    ccmStatus: 'state_party' as const,
    signatureDate: '2008-12-03',
    instrumentDate: '2010-01-01',
  };
  it.each([
    [
      'a deposit before the Convention opened',
      { ...party, instrumentDate: '2008-12-02' },
      'instrumentDate',
      'depositBeforeOpening',
    ],
    ['a deposit in the future', { ...party, instrumentDate: '2027-01-01' }, 'instrumentDate', 'inFuture'],
    [
      'a signatory with a deposited instrument',
      { ...party, ccmStatus: 'signatory' as const },
      'ccmStatus',
      'depositedNotParty',
    ],
    [
      'a State not party with a deposited instrument',
      { ...party, ccmStatus: 'not_party' as const },
      'ccmStatus',
      'depositedNotParty',
    ],
    [
      'a signature before 3 December 2008',
      { ...party, signatureDate: '2008-12-02' },
      'signatureDate',
      'signatureBeforeOpening',
    ],
    [
      'a signature after entry into force',
      { ...party, signatureDate: '2010-08-01' },
      'signatureDate',
      'signatureAfterClosing',
    ],
    [
      'a withdrawal taking effect under six months after notice',
      {
        ...party,
        ccmStatus: 'withdrawn' as const,
        withdrawalNotified: '2024-09-06',
        withdrawalEffective: '2025-03-05',
      },
      'withdrawalEffective',
      'withdrawalTooSoon',
    ],
    [
      'a withdrawal taking effect before notice',
      {
        ...party,
        ccmStatus: 'withdrawn' as const,
        withdrawalNotified: '2024-09-06',
        withdrawalEffective: '2024-09-01',
      },
      'withdrawalEffective',
      'withdrawalBeforeNotice',
    ],
    [
      'a withdrawal with no notice',
      { ...party, ccmStatus: 'withdrawn' as const, withdrawalEffective: '2025-03-06' },
      'withdrawalNotified',
      'withdrawalNotNotified',
    ],
    [
      'a withdrawal notified before the deposit',
      {
        ...party,
        ccmStatus: 'withdrawn' as const,
        withdrawalNotified: '2009-06-01',
        withdrawalEffective: '2009-12-01',
      },
      'withdrawalNotified',
      'withdrawalBeforeDeposit',
    ],
    [
      'a withdrawn status before the withdrawal takes effect',
      {
        ...party,
        ccmStatus: 'withdrawn' as const,
        withdrawalNotified: '2026-10-01',
        withdrawalEffective: '2027-04-01',
      },
      'ccmStatus',
      'withdrawalNotYetEffective',
    ],
  ])('refuses %s', (_label, dates, field, key) => {
    expect(registryDateRefusals(dates, today)).toContainEqual({ field, key: `states:law.${key}` });
  });

  it.each([
    ['a State Party of the first thirty', party],
    ['a ratification on the day of signature', { ...party, instrumentDate: '2008-12-03' }],
    ['an accession with no signature', { ccmStatus: 'state_party' as const, instrumentDate: '2023-02-28' }],
    ['a signatory', { ccmStatus: 'signatory' as const, signatureDate: '2010-07-30' }],
    [
      "Lithuania's withdrawal, effective six months to the day",
      {
        ...party,
        ccmStatus: 'withdrawn' as const,
        withdrawalNotified: '2024-09-06',
        withdrawalEffective: '2025-03-06',
      },
    ],
    [
      'a withdrawal delayed past six months (Art 20(2), armed conflict)',
      {
        ...party,
        ccmStatus: 'withdrawn' as const,
        withdrawalNotified: '2024-09-06',
        withdrawalEffective: '2026-01-01',
      },
    ],
  ])('accepts %s', (_label, dates) => {
    expect(registryDateRefusals(dates, today)).toEqual([]);
  });
});

const open = (deadline: string | null): DerivedObligation => ({
  status: 'open',
  currentDeadline: deadline,
  currentDeadlineConfirmed: true,
  pendingRequest: null,
  completedOn: null,
  extensionsGranted: 0,
});
const completed: DerivedObligation = { ...open('2021-05-01'), status: 'completed', completedOn: '2020' };
const fact = (f: Partial<NewObligationFact>): NewObligationFact => ({
  article: 4,
  kind: 'extension_requested',
  occurredOn: null,
  requestedDeadline: null,
  newDeadline: null,
  outcome: null,
  ...f,
});

describe('obligationFactFindings', () => {
  const decided = (article: 3 | 4, newDeadline: string) =>
    fact({ article, kind: 'extension_decided', outcome: 'granted', newDeadline });
  it.each<[string, NewObligationFact, DerivedObligation, string]>([
    [
      'a request on a completed obligation',
      fact({ requestedDeadline: '2024' }),
      completed,
      'kind:requestOnCompleted',
    ],
    ['a decision on a completed obligation', decided(4, '2024-01-01'), completed, 'kind:decisionOnCompleted'],
    [
      'a request for no later deadline',
      fact({ requestedDeadline: '2021-05-01' }),
      open('2021-05-01'),
      'requestedDeadline:notAnExtension',
    ],
    ['a second completion', fact({ kind: 'completion_declared' }), completed, 'kind:alreadyCompleted'],
    [
      'reopening an open obligation',
      fact({ kind: 'obligation_reopened', newDeadline: '2030' }),
      open('2026'),
      'kind:reopenOpen',
    ],
    [
      'a fact dated in the future',
      fact({ kind: 'completion_declared', occurredOn: '2027' }),
      open('2030'),
      'occurredOn:inFuture',
    ],
  ])('refuses %s', (_label, f, current, expected) => {
    const found = obligationFactFindings(f, current, today).refusals.map(
      (r) => `${r.field}:${r.key.slice(11)}`,
    );
    expect(found).toContain(expected);
  });

  it.each<[string, NewObligationFact, DerivedObligation, string]>([
    [
      'an Art 4 extension over five years',
      decided(4, '2026-05-02'),
      open('2021-05-01'),
      'newDeadline:art4Cap',
    ],
    [
      'an Art 4 request over five years',
      fact({ requestedDeadline: '2031-06' }),
      open('2026-05-01'),
      'requestedDeadline:art4Cap',
    ],
    [
      'an Art 3 extension over four years',
      decided(3, '2023-04-02'),
      open('2019-04-01'),
      'newDeadline:art3Cap',
    ],
    [
      'an Art 3 request over four years',
      fact({ article: 3, requestedDeadline: '2024' }),
      open('2019-04-01'),
      'requestedDeadline:art3Cap',
    ],
    [
      'a grant earlier than the deadline in force',
      decided(4, '2025-01-01'),
      open('2026-05-01'),
      'newDeadline:grantNotLater',
    ],
    [
      'a request made after the deadline',
      fact({ occurredOn: '2026-06', requestedDeadline: '2030' }),
      open('2026-05-01'),
      'occurredOn:lateRequest',
    ],
    [
      'a completion after the deadline',
      fact({ kind: 'completion_declared', occurredOn: '2024-02' }),
      open('2023-09-01'),
      'occurredOn:lateCompletion',
    ],
  ])('flags %s', (_label, f, current, expected) => {
    const r = obligationFactFindings(f, current, today);
    expect(r.refusals).toEqual([]);
    expect(r.flags.map((x) => `${x.field}:${x.key.slice(11)}`)).toEqual([expected]);
  });

  it.each<[string, NewObligationFact, DerivedObligation]>([
    ["Lebanon's 2RC grant of exactly five years", decided(4, '2026-05-01'), open('2021-05-01')],
    ['an Art 3 grant of exactly four years', decided(3, '2023-04-01'), open('2019-04-01')],
    ['a partial date that may be within the cap', decided(4, '2026'), open('2021-05-01')],
    [
      'a completion in the year of the deadline',
      fact({ kind: 'completion_declared', occurredOn: '2023' }),
      open('2023-09-01'),
    ],
    [
      'a refusal, whatever deadline it names',
      fact({ kind: 'extension_decided', outcome: 'refused' }),
      open('2026-05-01'),
    ],
    [
      'reopening a completed obligation',
      fact({ kind: 'obligation_reopened', newDeadline: '2024' }),
      completed,
    ],
    ['a request with no deadline named yet', fact({ occurredOn: '2025-01' }), open('2026-05-01')],
  ])('accepts %s', (_label, f, current) => {
    expect(obligationFactFindings(f, current, today)).toEqual({ refusals: [], flags: [] });
  });
});

describe('originalDeadlineShiftFlags', () => {
  const grant = (newDeadline: string): ObligationEvent => ({
    kind: 'extension_decided',
    occurredOn: null,
    meeting: '9MSP',
    requestedDeadline: null,
    outcome: 'granted',
    newDeadline,
    confirmed: true,
    note: null,
    source: null,
  });
  it('warns when a recorded extension is no later than the new original deadline', () => {
    expect(originalDeadlineShiftFlags(4, '2026-06-01', [grant('2026-05-01')])).toEqual([
      { field: 'instrumentDate', key: 'states:law.extensionBeforeNewOriginal.4' },
    ]);
  });
  it('is silent when every extension is still later', () => {
    expect(originalDeadlineShiftFlags(4, '2021-05-01', [grant('2026-05-01')])).toEqual([]);
    expect(deriveObligation('2021-05-01', [grant('2026-05-01')]).currentDeadline).toBe('2026-05-01');
  });
});

describe('every finding has a text in every language', () => {
  it('en, fr and es name each key', () => {
    const catalogues = loadCatalogues();
    const keys = [
      ...registryDateRefusals(
        {
          ccmStatus: 'signatory',
          signatureDate: '2011-01-01',
          instrumentDate: '2008-01-01',
          withdrawalEffective: '2009-01-01',
        },
        today,
      ),
      ...obligationFactFindings(
        fact({ kind: 'extension_decided', outcome: 'granted', newDeadline: '2040' }),
        open('2021'),
        today,
      ).refusals,
    ].map((f) => f.key.slice('states:'.length));
    expect(keys.length).toBeGreaterThan(3);
    for (const lang of ['en', 'fr', 'es'] as const) {
      const law = (catalogues[lang].states as { law: Record<string, unknown> }).law;
      for (const key of [
        ...keys,
        'law.reasonRequired',
        'law.confirmWarnings',
        'law.extensionBeforeNewOriginal.4',
      ]) {
        const value = key
          .split('.')
          .slice(1)
          .reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], law);
        expect(typeof value, `${lang} ${key}`).toBe('string');
      }
    }
  });
});

async function stateRow(db: Db, iso3: string) {
  const [row] = await db.select().from(states).where(eq(states.iso3, iso3));
  return row;
}

async function eventCount(db: Db) {
  return (await db.select({ id: obligationEvents.id }).from(obligationEvents)).length;
}

async function refusedWith(write: Promise<unknown>): Promise<Record<string, string[]>> {
  const err = await write.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ValidationError);
  return (err as ValidationError).fieldErrors;
}

describe.each(engines)('the law at entry on %s', (engine) => {
  const database = useFreshDatabase(engine);
  const isu = async (db: Db) => ctxFor(db, await makeUser(db, { role: 'isu' }));
  const correction = (iso3: string, over: Record<string, string>) => ({
    iso3,
    ccmStatus: 'state_party',
    signatureDate: '2008-12-03',
    instrumentDate: '2010-11-05',
    instrumentType: 'ratification',
    reason: 'checked against the depositary notification',
    ...over,
  });

  it.each([
    ['a deposit before 3 December 2008', { instrumentDate: '2008-11-30' }, 'instrumentDate'],
    ['a deposit in the future', { instrumentDate: '2027-02-01' }, 'instrumentDate'],
    ['a signatory with a deposited instrument', { ccmStatus: 'signatory' }, 'ccmStatus'],
    [
      'a withdrawal effective less than six months after notice',
      { ccmStatus: 'withdrawn', withdrawalNotified: '2025-01-10', withdrawalEffective: '2025-06-10' },
      'withdrawalEffective',
    ],
    [
      'a withdrawal effective before it was notified',
      { ccmStatus: 'withdrawn', withdrawalNotified: '2025-01-10', withdrawalEffective: '2024-12-10' },
      'withdrawalEffective',
    ],
  ])('refuses %s and leaves the registry unchanged', async (_label, over, field) => {
    const { db } = database();
    const before = await stateRow(db, 'LBN');
    const errors = await refusedWith(correctStateDates(await isu(db), correction('LBN', over)));
    expect(Object.keys(errors)).toContain(field);
    expect(await stateRow(db, 'LBN')).toEqual(before);
  });

  const lebanonArt4 = { iso3: 'LBN', article: 4, source: 'test' };
  it.each([
    [
      'an Art 4 extension over five years',
      { ...lebanonArt4, kind: 'extension_decided', outcome: 'granted', newDeadline: '2031-05-02' },
      'newDeadline',
    ],
    [
      'a request on a completed obligation',
      { iso3: 'BIH', article: 4, kind: 'extension_requested', requestedDeadline: '2025' },
      'kind',
    ],
    [
      'a granted extension earlier than the deadline in force, without a reason',
      { ...lebanonArt4, kind: 'extension_decided', outcome: 'granted', newDeadline: '2025-01-01' },
      'note',
    ],
  ])('refuses %s and records nothing', async (_label, input, field) => {
    const { db } = database();
    const before = await eventCount(db);
    const errors = await refusedWith(recordObligationEvent(await isu(db), input));
    expect(Object.keys(errors)).toContain(field);
    expect(await eventCount(db)).toBe(before);
  });

  it('refuses an Art 3 extension over four years without a reason', async () => {
    const { db } = database();
    // Chad has no Art 3 obligation; Bulgaria's completed one is reopened first, with a 2024 deadline.
    const ctx = await isu(db);
    await recordObligationEvent(ctx, {
      iso3: 'BGR',
      article: 3,
      kind: 'obligation_reopened',
      newDeadline: '2024-06-01',
      note: 'new stocks found',
    });
    const before = await eventCount(db);
    const errors = await refusedWith(
      recordObligationEvent(ctx, {
        iso3: 'BGR',
        article: 3,
        kind: 'extension_decided',
        outcome: 'granted',
        newDeadline: '2028-06-02',
      }),
    );
    expect(errors.newDeadline).toEqual(['states:law.art3Cap']);
    expect(errors.note).toEqual(['states:law.reasonRequired']);
    expect(await eventCount(db)).toBe(before);
  });

  it('accepts a grant earlier than the deadline in force with a reason, and shows it flagged', async () => {
    const { db } = database();
    await recordObligationEvent(await isu(db), {
      ...lebanonArt4,
      kind: 'extension_decided',
      outcome: 'granted',
      newDeadline: '2025-01-01',
      note: 'back-filling an earlier decision',
    });
    const view = await getStateView(db, 'LBN', today);
    const art4 = view.obligations.find((o) => o.article === 4);
    expect(art4?.eventFlags.at(-1)).toEqual(['states:law.grantNotLater']);
    expect(art4?.eventFlags.slice(0, -1).flat()).toEqual([]);
  });

  it('a late completion needs a reason and is flagged on the profile', async () => {
    const { db } = database();
    const ctx = await isu(db);
    const late = { iso3: 'LBN', article: 4, kind: 'completion_declared', occurredOn: '2026-06-15' };
    const errors = await refusedWith(recordObligationEvent(ctx, late));
    expect(errors).toEqual({
      occurredOn: ['states:law.lateCompletion'],
      note: ['states:law.reasonRequired'],
    });
    await recordObligationEvent(ctx, { ...late, note: 'declared at the 14MSP' });
    const art4 = (await getStateView(db, 'LBN', today)).obligations.find((o) => o.article === 4);
    expect(art4?.status).toBe('completed');
    expect(art4?.eventFlags.at(-1)).toEqual(['states:law.lateCompletion']);
  });

  it('warns when a corrected deposit date leaves an extension no later than the new original deadline', async () => {
    const { db } = database();
    const ctx = await isu(db);
    // Lebanon's Art 4 extension runs to 1 May 2026; a deposit in 2016 would give an original deadline in 2026-11.
    const moved = correction('LBN', { instrumentDate: '2016-05-10' });
    const before = await stateRow(db, 'LBN');
    const errors = await refusedWith(correctStateDates(ctx, moved));
    expect(errors.instrumentDate).toEqual(['states:law.extensionBeforeNewOriginal.4']);
    expect(errors.acknowledgeWarnings).toEqual(['states:law.confirmWarnings']);
    expect(await stateRow(db, 'LBN')).toEqual(before);
    await correctStateDates(ctx, { ...moved, acknowledgeWarnings: 'yes' });
    expect((await stateRow(db, 'LBN'))?.instrumentDate).toBe('2016-05-10');
  });

  it('the reference data passes every rule (the seed goes through the same verbs)', async () => {
    const { db } = database();
    const view = await getStateView(db, 'MRT', today);
    expect(view.obligations.find((o) => o.article === 4)?.status).toBe('open');
    expect(await eventCount(db)).toBeGreaterThan(50);
  });
});

describe.each(engines)('the law at entry, on the pages, on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('an impossible decision is shown at its field, with what was typed, and nothing is recorded', async () => {
    const { db, app, cookie } = await signedInAs(database(), { role: 'isu' });
    const before = await eventCount(db);
    const res = await postForm(
      app,
      '/states/LBN/obligations/4/events/new?kind=extension_decided',
      { outcome: 'granted', newDeadline: '2032-01-01', meeting: '14MSP', source: 'typed by the ISU' },
      cookie,
    );
    await expectPage(res, 422, [
      'Article 4(5): an extension of the clearance deadline is of up to five years',
      'give the reason in the note',
      'value="2032-01-01"',
      'typed by the ISU',
    ]);
    expect(await eventCount(db)).toBe(before);
  });

  it('a correction that moves an extension before the new original deadline asks to be confirmed', async () => {
    const { db, app, cookie: session } = await signedInAs(database(), { role: 'isu' });
    const cookie = `${session}; lang=fr`;
    const fields = {
      ccmStatus: 'state_party',
      signatureDate: '2008-12-03',
      instrumentDate: '2016-05-10',
      instrumentType: 'ratification',
      reason: 'vérifié',
    };
    const first = await postForm(app, '/states/LBN/edit', fields, cookie);
    await expectPage(first, 422, ['Article 4 : avec cette date de dépôt', 'name="acknowledgeWarnings"']);
    expect((await stateRow(db, 'LBN'))?.instrumentDate).toBe('2010-11-05');
    const second = await postForm(app, '/states/LBN/edit', { ...fields, acknowledgeWarnings: 'yes' }, cookie);
    expect(second.status).toBe(303);
    expect((await stateRow(db, 'LBN'))?.instrumentDate).toBe('2016-05-10');
  });
});

describe('the current deadline follows decisions in the order they were taken', () => {
  const ev = ({ kind, ...fields }: Partial<ObligationEvent> & Pick<ObligationEvent, 'kind'>) =>
    obligationEvent(kind, fields);
  // Lebanon's Art 4 history, with a 13MSP grant the sources do not show, added for the test.
  const lebanon = [
    ev({ kind: 'extension_requested', occurredOn: '2020-02', requestedDeadline: '2026-05-01' }),
    ev({ kind: 'extension_decided', meeting: '2RC', outcome: 'granted', newDeadline: '2026-05-01' }),
    ev({ kind: 'extension_requested', meeting: '13MSP', requestedDeadline: '2031-05-01' }),
    ev({ kind: 'extension_decided', meeting: '13MSP', outcome: 'granted', newDeadline: '2031-05-01' }),
  ];
  function* permutations<T>(xs: T[]): Generator<T[]> {
    if (xs.length <= 1) {
      yield xs;
      return;
    }
    for (let i = 0; i < xs.length; i++)
      for (const rest of permutations([...xs.slice(0, i), ...xs.slice(i + 1)])) yield [xs[i] as T, ...rest];
  }

  it('gives the same deadline, no pending request and no flag for every typing order', () => {
    let n = 0;
    for (const typed of permutations(lebanon)) {
      const ordered = chronological(typed, meetingClosed);
      const d = deriveObligation('2021-05-01', ordered);
      expect(d).toMatchObject({ currentDeadline: '2031-05-01', pendingRequest: null, extensionsGranted: 2 });
      expect(historyFlags(4, '2021-05-01', ordered, today).flat()).toEqual([]);
      n += 1;
    }
    expect(n).toBe(24);
  });

  it('places a fact by its own date first, then by the day its meeting closed', () => {
    expect(meetingClosed('2RC')).toBe('2021-09-21');
    expect(meetingClosed('14MSP')).toBeNull();
    const undated = ev({ kind: 'completion_declared' });
    const typed = [lebanon[3] as ObligationEvent, undated, lebanon[0] as ObligationEvent];
    // The undated fact keeps its place; the dated ones around it are put in order.
    expect(chronological(typed, meetingClosed)).toEqual([lebanon[0], undated, lebanon[3]]);
  });
});

describe.each(engines)('decisions typed out of order on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it("back-filling Lebanon's 2RC decision after a 13MSP one leaves the later deadline in force", async () => {
    const { db } = database();
    const ctx = ctxFor(db, await makeUser(db, { role: 'isu' }));
    const deadline = async () =>
      (await getStateView(db, 'LBN', today)).obligations.find((o) => o.article === 4)?.currentDeadline;
    await recordObligationEvent(ctx, {
      iso3: 'LBN',
      article: 4,
      kind: 'extension_decided',
      outcome: 'granted',
      newDeadline: '2031-05-01',
      meeting: '13MSP',
      source: 'test: a decision the sources do not show',
    });
    expect(await deadline()).toBe('2031-05-01');
    // The 2RC decision typed again afterwards (a back-filled record of the same decision).
    await recordObligationEvent(ctx, {
      iso3: 'LBN',
      article: 4,
      kind: 'extension_decided',
      outcome: 'granted',
      newDeadline: '2026-05-01',
      meeting: '2RC',
      note: 'the 2RC decision, recorded again from the final report',
    });
    expect(await deadline()).toBe('2031-05-01');
    const art4 = (await getStateView(db, 'LBN', today)).obligations.find((o) => o.article === 4);
    expect(art4?.events.map((e) => e.meeting)).toEqual(['2RC', '2RC', '13MSP', '13MSP']);
  });
});
