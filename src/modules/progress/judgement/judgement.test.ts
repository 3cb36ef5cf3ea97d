import { describe, expect, it } from 'vitest';
import {
  expectPage,
  expectSentToSignIn,
  fieldsOf,
  postForm,
  TEST_BASE,
  TEST_NOW,
} from '../../../../test/app.js';
import { engines } from '../../../../test/db.js';
import { useProgressWorld } from '../../../../test/progress.js';
import { expectRefusedTo } from '../../../../test/refusals.js';
import { loadConfig } from '../../../config.js';
import type { ServiceContext } from '../../../kernel/context.js';
import { ForbiddenError, ValidationError } from '../../../kernel/errors.js';
import { judgedProgressReport, progressJudgementRoutes, publishedComparison } from '../index.js';
import { overrideFigure } from './override-figure.js';
import { recordAssessment } from './record-assessment.js';
import { withdrawAssessment } from './withdraw-assessment.js';
import { withdrawOverride } from './withdraw-override.js';

/*
 * Judgement on the 11MSP Progress Report, over the calendar and the 2022 demonstration reports:
 * one database per engine, shared by the assertions of this file (building it takes ~15 s).
 */

describe.each(engines)('judging the Progress Report on %s', (engine) => {
  // The focal point is of a State the indicator counts: it may not assess its own State either.
  const { world, ctx, cookieOf } = useProgressWorld(engine, (app, database) =>
    app.route(
      '/',
      progressJudgementRoutes({
        database,
        config: loadConfig({ NODE_ENV: 'test', BASE_URL: TEST_BASE }),
        now: () => TEST_NOW,
      }),
    ),
  );
  const assessmentOf = (stateIso3: string) => ({
    meeting: '11MSP',
    indicatorId: 'LAP16',
    stateIso3,
    value: 'yes',
    basis: 'statement',
    basisDetail: '10MSP, Article 3 session',
    note: 'Shared its experience of the destruction process',
  });

  it('refuses every verb to a partner, a focal point (even on its own State) and the public', async () => {
    const calls = [
      (c: ServiceContext) => recordAssessment(c, assessmentOf('PER')),
      (c: ServiceContext) => withdrawAssessment(c, { id: 1 }),
      (c: ServiceContext) =>
        overrideFigure(c, { meeting: '11MSP', indicatorId: 'LAP16', value: 3, reason: 'Agreed' }),
      (c: ServiceContext) => withdrawOverride(c, { id: 1 }),
    ];
    for (const call of calls)
      await expectRefusedTo(world.database.db, [world.partner, world.focalPoint], call);
    const report = await judgedProgressReport(world.database.db, '11MSP');
    expect(report.indicators.every((i) => i.assessments.length === 0 && i.agreed === null)).toBe(true);
  });

  it('lets a Coordinator judge only the indicators of the areas it held in the report’s period', async () => {
    const victims = { ...assessmentOf('PER'), indicatorId: 'LAP32' };
    // LAP32 is victim assistance (section G): not among the test Coordinator's areas.
    await expect(recordAssessment(ctx(world.coordinator), victims)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      overrideFigure(ctx(world.coordinator), {
        meeting: '11MSP',
        indicatorId: 'LAP32',
        value: 2,
        reason: 'Agreed',
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    // A Coordinator linked to no office of the period judges nothing, not even the other's areas.
    await expect(recordAssessment(ctx(world.outsider), assessmentOf('PER'))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    // The ISU judges every area; the withdrawal is the Coordinator's only within its areas too.
    const { id } = await recordAssessment(ctx(world.isu), victims);
    await expect(withdrawAssessment(ctx(world.coordinator), { id })).rejects.toBeInstanceOf(ForbiddenError);
    await withdrawAssessment(ctx(world.isu), { id });
  });

  it('a Coordinator’s assessment changes the figure, with its basis and note in the evidence; withdrawing it restores the computed one', async () => {
    const before = (await judgedProgressReport(world.database.db, '11MSP')).indicators.find(
      (i) => i.id === 'LAP16',
    )!;
    expect(before.computed.value).toBeNull();
    expect(before.shown.from).toBe('computed');

    const { id } = await recordAssessment(ctx(world.coordinator), assessmentOf('PER'));
    const after = (await judgedProgressReport(world.database.db, '11MSP')).indicators.find(
      (i) => i.id === 'LAP16',
    )!;
    expect(after.computed).toEqual(before.computed);
    expect(after.shown).toMatchObject({ value: 1, from: 'assessed' });
    const per = after.assessed?.evidence.find((e) => e.iso3 === 'PER');
    expect(per?.counted).toBe(true);
    expect(per?.bases).toContainEqual(
      expect.objectContaining({
        kind: 'assessment',
        basis: 'statement',
        note: 'Shared its experience of the destruction process',
        by: world.coordinator.label,
      }),
    );

    // Recorded again, it replaces the one in force; the first stays in the history.
    const second = await recordAssessment(ctx(world.isu), {
      ...assessmentOf('PER'),
      value: 'no',
      note: 'On reflection, no',
    });
    expect(second.replaced).toBe(id);
    const replaced = (await judgedProgressReport(world.database.db, '11MSP')).indicators.find(
      (i) => i.id === 'LAP16',
    )!;
    expect(replaced.shown.value).toBe(0);
    expect(replaced.assessments).toHaveLength(1);

    await withdrawAssessment(ctx(world.coordinator), {
      id: second.id,
      reason: 'Recorded against the wrong meeting',
    });
    const withdrawn = (await judgedProgressReport(world.database.db, '11MSP')).indicators.find(
      (i) => i.id === 'LAP16',
    )!;
    expect(withdrawn.shown).toMatchObject({ value: null, from: 'computed' });
    await expect(withdrawAssessment(ctx(world.coordinator), { id: second.id })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it('an agreed figure requires a reason, is shown with it over the computed one, and can be withdrawn', async () => {
    const refused = await overrideFigure(ctx(world.isu), {
      meeting: '11MSP',
      indicatorId: 'LAP4d',
      value: 81,
      denominator: 237,
      reason: '   ',
    }).catch((e) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect(Object.keys((refused as ValidationError).fieldErrors)).toEqual(['reason']);

    const reason = 'Counted from the 10MSP list of participants by the ISU';
    const { id } = await overrideFigure(ctx(world.coordinator), {
      meeting: '11MSP',
      indicatorId: 'LAP4d',
      value: 81,
      denominator: 237,
      reason,
    });
    const i = (await judgedProgressReport(world.database.db, '11MSP')).indicators.find(
      (x) => x.id === 'LAP4d',
    )!;
    expect(i.computed.value).toBeNull();
    expect(i.agreed).toMatchObject({ value: 81, denominator: 237, reason, by: world.coordinator.label });
    expect(i.shown).toMatchObject({ value: 81, denominator: 237, from: 'agreed' });

    const comparison = await publishedComparison(world.database.db, '11MSP');
    const row = comparison!.rows.find((r) => r.id === 'LAP4d')!;
    expect(row.agreed?.reason).toBe(reason);
    expect(row.status).toBe('agrees');

    await withdrawOverride(ctx(world.isu), { id, reason: 'Superseded by the imported list' });
    const back = (await judgedProgressReport(world.database.db, '11MSP')).indicators.find(
      (x) => x.id === 'LAP4d',
    )!;
    expect(back.agreed).toBeNull();
    expect(back.shown.from).toBe('computed');
  });

  it('holds the 82 published 11MSP figures against the data and gives a reason for every difference', async () => {
    const c = (await publishedComparison(world.database.db, '11MSP'))!;
    expect(c.rows).toHaveLength(82);
    expect(c.includesDemonstrationData).toBe(true);
    const report = await judgedProgressReport(world.database.db, '11MSP');
    for (const row of c.rows) {
      const i = report.indicators.find((x) => x.id === row.id)!;
      const same =
        row.published.value === i.shown.value &&
        (row.published.denominator ?? i.shown.denominator) === i.shown.denominator;
      if (row.published.status !== 'figure') expect(row.status, row.id).toBe('notPrinted');
      else expect(row.status, row.id).toBe(same ? 'agrees' : 'differs');
      if (row.status === 'differs')
        expect(row.reasons.length, `${row.id} is not explained`).toBeGreaterThan(0);
      else expect(row.reasons, row.id).toEqual([]);
    }
    // A figure unknown here is never compared as 0: its reason is the missing data.
    const unknown = c.rows.find((r) => r.id === 'LAP9a')!;
    expect(unknown.difference).toBeNull();
    expect(unknown.reasons).toContainEqual({ kind: 'noData', note: 'progress:noData.noRecordKept' });
    // Where the registry's population differs from the document's, the numbers are given.
    for (const r of c.rows.filter((x) => x.reasons.some((y) => y.kind === 'registryCount'))) {
      const reason = r.reasons.find((y) => y.kind === 'registryCount')!;
      expect(reason.params?.registry, r.id).toBe(r.computed.denominator);
      expect(reason.params?.seed, r.id).not.toBe(r.computed.denominator);
    }
    // The document's own inconsistencies are reasons of the rows they concern.
    expect(c.rows.find((r) => r.id === 'LAP19a')!.reasons.map((r) => r.kind)).toContain('insideSeed');
    expect(c.checks.published.length).toBeGreaterThan(0);
  });

  describe('pages', () => {
    const path = '/progress/11MSP/LAP26/assess';

    it('shows the assess page to a Coordinator; refuses it to a partner, a focal point and the public', async () => {
      const cookie = await cookieOf(world.coordinator);
      const page = await world.app.request(path, { headers: { cookie } });
      await expectPage(page, 200, ['action="/progress/11MSP/LAP26/override#errors"']);
      for (const who of [world.partner, world.focalPoint]) {
        const res = await world.app.request(path, { headers: { cookie: await cookieOf(who) } });
        expect(res.status).toBe(403);
        const post = await postForm(
          world.app,
          path,
          { stateIso3: 'AFG', value: 'yes', basis: 'judgement' },
          await cookieOf(who),
        );
        expect(post.status).toBe(403);
      }
      expectSentToSignIn(await world.app.request(path), path);
    });

    it('an override without a reason shows the form again with the error and the typed values', async () => {
      const cookie = await cookieOf(world.coordinator);
      const res = await postForm(
        world.app,
        '/progress/11MSP/LAP26/override',
        { agreedValue: '2', denominator: '10', reason: '' },
        cookie,
      );
      const html = await expectPage(res, 422, ['Give the reason for the agreed figure']);
      expect(fieldsOf(html, '/progress/11MSP/LAP26/override')).toMatchObject({
        agreedValue: '2',
        denominator: '10',
        reason: '',
      });
    });

    it('an assessment saved through the form changes the figure on the published comparison, with its note', async () => {
      const cookie = await cookieOf(world.coordinator);
      const saved = await postForm(
        world.app,
        '/progress/11MSP/LAP26/assess',
        {
          stateIso3: 'LBN',
          value: 'yes',
          basis: 'statement',
          basisDetail: '',
          note: 'Shared lessons at the IWG',
        },
        cookie,
      );
      expect(saved.status).toBe(303);
      const page = await (
        await world.app.request('/progress/11MSP/LAP26/assess', { headers: { cookie } })
      ).text();
      expect(page).toContain('Shared lessons at the IWG');
      const published = await world.app.request('/progress/11MSP/published');
      expect(published.status).toBe(200);
      const html = await published.text();
      const row = html.slice(
        html.indexOf('<tr id="LAP26"'),
        html.indexOf('</tr>', html.indexOf('<tr id="LAP26"')),
      );
      expect(row).toContain('Counted from the assessments');
      expect((html.match(/<tr id="LAP/g) ?? []).length).toBe(82);
      expect(html).toContain('data-demonstration="true"');
    });
  });
});
