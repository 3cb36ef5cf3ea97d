import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../../kernel/http.js';
import { errorPage } from '../../../kernel/views/error-page.js';
import { render } from '../../../kernel/views/render.js';
import { yearChanges } from '../compare.js';
import { findReportFor, getReport, getReportVersionForActor, latestVisible } from '../queries.js';
import { diffContent } from '../template/content.js';
import { comparedIn, getTemplate } from '../template/registry.js';
import { DiffPage } from '../views/diff.js';
import { versionName } from '../views/values.js';
import { ISO3, REPORT, type ReportsKit } from './kit.js';

const YearPair = z.object({
  from: z.coerce.number().int().min(2009).max(2100),
  to: z.coerce.number().int().min(2009).max(2100),
});
const versionNumber = z.coerce.number().int().min(1).max(32767);
const NumberPair = z.object({ from: versionNumber, to: versionNumber });

/** What changed: between two versions of a report, or between two years. */
export function diffRoutes(app: Hono<AppEnv>, kit: ReportsKit) {
  const { db, labelsOf, stateOf, reportOf, summaryOf } = kit;

  app.get(`${REPORT}/diff`, async (c) => {
    const t = c.get('t');
    const report = await reportOf(c);
    const q = NumberPair.safeParse(c.req.query());
    if (!q.success) return errorPage(c, 400, t('reports:diff.badQuery'));
    const actor = c.get('actor');
    const from = await getReportVersionForActor(db, actor, summaryOf(report, q.data.from).id);
    const to = await getReportVersionForActor(db, actor, summaryOf(report, q.data.to).id);
    const template = getTemplate(to.version.templateId);
    const state = await stateOf(report.stateIso3, c.get('locale'));
    const side = (v: typeof from.version) => ({
      label: versionName(t, v),
      href: `/reports/${report.id}/versions/${v.number}`,
    });
    return render(
      c,
      t('reports:diff.versionsTitle', { state: state.name, year: report.year }),
      <DiffPage
        labels={labelsOf(c, template)}
        title={t('reports:diff.versionsTitle', { state: state.name, year: report.year })}
        back={{
          href: `/reports/${report.id}`,
          label: t('reports:edit.back', { state: state.name, year: report.year }),
        }}
        from={side(from.version)}
        to={side(to.version)}
        changes={diffContent(from.version.content, to.version.content, template)}
      />,
    );
  });

  app.get(`/states/:iso3${ISO3}/reports/diff`, async (c) => {
    const t = c.get('t');
    const actor = c.get('actor');
    const state = await stateOf(c.req.param('iso3'), c.get('locale'));
    const q = YearPair.safeParse(c.req.query());
    if (!q.success) return errorPage(c, 400, t('reports:diff.badQuery'));
    const sides = [];
    for (const year of [q.data.from, q.data.to]) {
      const row = await findReportFor(db, state.iso3, year);
      const report = row ? await getReport(db, row.id) : undefined;
      const latest = report ? latestVisible(actor, report) : undefined;
      // A report nobody here may see is, for this reader, no report at all.
      if (!report || !latest) return errorPage(c, 404, t('reports:diff.noReportForYear', { year }));
      const { version } = await getReportVersionForActor(db, actor, latest.id);
      sides.push({ report, version });
    }
    const [from, to] = sides as [(typeof sides)[0], (typeof sides)[0]];
    const template = comparedIn(from.version.templateId, to.version.templateId);
    const side = (s: typeof from) => ({
      label: t('reports:diff.yearSide', { year: s.report.year, version: versionName(t, s.version) }),
      href: `/reports/${s.report.id}/versions/${s.version.number}`,
    });
    const title = t('reports:diff.yearsTitle', { state: state.name, from: q.data.from, to: q.data.to });
    return render(
      c,
      title,
      <DiffPage
        labels={labelsOf(c, template)}
        title={title}
        back={{ href: `/states/${state.iso3}/reports`, label: t('reports:list.back', { state: state.name }) }}
        from={side(from)}
        to={side(to)}
        changes={yearChanges(from.version.content, to.version.content, template)}
        note={t('reports:diff.statusNote')}
      />,
    );
  });
}
