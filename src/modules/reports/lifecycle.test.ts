import { describe, expect, it } from 'vitest';
import { type AppError, ConflictError, ValidationError } from '../../kernel/errors.js';
import {
  assertDraftEditable,
  counts,
  currentDraft,
  currentSubmission,
  formsAwaitingStatus,
  nextNumber,
  partyInYear,
  planAmendment,
  planRecall,
  planSubmission,
  prefillFrom,
  receivedDay,
  replaceForm,
  resolveKind,
  type StateFacts,
  type VersionFacts,
  type VersionStatus,
} from './lifecycle.js';
import type { ReportContent, TemplateDef } from './template/types.js';

const v = (id: number, status: VersionStatus, number = id): VersionFacts => ({ id, number, status });

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return (e as AppError).code;
  }
  return undefined;
}

function fieldErrorsOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).fieldErrors;
  }
  throw new Error('expected a ValidationError');
}

describe('guards', () => {
  it('only a draft at the lock version the editor saw is editable', () => {
    expect(() => assertDraftEditable({ status: 'draft', lockVersion: 3 }, 3)).not.toThrow();
    for (const status of ['submitted', 'superseded', 'recalled'] as const) {
      expect(codeOf(() => assertDraftEditable({ status, lockVersion: 3 }, 3))).toBe('REPORTS.NOT_DRAFT');
    }
    let err: unknown;
    try {
      assertDraftEditable({ status: 'draft', lockVersion: 4 }, 3);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConflictError);
    expect(err).toMatchObject({ code: 'REPORTS.STALE', status: 409, messageKey: 'reports:errors.stale' });
    expect((err as ConflictError).params).toEqual({ currentLockVersion: 4 });
  });

  it('not being a draft is reported before staleness: re-reading will not help', () => {
    expect(codeOf(() => assertDraftEditable({ status: 'submitted', lockVersion: 9 }, 3))).toBe(
      'REPORTS.NOT_DRAFT',
    );
  });
});

describe('versions', () => {
  it('finds the standing submission, the draft and the next number', () => {
    const vs = [v(1, 'superseded'), v(2, 'recalled'), v(3, 'submitted'), v(4, 'draft')];
    expect(currentSubmission(vs)?.id).toBe(3);
    expect(currentDraft(vs)?.id).toBe(4);
    expect(nextNumber(vs)).toBe(5);
    expect(nextNumber([])).toBe(1);
    expect(currentSubmission([v(1, 'recalled'), v(2, 'draft')])).toBeUndefined();
  });

  it('a submission supersedes the version standing before it, and nothing else', () => {
    const vs = [v(1, 'superseded'), v(2, 'recalled'), v(3, 'submitted'), v(4, 'draft')];
    expect(planSubmission(vs, v(4, 'draft')).supersede.map((x) => x.id)).toEqual([3]);
    expect(planSubmission([v(1, 'draft')], v(1, 'draft')).supersede).toEqual([]);
  });

  it('an amendment needs a standing submission and no open draft', () => {
    expect(planAmendment(7, [v(1, 'superseded'), v(2, 'submitted')]).from.id).toBe(2);
    expect(codeOf(() => planAmendment(7, [v(1, 'submitted'), v(2, 'draft')]))).toBe('REPORTS.DRAFT_EXISTS');
    expect(codeOf(() => planAmendment(7, [v(1, 'draft')]))).toBe('REPORTS.DRAFT_EXISTS');
    expect(codeOf(() => planAmendment(7, [v(1, 'recalled')]))).toBe('REPORTS.NO_SUBMISSION');
    expect(codeOf(() => planAmendment(7, []))).toBe('REPORTS.NO_SUBMISSION');
  });

  it('a recall voids the standing submission and lets the one it superseded stand again', () => {
    const plan = planRecall(7, [v(1, 'superseded'), v(2, 'superseded'), v(3, 'submitted')]);
    expect(plan.recall.id).toBe(3);
    expect(plan.restore?.id).toBe(2);
    expect(plan.draft).toBeUndefined();
    // A first submission recalled: nothing to restore.
    expect(planRecall(7, [v(1, 'submitted')]).restore).toBeUndefined();
    // An amendment already under way is where the work continues.
    expect(planRecall(7, [v(1, 'submitted'), v(2, 'draft')]).draft?.id).toBe(2);
    expect(codeOf(() => planRecall(7, [v(1, 'recalled'), v(2, 'draft')]))).toBe('REPORTS.NO_SUBMISSION');
  });

  it('only delivered versions count; the day of receipt is the ISU date, else the day submitted', () => {
    expect(
      ['draft', 'submitted', 'superseded', 'recalled'].filter((s) => counts(s as VersionStatus)),
    ).toEqual(['submitted', 'superseded']);
    const at = new Date('2024-05-02T23:30:00Z');
    expect(receivedDay({ receivedOn: '2024-04-28', submittedAt: at })).toBe('2024-04-28');
    expect(receivedDay({ receivedOn: null, submittedAt: at })).toBe('2024-05-02');
    expect(receivedDay({ receivedOn: null, submittedAt: null })).toBeNull();
  });
});

describe('content', () => {
  const last: ReportContent = {
    template: '2010',
    forms: {
      cover: { status: null, values: { remarks: 'x' } },
      A: { status: 'changed', values: { penalSanctions: 'Law 1' } },
      F: { status: 'unchanged', values: { contaminatedAreas: [{ location: 'South', area: 100 }] } },
    },
  };

  it('a pre-filled report keeps every value and asks again for every status', () => {
    const next = prefillFrom(last);
    expect(next.forms.A).toEqual({ status: null, values: { penalSanctions: 'Law 1' } });
    expect(next.forms.F?.status).toBeNull();
    expect(next.forms.F?.values).toEqual(last.forms.F?.values);
    // A copy, not a shared object: editing next year's draft never reaches last year's report.
    const rows = (c: ReportContent) => c.forms.F?.values.contaminatedAreas as Array<Record<string, unknown>>;
    rows(next)[0]!.area = 1;
    expect(rows(last)[0]!.area).toBe(100);
  });

  it('replacing a form leaves the others as they were', () => {
    const next = replaceForm(last, 'F', { status: 'changed', values: {} });
    expect(next.forms.F).toEqual({ status: 'changed', values: {} });
    expect(next.forms.A).toBe(last.forms.A);
    expect(last.forms.F?.status).toBe('unchanged');
  });

  it('lists the forms still waiting for a status, never the cover', () => {
    const template: TemplateDef = {
      id: 't',
      reference: 'test',
      forms: [
        { code: 'cover', hasStatus: false, fields: [] },
        { code: 'A', hasStatus: true, fields: [] },
        { code: 'F', hasStatus: true, fields: [] },
        { code: 'J', hasStatus: true, fields: [] },
      ],
      meanings: { tables: {}, fields: {} },
    };
    expect(formsAwaitingStatus(prefillFrom(last), template)).toEqual(['A', 'F', 'J']);
    expect(formsAwaitingStatus(last, template)).toEqual(['J']);
  });
});

describe('kind and year of a new report', () => {
  const party: StateFacts = {
    ccmStatus: 'state_party',
    entryIntoForce: '2011-05-01',
    withdrawalEffective: null,
  };
  const signatory: StateFacts = { ccmStatus: 'signatory', entryIntoForce: null, withdrawalEffective: null };
  const withdrawn: StateFacts = {
    ccmStatus: 'withdrawn',
    entryIntoForce: '2011-08-01',
    withdrawalEffective: '2025-03-06',
  };
  const base = { year: 2023, currentYear: 2026, initialOutstanding: false };

  it('a party is bound from the year of entry into force until the year its withdrawal takes effect', () => {
    expect(partyInYear(party, 2010)).toBe(false);
    expect(partyInYear(party, 2011)).toBe(true);
    expect(partyInYear(withdrawn, 2024)).toBe(true);
    expect(partyInYear(withdrawn, 2025)).toBe(false);
    expect(partyInYear(signatory, 2023)).toBe(false);
  });

  it('derives initial, then annual, for a party; voluntary for anyone else', () => {
    expect(resolveKind({ ...base, state: party, initialOutstanding: true })).toBe('initial');
    expect(resolveKind({ ...base, state: party })).toBe('annual');
    expect(resolveKind({ ...base, state: signatory })).toBe('voluntary');
    expect(resolveKind({ ...base, state: withdrawn, year: 2025 })).toBe('voluntary');
    // South Sudan reported voluntarily in 2022, before its 2024 entry into force.
    expect(
      resolveKind({
        ...base,
        year: 2022,
        state: { ccmStatus: 'state_party', entryIntoForce: '2024-02-01', withdrawalEffective: null },
      }),
    ).toBe('voluntary');
  });

  it('refuses a kind that does not fit the State that year', () => {
    expect(fieldErrorsOf(() => resolveKind({ ...base, state: signatory, requested: 'annual' }))).toEqual({
      kind: ['reports:errors.kindNotParty'],
    });
    expect(fieldErrorsOf(() => resolveKind({ ...base, state: signatory, requested: 'initial' }))).toEqual({
      kind: ['reports:errors.kindNotParty'],
    });
    expect(fieldErrorsOf(() => resolveKind({ ...base, state: party, requested: 'voluntary' }))).toEqual({
      kind: ['reports:errors.kindParty'],
    });
    expect(resolveKind({ ...base, state: party, requested: 'initial' })).toBe('initial');
  });

  it('refuses a future year, and a year before entry into force unless voluntary', () => {
    expect(fieldErrorsOf(() => resolveKind({ ...base, state: party, year: 2027 }))).toEqual({
      year: ['reports:errors.yearInFuture'],
    });
    expect(resolveKind({ ...base, state: party, year: 2026 })).toBe('annual');
    expect(
      fieldErrorsOf(() => resolveKind({ ...base, state: party, year: 2010, requested: 'annual' })),
    ).toEqual({
      year: ['reports:errors.yearBeforeEntryIntoForce'],
    });
    expect(resolveKind({ ...base, state: party, year: 2010, requested: 'voluntary' })).toBe('voluntary');
  });
});
