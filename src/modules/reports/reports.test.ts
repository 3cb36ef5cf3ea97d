import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser, rejection, TEST_NOW } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { statePeople } from '../../../test/people.js';
import type { Db } from '../../db/client.js';
import { type Actor, anonymous } from '../../kernel/actor.js';
import { auditEntries } from '../../kernel/audit/schema.js';
import { createContext, type ServiceContext } from '../../kernel/context.js';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from '../../kernel/errors.js';
import { amendReport } from './amend-report.js';
import { confirmWarning } from './checks/confirm-warning.js';
import { createReport } from './create-report.js';
import { markFormUnchanged } from './mark-form-unchanged.js';
import {
  findReportVersionForActor,
  getReport,
  getReportVersionForActor,
  latestSubmittedVersion,
  listReportsForState,
  listSubmissionsForYear,
  versionHistory,
} from './queries.js';
import { recallReport } from './recall-report.js';
import { saveForm } from './save-form.js';
import { reportVersions } from './schema.js';
import { submitReport } from './submit-report.js';
import { emptyContent } from './template/content.js';
import { currentTemplateId, getTemplate } from './template/registry.js';
import type { ReportContent } from './template/types.js';
import { snapshot, versionsOf } from './testing.js';

const template = getTemplate(currentTemplateId);

const formF = {
  contaminatedAreas: [
    { location: 'Nabatieh', area: 1_200_000, remnantTypes: 'M42, M77', estimatedQuantity: 40 },
  ],
  clearedInPeriod: [
    { location: 'Nabatieh', area: 250_000, submunitionsDestroyed: 312, otherItemsDestroyed: 4 },
  ],
  totalRemainingArea: 950_000,
  baselineSurveyCompleted: 'partly',
};
const formF2023 = { ...formF, totalRemainingArea: 700_000 };

async function people(db: Db) {
  return {
    isu: await makeUser(db, { role: 'isu' }),
    ...(await statePeople(db)),
  };
}

const at = (db: Db, actor: Actor, day: string) =>
  createContext(db, actor, { now: new Date(`${day}T10:00:00Z`) });

async function versionRow(db: Db, id: number) {
  const [row] = await db.select().from(reportVersions).where(eq(reportVersions.id, id));
  if (!row) throw new Error(`no version ${id}`);
  return row;
}

async function auditOf(db: Db, ctx: ServiceContext) {
  return db.select().from(auditEntries).where(eq(auditEntries.requestId, ctx.requestId));
}

describe.each(engines)('reports on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('lives through a year: create, pre-fill, save, submit, amend, supersede, recall, key in, count', async () => {
    const { db } = database();
    const { isu, fpLbn, fpChl, partner } = await people(db);

    // 2022: LBN's initial report is on record (the census), so this one is annual, and starts empty.
    const r2022 = await createReport(at(db, fpLbn, '2023-03-01'), { iso3: 'lbn', year: 2022 });
    expect(r2022).toMatchObject({ kind: 'annual', prefilledFromVersionId: null });
    const v2022 = await versionRow(db, r2022.versionId);
    expect(v2022).toMatchObject({ number: 1, status: 'draft', templateId: '2010', lockVersion: 0 });
    expect(v2022.content.forms.A).toEqual(emptyContent(template).forms.A);
    expect(v2022.content.forms.cover?.values).toMatchObject({
      reportingPeriodFrom: '2022-01-01',
      reportingPeriodTo: '2022-12-31',
    });

    const saveCtx = at(db, fpLbn, '2023-03-02');
    const saved = await saveForm(saveCtx, {
      reportId: r2022.reportId,
      versionId: r2022.versionId,
      lockVersion: 0,
      form: 'F',
      status: 'changed',
      values: { ...formF, contaminatedAreas: [{ ...formF.contaminatedAreas[0], location: '  Nabatieh ' }] },
    });
    expect(saved.lockVersion).toBe(1);
    const afterSave = await versionRow(db, r2022.versionId);
    // Stored as the template normalises it: trimmed text, every field present.
    expect(afterSave.content.forms.F?.values).toMatchObject(formF);
    expect(afterSave.content.forms.F?.values.hazardousAreasMarked).toBeNull();
    expect(afterSave.content.forms.F?.status).toBe('changed');
    // The other forms are exactly as they were.
    const { F: _f, ...othersBefore } = v2022.content.forms;
    const { F: _g, ...othersAfter } = afterSave.content.forms;
    expect(othersAfter).toEqual(othersBefore);
    // The audit holds that form only, before and after.
    const [saveAudit] = await auditOf(db, saveCtx);
    expect(saveAudit).toMatchObject({
      verb: 'reports.saveForm',
      subjectType: 'report_version',
      stateIso3: 'LBN',
    });
    expect(saveAudit?.before).toEqual({ form: 'F', ...v2022.content.forms.F });
    expect(saveAudit?.after).toEqual({ form: 'F', ...afterSave.content.forms.F });

    await submitReport(at(db, fpLbn, '2023-04-20'), {
      reportId: r2022.reportId,
      versionId: r2022.versionId,
      lockVersion: 1,
    });
    expect(await versionRow(db, r2022.versionId)).toMatchObject({
      status: 'submitted',
      channel: 'online',
      receivedOn: '2023-04-20',
      submittedBy: fpLbn.id,
      submittedAt: new Date('2023-04-20T10:00:00Z'),
    });

    // 2023 starts from 2022 as submitted, every status cleared, the cover on the new year.
    const r2023 = await createReport(at(db, fpLbn, '2024-02-01'), { iso3: 'LBN', year: 2023 });
    expect(r2023).toMatchObject({ kind: 'annual', prefilledFromVersionId: r2022.versionId });
    const v1 = await versionRow(db, r2023.versionId);
    expect(v1.prefilledFromVersionId).toBe(r2022.versionId);
    expect(v1.content.forms.F).toEqual({ status: null, values: afterSave.content.forms.F?.values });
    for (const form of template.forms) expect(v1.content.forms[form.code]?.status).toBeNull();
    expect(v1.content.forms.cover?.values).toMatchObject({
      reportingPeriodFrom: '2023-01-01',
      reportingPeriodTo: '2023-12-31',
    });

    const ref = { reportId: r2023.reportId, versionId: r2023.versionId };
    expect(
      await markFormUnchanged(at(db, fpLbn, '2024-02-02'), { ...ref, lockVersion: 0, form: 'A' }),
    ).toMatchObject({
      lockVersion: 1,
    });
    const afterMark = await versionRow(db, ref.versionId);
    expect(afterMark.content.forms.A).toEqual({ status: 'unchanged', values: v1.content.forms.A?.values });

    // Someone who opened form A before that click saves it with the old lock version: refused,
    // nothing saved (another form saved meanwhile would be no conflict).
    const before = await snapshot(db);
    const err = await rejection(
      saveForm(at(db, fpLbn, '2024-02-03'), {
        ...ref,
        lockVersion: 0,
        form: 'A',
        status: 'changed',
        values: v1.content.forms.A?.values ?? {},
      }),
    );
    expect(err).toBeInstanceOf(ConflictError);
    expect(err).toMatchObject({ code: 'REPORTS.STALE', params: { currentLockVersion: 1 } });
    expect(await snapshot(db)).toEqual(before);

    await saveForm(at(db, fpLbn, '2024-02-03'), {
      ...ref,
      lockVersion: 1,
      form: 'F',
      status: 'changed',
      values: formF2023,
    });
    await submitReport(at(db, fpLbn, '2024-04-15'), { ...ref, lockVersion: 2 });
    const submittedV1 = await versionRow(db, ref.versionId);

    // An amendment: version 2, a copy of what was submitted, while version 1 stands.
    const amended = await amendReport(at(db, fpLbn, '2024-06-01'), { reportId: r2023.reportId });
    const v2 = await versionRow(db, amended.versionId);
    expect(v2).toMatchObject({
      number: 2,
      status: 'draft',
      lockVersion: 0,
      prefilledFromVersionId: submittedV1.id,
    });
    expect(v2.content).toEqual(submittedV1.content);
    expect((await versionRow(db, submittedV1.id)).status).toBe('submitted');

    // The draft is the State's and the ISU's; everyone else sees only what was submitted.
    for (const actor of [fpLbn, isu]) {
      expect((await getReportVersionForActor(db, actor, v2.id)).version.id).toBe(v2.id);
    }
    for (const actor of [fpChl, partner]) {
      await expect(getReportVersionForActor(db, actor, v2.id)).rejects.toBeInstanceOf(ForbiddenError);
      expect(await findReportVersionForActor(db, actor, v2.id)).toBeUndefined();
    }
    await expect(getReportVersionForActor(db, anonymous, v2.id)).rejects.toBeInstanceOf(UnauthenticatedError);
    for (const actor of [fpChl, partner, anonymous, fpLbn, isu]) {
      expect((await getReportVersionForActor(db, actor, submittedV1.id)).version.content).toEqual(
        submittedV1.content,
      );
    }
    const seen = async (actor: Actor) =>
      (await listReportsForState(db, actor, 'LBN')).map((r) => [r.year, r.versions.map((v) => v.status)]);
    expect(await seen(anonymous)).toEqual([
      [2023, ['submitted']],
      [2022, ['submitted']],
    ]);
    expect(await seen(partner)).toEqual(await seen(anonymous));
    expect(await seen(fpChl)).toEqual(await seen(anonymous));
    expect(await seen(fpLbn)).toEqual([
      [2023, ['submitted', 'draft']],
      [2022, ['submitted']],
    ]);

    await saveForm(at(db, fpLbn, '2024-06-02'), {
      reportId: r2023.reportId,
      versionId: v2.id,
      lockVersion: 0,
      form: 'F',
      status: 'changed',
      values: { ...formF2023, totalRemainingArea: 650_000 },
    });
    const submit2 = await submitReport(at(db, fpLbn, '2024-06-03'), {
      reportId: r2023.reportId,
      versionId: v2.id,
      lockVersion: 1,
    });
    expect(submit2.supersededVersionIds).toEqual([submittedV1.id]);
    const v1Now = await versionRow(db, submittedV1.id);
    expect(v1Now.status).toBe('superseded');
    // A submitted version's content never changes.
    expect(v1Now.content).toEqual(submittedV1.content);
    expect((await versionRow(db, v2.id)).content.forms.F?.values.totalRemainingArea).toBe(650_000);
    expect((await latestSubmittedVersion(db, 'LBN'))?.id).toBe(v2.id);
    expect((await latestSubmittedVersion(db, 'LBN', 2023))?.id).toBe(r2022.versionId);

    // The ISU recalls version 2: it stops counting, version 1 stands again, work goes on in version 3.
    const recallCtx = at(db, isu, '2024-06-10');
    const recalled = await recallReport(recallCtx, {
      reportId: r2023.reportId,
      reason: 'Submitted by mistake',
    });
    const v2Recalled = await versionRow(db, v2.id);
    expect(v2Recalled.status).toBe('recalled');
    expect(v2Recalled.content.forms.F?.values.totalRemainingArea).toBe(650_000);
    expect((await versionRow(db, submittedV1.id)).status).toBe('submitted');
    const v3 = await versionRow(db, recalled.draftVersionId);
    expect(v3).toMatchObject({ number: 3, status: 'draft', prefilledFromVersionId: v2.id });
    expect(v3.content).toEqual(v2Recalled.content);
    expect(
      (await auditOf(db, recallCtx)).map((a) => [a.subjectId, (a.after as { status: string }).status]),
    ).toEqual([
      [String(v2.id), 'recalled'],
      [String(submittedV1.id), 'submitted'],
      [String(v3.id), 'draft'],
    ]);
    // A recalled version is not public.
    await expect(getReportVersionForActor(db, partner, v2.id)).rejects.toBeInstanceOf(ForbiddenError);

    // The ISU keys in the corrected report that came by e-mail on 7 June.
    await submitReport(at(db, isu, '2024-06-12'), {
      reportId: r2023.reportId,
      versionId: v3.id,
      lockVersion: 0,
      channel: 'email',
      receivedOn: '2024-06-07',
    });
    expect(await versionRow(db, v3.id)).toMatchObject({
      status: 'submitted',
      channel: 'email',
      receivedOn: '2024-06-07',
      submittedBy: isu.id,
    });
    expect((await versionHistory(db, r2023.reportId)).map((v) => [v.number, v.status])).toEqual([
      [1, 'superseded'],
      [2, 'recalled'],
      [3, 'submitted'],
    ]);
    expect((await getReport(db, r2023.reportId)).versions).toHaveLength(3);

    // Chile's 2023 report, submitted then recalled, does not count; a signatory's voluntary one does.
    const chl = await createReport(at(db, isu, '2024-03-01'), { iso3: 'CHL', year: 2023 });
    await submitReport(at(db, isu, '2024-03-02'), { ...chl, lockVersion: 0 });
    await recallReport(at(db, isu, '2024-03-03'), { reportId: chl.reportId, reason: 'Wrong State' });
    const ago = await createReport(at(db, isu, '2024-05-01'), { iso3: 'AGO', year: 2023 });
    expect(ago.kind).toBe('voluntary');
    await submitReport(at(db, isu, '2024-05-02'), {
      ...ago,
      lockVersion: 0,
      channel: 'post',
      receivedOn: '2024-04-29',
    });

    const counted = await listSubmissionsForYear(db, 2023);
    expect(
      counted.map((s) => ({
        iso3: s.stateIso3,
        first: s.firstReceivedOn,
        latest: s.latest.number,
        kind: s.kind,
      })),
    ).toEqual([
      { iso3: 'AGO', first: '2024-04-29', latest: 1, kind: 'voluntary' },
      // The first delivery still counts for the deadline; the recalled version 2 is not a delivery.
      { iso3: 'LBN', first: '2024-04-15', latest: 3, kind: 'annual' },
    ]);
    expect((await listSubmissionsForYear(db, 2022)).map((s) => s.stateIso3)).toEqual(['LBN']);
    expect(await listSubmissionsForYear(db, 2021)).toEqual([]);
  });

  describe('who may do what', () => {
    type Prepared = Record<string, unknown>;
    let year = 2011;
    const nextYear = () => ++year;

    async function draft(db: Db, isu: Actor): Promise<Prepared> {
      const r = await createReport(ctxFor(db, isu), { iso3: 'LBN', year: nextYear() });
      return { reportId: r.reportId, versionId: r.versionId, lockVersion: 0 };
    }
    async function submitted(db: Db, isu: Actor): Promise<Prepared> {
      const d = await draft(db, isu);
      await submitReport(ctxFor(db, isu), d);
      return { reportId: d.reportId };
    }

    const verbs: Array<{
      name: string;
      call: (ctx: ServiceContext, input: Prepared) => Promise<unknown>;
      prepare: (db: Db, isu: Actor) => Promise<Prepared>;
      isuOnly?: boolean;
    }> = [
      {
        name: 'createReport',
        call: createReport,
        prepare: async () => ({ iso3: 'LBN', year: nextYear() }),
      },
      {
        name: 'saveForm',
        call: saveForm,
        prepare: async (db, isu) => ({
          ...(await draft(db, isu)),
          form: 'F',
          status: 'changed',
          values: formF,
        }),
      },
      {
        name: 'markFormUnchanged',
        call: markFormUnchanged,
        prepare: async (db, isu) => ({ ...(await draft(db, isu)), form: 'A' }),
      },
      {
        name: 'confirmWarning',
        call: confirmWarning,
        // A draft whose remaining total disagrees with its rows: the warning to confirm.
        prepare: async (db, isu) => {
          const d = await draft(db, isu);
          await saveForm(ctxFor(db, isu), {
            ...(d as { reportId: number; versionId: number; lockVersion: number }),
            form: 'F',
            status: 'changed',
            values: { ...formF, totalRemainingArea: 1000 },
          });
          return {
            reportId: d.reportId,
            warningKey: 'remainingAgainstRows@F.totalRemainingArea:total=1000,rows=1200000',
          };
        },
      },
      { name: 'submitReport', call: submitReport, prepare: draft },
      { name: 'amendReport', call: amendReport, prepare: submitted },
      {
        name: 'recallReport',
        call: recallReport,
        prepare: async (db, isu) => ({ ...(await submitted(db, isu)), reason: 'Test recall' }),
        isuOnly: true,
      },
    ];

    for (const verb of verbs) {
      it(`${verb.name}: ${verb.isuOnly ? 'the ISU only' : 'the State’s focal point and the ISU'}; others refused, nothing changed`, async () => {
        const { db } = database();
        const { isu, fpLbn, fpChl, partner, coordinator } = await people(db);
        year = 2011;

        const refused: Array<[Actor, typeof ForbiddenError | typeof UnauthenticatedError]> = [
          [fpChl, ForbiddenError],
          [partner, ForbiddenError],
          [coordinator, ForbiddenError],
          [anonymous, UnauthenticatedError],
        ];
        if (verb.isuOnly) refused.push([fpLbn, ForbiddenError]);
        const input = await verb.prepare(db, isu);
        const before = await snapshot(db);
        for (const [actor, error] of refused) {
          await expect(verb.call(ctxFor(db, actor), input), actor.label).rejects.toBeInstanceOf(error);
        }
        expect(await snapshot(db)).toEqual(before);

        const allowed = verb.isuOnly ? [isu] : [fpLbn, isu];
        for (const actor of allowed) {
          const ctx = ctxFor(db, actor);
          await verb.call(ctx, await verb.prepare(db, isu));
          const audit = await auditOf(db, ctx);
          expect(audit.length).toBeGreaterThan(0);
          expect(audit.every((a) => a.verb === `reports.${verb.name}` && a.actorId === actor.id)).toBe(true);
        }
      });
    }
  });

  it('createReport: kind from the registry, no future year, no year before entry into force, one per year', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const ctx = ctxFor(db, isu);
    const fieldsOf = async (p: Promise<unknown>) => ((await rejection(p)) as ValidationError).fieldErrors;

    // Nigeria (in force 1 Aug 2023) has not reported: its first report is the initial one, the next annual.
    expect((await createReport(ctx, { iso3: 'NGA', year: 2023 })).kind).toBe('initial');
    expect((await createReport(ctx, { iso3: 'NGA', year: 2024 })).kind).toBe('annual');
    // South Sudan reported voluntarily before its accession took effect (2024), then initially.
    expect((await createReport(ctx, { iso3: 'SSD', year: 2022 })).kind).toBe('voluntary');
    expect(await fieldsOf(createReport(ctx, { iso3: 'SSD', year: 2023, kind: 'annual' }))).toEqual({
      year: ['reports:errors.yearBeforeEntryIntoForce'],
    });
    expect((await createReport(ctx, { iso3: 'SSD', year: 2024 })).kind).toBe('initial');
    // A signatory files voluntary reports only.
    expect(await fieldsOf(createReport(ctx, { iso3: 'AGO', year: 2023, kind: 'annual' }))).toEqual({
      kind: ['reports:errors.kindNotParty'],
    });
    expect(await fieldsOf(createReport(ctx, { iso3: 'LBN', year: 2023, kind: 'voluntary' }))).toEqual({
      kind: ['reports:errors.kindParty'],
    });
    expect(await fieldsOf(createReport(ctx, { iso3: 'LBN', year: TEST_NOW.getUTCFullYear() + 1 }))).toEqual({
      year: ['reports:errors.yearInFuture'],
    });
    await expect(createReport(ctx, { iso3: 'XXX', year: 2023 })).rejects.toBeInstanceOf(NotFoundError);

    const first = await createReport(ctx, { iso3: 'LBN', year: 2023 });
    const before = await snapshot(db);
    const dup = await rejection(createReport(ctx, { iso3: 'LBN', year: 2023 }));
    expect(dup).toMatchObject({
      code: 'REPORTS.ALREADY_EXISTS',
      status: 409,
      params: { reportId: first.reportId },
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('saveForm and markFormUnchanged: values checked by the template, drafts only, the cover has no status', async () => {
    const { db } = database();
    const { isu, fpLbn } = await people(db);
    const r = await createReport(ctxFor(db, fpLbn), { iso3: 'LBN', year: 2023 });
    const ref = { reportId: r.reportId, versionId: r.versionId, lockVersion: 0 };
    const before = await snapshot(db);

    const bad = (await rejection(
      saveForm(ctxFor(db, fpLbn), {
        ...ref,
        form: 'F',
        status: 'changed',
        values: { contaminatedAreas: [{ location: 'South', area: -5 }], noSuchField: 'x' },
      }),
    )) as ValidationError;
    expect(bad).toBeInstanceOf(ValidationError);
    expect(bad.fieldErrors['values.contaminatedAreas.0.area']).toEqual(['reports:errors.min']);
    expect(bad.fieldErrors['values.noSuchField']).toBeDefined();
    expect(
      await rejection(saveForm(ctxFor(db, fpLbn), { ...ref, form: 'cover', status: 'changed', values: {} })),
    ).toMatchObject({ fieldErrors: { status: ['reports:errors.formHasNoStatus'] } });
    expect(await rejection(markFormUnchanged(ctxFor(db, fpLbn), { ...ref, form: 'cover' }))).toMatchObject({
      fieldErrors: { form: ['reports:errors.formHasNoStatus'] },
    });
    // A version of another report is not this report's.
    const other = await createReport(ctxFor(db, isu), { iso3: 'LBN', year: 2022 });
    await expect(
      saveForm(ctxFor(db, fpLbn), {
        ...ref,
        versionId: other.versionId,
        form: 'F',
        status: null,
        values: {},
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const afterOther = await snapshot(db);
    expect(afterOther.versions.find((v) => v.id === r.versionId)).toEqual(
      before.versions.find((v) => v.id === r.versionId),
    );

    // Saving what is already there changes nothing, not even the lock version.
    const mark = await markFormUnchanged(ctxFor(db, fpLbn), { ...ref, form: 'A' });
    expect(mark.lockVersion).toBe(1);
    const again = ctxFor(db, fpLbn);
    expect(await markFormUnchanged(again, { ...ref, lockVersion: 1, form: 'A' })).toMatchObject({
      lockVersion: 1,
    });
    expect(await auditOf(db, again)).toEqual([]);

    await submitReport(ctxFor(db, fpLbn), { ...ref, lockVersion: 1 });
    const frozen = await snapshot(db);
    // One after the other: each must meet the frozen version, not a sibling's half-done transaction.
    for (const write of [
      () =>
        saveForm(ctxFor(db, isu), { ...ref, lockVersion: 1, form: 'F', status: 'changed', values: formF }),
      () => markFormUnchanged(ctxFor(db, isu), { ...ref, lockVersion: 1, form: 'B' }),
      () => submitReport(ctxFor(db, isu), { ...ref, lockVersion: 1 }),
    ]) {
      expect(await rejection(write())).toMatchObject({
        code: 'REPORTS.NOT_DRAFT',
        params: { status: 'submitted' },
      });
    }
    expect(await snapshot(db)).toEqual(frozen);
  });

  it('submitReport: a focal point submits online today; only the ISU records another channel or day', async () => {
    const { db } = database();
    const { isu, fpLbn } = await people(db);
    const r = await createReport(ctxFor(db, fpLbn), { iso3: 'LBN', year: 2023 });
    const ref = { reportId: r.reportId, versionId: r.versionId, lockVersion: 0 };
    const before = await snapshot(db);
    await expect(submitReport(ctxFor(db, fpLbn), { ...ref, channel: 'email' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      submitReport(ctxFor(db, fpLbn), { ...ref, receivedOn: '2026-01-05' }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(
      await rejection(submitReport(ctxFor(db, isu), { ...ref, receivedOn: '2026-12-01' })),
    ).toMatchObject({
      fieldErrors: { receivedOn: ['reports:errors.receivedInFuture'] },
    });
    expect(await rejection(submitReport(ctxFor(db, fpLbn), { ...ref, lockVersion: 3 }))).toMatchObject({
      code: 'REPORTS.STALE',
    });
    expect(await snapshot(db)).toEqual(before);
    // Saying "online, today" explicitly is what a focal point's submission is anyway.
    await submitReport(ctxFor(db, fpLbn), { ...ref, channel: 'online', receivedOn: '2026-11-23' });
    expect(await versionRow(db, r.versionId)).toMatchObject({
      status: 'submitted',
      receivedOn: '2026-11-23',
    });
  });

  it('amendReport and recallReport need a standing submission; an open amendment survives a recall', async () => {
    const { db } = database();
    const { isu, fpLbn } = await people(db);
    const r = await createReport(ctxFor(db, fpLbn), { iso3: 'LBN', year: 2023 });
    expect(await rejection(amendReport(ctxFor(db, fpLbn), { reportId: r.reportId }))).toMatchObject({
      code: 'REPORTS.DRAFT_EXISTS',
      params: { versionId: r.versionId },
    });
    expect(
      await rejection(recallReport(ctxFor(db, isu), { reportId: r.reportId, reason: 'why' })),
    ).toMatchObject({
      code: 'REPORTS.NO_SUBMISSION',
    });
    await expect(recallReport(ctxFor(db, isu), { reportId: r.reportId, reason: '' })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(amendReport(ctxFor(db, isu), { reportId: 999_999 })).rejects.toBeInstanceOf(NotFoundError);

    await submitReport(ctxFor(db, fpLbn), { ...r, lockVersion: 0 });
    const amendment = await amendReport(ctxFor(db, fpLbn), { reportId: r.reportId });
    await saveForm(ctxFor(db, fpLbn), {
      reportId: r.reportId,
      versionId: amendment.versionId,
      lockVersion: 0,
      form: 'F',
      status: 'changed',
      values: formF,
    });
    const draftBefore = await versionRow(db, amendment.versionId);
    const recalled = await recallReport(ctxFor(db, isu), { reportId: r.reportId, reason: 'Wrong figures' });
    expect(recalled).toMatchObject({ recalledVersionId: r.versionId, restoredVersionId: null });
    expect(recalled.draftVersionId).toBe(amendment.versionId);
    expect(await versionRow(db, amendment.versionId)).toEqual(draftBefore);
    expect((await versionsOf(db, r.reportId)).map((v) => v.status)).toEqual(['recalled', 'draft']);
    // Nothing stands now: nothing to amend or recall until the draft is submitted.
    expect(await rejection(amendReport(ctxFor(db, isu), { reportId: r.reportId }))).toMatchObject({
      code: 'REPORTS.DRAFT_EXISTS',
    });
    expect(await listSubmissionsForYear(db, 2023)).toEqual([]);
  });

  it('two editors saving the same draft at once: one wins, the other is told it is stale', async () => {
    const { db } = database();
    const fpLbn = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const r = await createReport(ctxFor(db, fpLbn), { iso3: 'LBN', year: 2023 });
    const save = (total: number) =>
      saveForm(ctxFor(db, fpLbn), {
        reportId: r.reportId,
        versionId: r.versionId,
        lockVersion: 0,
        form: 'F',
        status: 'changed',
        values: { ...formF, totalRemainingArea: total },
      });
    const outcomes = await Promise.allSettled([save(1), save(2)]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.reason).toMatchObject({ code: 'REPORTS.STALE', params: { currentLockVersion: 1 } });
    const row = await versionRow(db, r.versionId);
    expect(row.lockVersion).toBe(1);
    const content: ReportContent = row.content;
    expect([1, 2]).toContain(content.forms.F?.values.totalRemainingArea);
  });
});
