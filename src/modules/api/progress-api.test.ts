import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser, TEST_BASE } from '../../../test/app.js';
import { engines } from '../../../test/db.js';
import { useDemoReports } from '../../../test/progress.js';
import {
  agreeParagraph,
  circulateVersion,
  indicatorIds,
  overrideFigure,
  progressReportFor,
  writeParagraph,
} from '../progress/index.js';
import { ProgressReport, ProgressReportVersion } from './progress-api.js';
import { ApiError } from './schemas.js';

describe.each(engines)('the Progress Report in the JSON API on %s', (engine) => {
  // One database for the file: computing the 11MSP report over the demonstration reports is slow.
  const world = useDemoReports(engine);

  it('answers every indicator of the 11MSP report with its figure and evidence, as the document says', async () => {
    const res = await world.app.request('/api/v1/progress-reports/11MSP');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const body = (await res.json()) as Record<string, unknown>;
    const report = ProgressReport.parse(body);
    // parse() strips unknown keys, so compare the raw keys: the answer is exactly the contract.
    expect(Object.keys(body).sort()).toEqual(Object.keys(ProgressReport.shape).sort());
    expect(report).toMatchObject({
      meeting: '11MSP',
      window: {
        from: '2022-07-01',
        to: '2023-06-30',
        censusDate: '2023-06-30',
        meetingStartsOn: '2023-09-11',
      },
      includesDemonstrationData: true,
      count: 82,
    });
    expect(report.indicators.map((i) => i.id)).toEqual(indicatorIds);
    // The figures seed 004 prints only in its summary, beside them, never judged.
    expect(report.summary.map((i) => i.id)).toEqual([
      'S3a',
      'S25a',
      'S25b',
      'S33a',
      'S35a',
      'S40a',
      'S43a',
      'S44a',
      'S44b',
      'S45a',
      'S45b',
    ]);
    expect(report.summary.find((i) => i.id === 'S43a')).toMatchObject({
      value: null,
      noData: 'noRecordKept',
    });

    // The same figures as the module computes, indicator by indicator.
    const computed = await progressReportFor(world.database.db, '11MSP');
    for (const [n, i] of report.indicators.entries()) {
      const c = computed.indicators[n]!;
      expect(i, i.id).toMatchObject({
        value: c.computed.value,
        denominator: c.computed.denominator,
        unit: c.computed.unit,
        noData: c.computed.noData,
        section: c.section,
        action: c.action,
        href: `/progress/11MSP/${i.id}`,
      });
      expect(i.evidence).toHaveLength(c.computed.evidence.length);
      expect(i.text, i.id).not.toMatch(/^indicators\./);
    }

    // Unknown is null with its reason, never 0.
    const unknown = report.indicators.filter((i) => i.value === null);
    expect(unknown.length).toBeGreaterThan(0);
    for (const i of unknown) {
      expect(i.noData, i.id).not.toBeNull();
      expect(i.noDataReason, i.id).toMatch(/\w/);
    }
    const lap2a = report.indicators.find((i) => i.id === 'LAP2a')!;
    expect(lap2a).toMatchObject({ value: null, noData: 'noAnswers' });

    // Evidence: a counted row of a demonstration report links to its row; a missing report says why.
    const lap3a = report.indicators.find((i) => i.id === 'LAP3a')!;
    const andorra = lap3a.evidence.find((e) => e.iso3 === 'AND')!;
    expect(andorra.counted).toBe(true);
    expect(andorra.bases[0]).toMatchObject({
      kind: 'report',
      form: 'I',
      table: 'assistanceProvided',
      row: 1,
      demonstration: true,
      href: expect.stringMatching(/^\/reports\/\d+\/versions\/1#row-I-assistanceProvided-1$/),
    });
    const none = report.indicators
      .flatMap((i) => i.evidence.flatMap((e) => e.bases))
      .find((b) => b.kind === 'none' && b.reason === 'noReportInWindow');
    expect(none).toEqual({
      kind: 'none',
      reason: 'noReportInWindow',
      message: 'No report received in the window.',
    });
    const nigeria = report.indicators.find((i) => i.id === 'LAP10a')!;
    expect(nigeria).toMatchObject({ value: 1, evidence: [{ iso3: 'NGA', counted: true }] });
    expect(nigeria.evidence[0]!.bases[0]).toMatchObject({ kind: 'registry', href: '/states/NGA' });

    // In French on request, the codes unchanged.
    const fr = ProgressReport.parse(
      await (
        await world.app.request('/api/v1/progress-reports/11MSP', { headers: { 'accept-language': 'fr' } })
      ).json(),
    );
    expect(fr.indicators.find((i) => i.id === 'LAP2a')).toMatchObject({
      noData: 'noAnswers',
      noDataReason: expect.stringContaining('Aucune donnée'),
    });

    // The document describes the operation and its answer.
    const doc = (await (await world.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, { get: { responses: Record<string, { content: unknown }> } }>;
      components: { schemas: Record<string, { type?: unknown }> };
    };
    const op = doc.paths['/api/v1/progress-reports/{code}']?.get;
    expect(op?.responses['200']?.content).toEqual({
      'application/json': { schema: { $ref: '#/components/schemas/ProgressReport' } },
    });
    expect(op?.responses['404']).toBeDefined();
    expect(doc.components.schemas.ProgressReport?.type).toBe('object');
    expect(doc.components.schemas.ProgressBasis).toBeDefined();
  });

  it('carries the agreed figure with its reason, the agreed texts and the versions; a version keeps what it froze', async () => {
    const isu = await makeUser(world.database.db, { role: 'isu' });
    const ctx = ctxFor(world.database.db, isu);
    await overrideFigure(ctx, {
      meeting: '11MSP',
      indicatorId: 'LAP40',
      value: 41,
      reason: 'Late reports counted',
    });
    const first = await writeParagraph(ctx, {
      meeting: '11MSP',
      section: 'H',
      key: 'partnerships',
      text: 'Agreed words',
      revision: 0,
    });
    await agreeParagraph(ctx, {
      meeting: '11MSP',
      section: 'H',
      key: 'partnerships',
      revision: first.revision,
    });
    await circulateVersion(ctx, { meeting: '11MSP' });
    await writeParagraph(ctx, {
      meeting: '11MSP',
      section: 'H',
      key: 'partnerships',
      text: 'Newer draft',
      revision: first.revision + 1,
    });

    const report = ProgressReport.parse(
      await (await world.app.request('/api/v1/progress-reports/11MSP')).json(),
    );
    const lap40 = report.indicators.find((i) => i.id === 'LAP40')!;
    expect(lap40.shown).toMatchObject({ value: 41, from: 'agreed' });
    expect(lap40.agreed).toMatchObject({ value: 41, reason: 'Late reports counted' });
    // The computed figure is unchanged beside it.
    const computed = (await progressReportFor(world.database.db, '11MSP')).indicators.find(
      (i) => i.id === 'LAP40',
    )!;
    expect(lap40.value).toBe(computed.computed.value);
    // The last agreed revision is read, never the newer draft; generated paragraphs are in words.
    const texts = report.paragraphs.filter((p) => p.key === 'partnerships');
    expect(texts).toEqual([
      expect.objectContaining({ author: 'coordinator', status: 'agreed', text: 'Agreed words' }),
    ]);
    expect(JSON.stringify(report)).not.toContain('Newer draft');
    const generated = report.paragraphs.filter((p) => p.kind === 'generated');
    expect(generated.length).toBeGreaterThan(0);
    for (const g of generated) expect(g.text, g.key).not.toMatch(/generated\.|\{\{/);
    expect(report.versions).toEqual([expect.objectContaining({ number: 1, status: 'circulated' })]);

    const frozen = ProgressReportVersion.parse(
      await (await world.app.request(report.versions[0]!.href)).json(),
    );
    expect(frozen).toMatchObject({ meeting: '11MSP', number: 1, status: 'circulated' });
    expect(frozen.indicators.find((i) => i.id === 'LAP40')?.shown.value).toBe(41);
    expect(frozen.paragraphs.find((p) => p.key === 'partnerships')?.text).toBe('Agreed words');
    const missing = await world.app.request('/api/v1/progress-reports/11MSP/versions/9');
    expect(missing.status).toBe(404);
    expect(ApiError.parse(await missing.json()).error.code).toBe('PROGRESS.VERSION_NOT_FOUND');
  });

  it('answers an unknown meeting, or one without a window, with 404 JSON, and a malformed code with 400', async () => {
    for (const code of ['XYZ', '2RC']) {
      const res = await world.app.request(`/api/v1/progress-reports/${code}`);
      expect(res.status, code).toBe(404);
      expect(ApiError.parse(await res.json()).error.code).toBe('PROGRESS.WINDOW_NOT_RECORDED');
    }
    expect((await world.app.request('/api/v1/progress-reports/bad%20code')).status).toBe(400);
    const post = await world.app.request('/api/v1/progress-reports/11MSP', {
      method: 'POST',
      headers: { origin: TEST_BASE },
    });
    expect(post.status).toBe(405);
  });
});
