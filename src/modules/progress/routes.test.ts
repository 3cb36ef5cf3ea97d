import { beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../../test/db.js';
import { useDemoReports } from '../../../test/progress.js';
import { translator } from '../../kernel/i18n/index.js';
import { indicatorIds } from './catalogue.js';
import type { ProgressReportData } from './compute.js';
import { sections } from './model.js';
import { progressReportFor } from './queries.js';
import { summaryFigures } from './summary.js';
import { figureText, noDataText } from './views/labels.js';

/** As hono/jsx escapes text on output. */
const html = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

describe.each(engines)('the Progress Report pages on %s', (engine) => {
  // One database for the file: computing the 11MSP report over the demonstration reports is slow.
  const world = useDemoReports(engine);
  let report: ProgressReportData;
  beforeAll(async () => {
    report = await progressReportFor(world.database.db, '11MSP');
  });

  const page = async (path: string, status = 200) => {
    const res = await world.app.request(path);
    expect(res.status, path).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    return res.text();
  };

  it('lists the meetings whose reporting window is recorded, each leading to its report', async () => {
    const body = await page('/progress');
    expect(body).toContain('href="/progress/11MSP"');
    expect(body).toContain('30 June 2023');
    // A meeting without a window (the 2RC, a workshop) has no report to lead to.
    expect(body).not.toContain('href="/progress/2RC"');
    // The menu leads here.
    expect(body).toMatch(/<a[^>]*href="\/progress"[^>]*>Progress Report<\/a>/);
  });

  it('shows the 11MSP report: the window, the demonstration notice, sections A–K and all 82 indicators', async () => {
    const body = await page('/progress/11MSP');
    expect(report.window).toMatchObject({ from: '2022-07-01', to: '2023-06-30', census: '2023-06-30' });
    expect(body).toContain('1 July 2022 to 30 June 2023');
    expect(body).toMatch(/Census date<\/dt><dd>30 June 2023<\/dd>/);
    expect(report.includesDemonstrationData).toBe(true);
    expect(body).toContain('data-demonstration="true"');
    for (const s of sections) expect(body).toContain(`id="section-${s}"`);
    expect(body).toContain('A. Guiding Principles');
    expect(body).toContain('K. Compliance');

    const linked = [...body.matchAll(/href="\/progress\/11MSP\/(\w+)"/g)].map((m) => m[1]);
    // The 82 indicators, and the figures seed 004 prints only in its summary.
    expect(new Set(linked)).toEqual(new Set([...indicatorIds, ...summaryFigures.map((d) => d.id)]));
    expect(linked).toHaveLength(82 + summaryFigures.length);
    expect(body).toContain('Summary, §25');

    const t = translator('en');
    for (const i of report.indicators) {
      const f = i.computed;
      expect(body, i.id).toContain(html(t(`progress:indicators.${i.id}`)));
      if (f.value === null) {
        // Unknown reads as unknown, with the reason, and never as 0.
        expect(body, i.id).toContain(`href="/progress/11MSP/${i.id}" class="unconfirmed">Unknown</a>`);
        expect(body, i.id).toContain(html(noDataText(t, f) ?? 'no reason'));
      } else {
        expect(body, i.id).toContain(`href="/progress/11MSP/${i.id}">${html(figureText(t, 'en', f))}</a>`);
      }
    }
    // Facts of the registry the report rests on: Nigeria joined in the window; one request on time of one.
    expect(body).toContain('href="/progress/11MSP/LAP10a">1</a>');
    expect(body).toContain('href="/progress/11MSP/LAP50">1 of 1</a>');
    expect(report.indicators.filter((i) => i.computed.value === null).length).toBeGreaterThan(0);
    expect(body).not.toContain('progress:');
  });

  it('shows an indicator with its figure and every State it looked at, counted first, each basis linked', async () => {
    const body = await page('/progress/11MSP/LAP3a');
    expect(body).toContain(html(translator('en')('progress:indicators.LAP3a')));
    expect(body).toContain('Counted from structured data');
    expect(body).toContain('Reports received in the window, whatever year they cover');
    expect(body).toContain('States Parties with a report received in the window');
    const f = report.indicators.find((i) => i.id === 'LAP3a')!.computed;
    expect(f.value).toBeGreaterThan(0);
    expect(body).toContain(`data-figure="">${f.value}</strong>`);
    // Every State looked at, those counted before the others.
    const order = [...body.matchAll(/data-counted="(true|false)"/g)].map((m) => m[1]);
    expect(order).toHaveLength(f.evidence.length);
    expect(order.filter((c) => c === 'true')).toHaveLength(f.value!);
    expect(order.indexOf('false')).toBe(f.value);
    for (const e of f.evidence) expect(body).toContain(`href="/states/${e.iso3}"`);
    // A row counted links to that row of the report version; the demonstration report is marked.
    const andorra = f.evidence.find((e) => e.iso3 === 'AND')!.bases[0]!;
    expect(andorra.kind).toBe('report');
    if (andorra.kind !== 'report') return;
    expect(body).toContain(
      `href="/reports/${andorra.reportId}/versions/${andorra.version}#row-I-assistanceProvided-1"`,
    );
    expect(body).toContain('Form I: National resources and international cooperation and assistance');
    expect(body).toContain('Demonstration data</span>');
    expect(body).toContain('No row in this table');

    // A registry basis links to the State, the meeting it was made at, and cites its source.
    const declared = await page('/progress/11MSP/LAP13');
    expect(declared).toContain('href="/states/BGR"');
    expect(declared).toContain('States registry: Completion declared, Article 3');
    expect(declared).toContain('href="/meetings/11MSP"');
    expect(declared).toContain('Source:');
    // An office held rests on the office holders' record.
    const presidents = await page('/progress/11MSP/LAP4b');
    expect(presidents).toContain(
      'href="/meetings/office-holders">Office holders: President; gender: not known',
    );

    // Why an unknown figure is unknown; the States it would be counted over are still listed.
    const unknown = await page('/progress/11MSP/LAP2a');
    expect(unknown).toContain('class="unconfirmed" data-figure="">Unknown</strong>');
    expect(unknown).toContain(html(translator('en')('progress:noData.noAnswers')));
    expect(unknown).toContain('Question left unanswered');
    expect(unknown).toContain('No report received in the window.');
  });

  it('answers an unknown meeting or indicator with a 404 page, never a 5xx', async () => {
    expect(await page('/progress/XYZ', 404)).toContain('XYZ');
    expect(await page('/progress/2RC', 404)).toContain('2RC');
    expect(await page('/progress/11MSP/LAP999', 404)).toContain('Indicator LAP999 was not found.');
    await page('/progress/XYZ/LAP1a', 404);
    expect((await world.app.request('/progress/bad%20code')).status).toBe(404);
    expect((await world.app.request('/progress/11MSP/LAP1a/more')).status).toBe(404);
  });

  it('reads in French with ?lang=fr', async () => {
    const fr = translator('fr');
    const body = await page('/progress/11MSP?lang=fr');
    expect(body).toContain('lang="fr"');
    expect(body).toContain('A. Principes directeurs');
    expect(body).toContain(html(fr('progress:indicators.LAP1a')));
    expect(body).toContain('class="unconfirmed">Inconnu</a>');
    expect(body).toContain('du 1 juillet 2022 au 30 juin 2023');
    const one = await page('/progress/11MSP/LAP43?lang=fr');
    expect(one).toContain(html(fr('progress:indicators.LAP43')));
    expect(one).toContain('Non compté');
  });
});
