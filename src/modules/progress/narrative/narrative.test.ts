import { describe, expect, it } from 'vitest';
import { expectPage, expectSentToSignIn, fieldsOf, outcomeAt, postForm } from '../../../../test/app.js';
import { engines } from '../../../../test/db.js';
import { useProgressWorld } from '../../../../test/progress.js';
import { expectRefusedTo } from '../../../../test/refusals.js';
import type { ServiceContext } from '../../../kernel/context.js';
import { ForbiddenError, ValidationError } from '../../../kernel/errors.js';
import { compareText, stateName } from '../../../kernel/i18n/state-names.js';
import { StaleRecordError } from '../../../kernel/record-version.js';
import {
  agreeParagraph,
  agreeQuestions,
  circulateVersion,
  diffContents,
  finaliseVersion,
  getVersion,
  judgedProgressReport,
  liveContent,
  recordAssessment,
  writeParagraph,
  writeQuestions,
} from '../index.js';
import { writtenHistory } from './content.js';

/*
 * The narrative and the versions of the 11MSP Progress Report, over the calendar and the 2022
 * demonstration reports: one database per engine, shared by the assertions of this file, which run
 * in order (the last one makes the report final).
 */

describe.each(engines)('the Progress Report narrative and versions on %s', (engine) => {
  const { world, ctx, cookieOf } = useProgressWorld(engine);
  const m = '11MSP';

  it('lets a Coordinator write only the sections of the areas it held in the report’s period', async () => {
    // Section G (victim assistance) is not among the test Coordinator's areas; the outsider has none.
    const services = { meeting: m, section: 'G' as const, key: 'services', text: 'Services', revision: 0 };
    await expect(writeParagraph(ctx(world.coordinator), services)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      writeQuestions(ctx(world.coordinator), { meeting: m, section: 'G', text: 'Why?', revision: 0 }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      writeParagraph(ctx(world.outsider), {
        meeting: m,
        section: 'C',
        key: 'outreach',
        text: 'x',
        revision: 0,
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const live = await liveContent(world.database.db, m);
    expect(live.paragraphs.filter((p) => p.kind !== 'generated')).toEqual([]);
  });

  it('refuses every verb to a partner, a focal point and the public', async () => {
    const calls = [
      (c: ServiceContext) =>
        writeParagraph(c, { meeting: m, section: 'C', key: 'outreach', text: 'Outreach', revision: 0 }),
      (c: ServiceContext) => agreeParagraph(c, { meeting: m, section: 'C', key: 'outreach', revision: 1 }),
      (c: ServiceContext) => writeQuestions(c, { meeting: m, section: 'C', text: 'Why?', revision: 0 }),
      (c: ServiceContext) => agreeQuestions(c, { meeting: m, section: 'C', revision: 1 }),
      (c: ServiceContext) => circulateVersion(c, { meeting: m }),
      (c: ServiceContext) => finaliseVersion(c, { meeting: m }),
    ];
    for (const call of calls)
      await expectRefusedTo(world.database.db, [world.partner, world.focalPoint], call);
    const live = await liveContent(world.database.db, m);
    expect(live.paragraphs.filter((p) => p.kind !== 'generated')).toEqual([]);
  });

  it('a Coordinator writes and agrees the area’s paragraphs and questions, not the President’s nor a version; the ISU writes the President’s', async () => {
    const c = ctx(world.coordinator);
    const first = await writeParagraph(c, {
      meeting: m,
      section: 'C',
      key: 'outreach',
      text: 'The Coordinators met 14 States not party.',
      revision: 0,
    });
    expect(first).toEqual({ revision: 1, unchanged: false });
    expect(await agreeParagraph(c, { meeting: m, section: 'C', key: 'outreach', revision: 1 })).toEqual({
      revision: 2,
      unchanged: false,
    });
    await writeQuestions(c, {
      meeting: m,
      section: 'C',
      text: 'How to reach the remaining signatories?',
      revision: 0,
    });
    await agreeQuestions(c, { meeting: m, section: 'C', revision: 1 });

    // The President's paragraphs and questions (sections A and K) and the versions are the ISU's.
    await expect(
      writeParagraph(c, {
        meeting: m,
        section: 'A',
        key: 'presidentOverview',
        text: 'Overview',
        revision: 0,
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      writeQuestions(c, { meeting: m, section: 'K', text: 'Q?', revision: 0 }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(circulateVersion(c, { meeting: m })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(finaliseVersion(c, { meeting: m })).rejects.toBeInstanceOf(ForbiddenError);
    await writeParagraph(ctx(world.isu), {
      meeting: m,
      section: 'A',
      key: 'presidentOverview',
      text: 'The President opened the year with the Lausanne Action Plan.',
      revision: 0,
    });

    // A slot the section does not have, and agreeing twice, are refused as input.
    await expect(
      writeParagraph(c, { meeting: m, section: 'C', key: 'questions', text: 'x', revision: 0 }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      agreeParagraph(c, { meeting: m, section: 'C', key: 'outreach', revision: 2 }),
    ).rejects.toBeInstanceOf(ValidationError);

    const live = await liveContent(world.database.db, m);
    const written = live.paragraphs.flatMap((p) => (p.kind === 'generated' ? [] : [p]));
    expect(written.map((p) => [`${p.section}.${p.key}`, p.status])).toEqual([
      ['A.presidentOverview', 'draft'],
      ['C.outreach', 'agreed'],
      ['C.questions', 'agreed'],
    ]);
  });

  it('refuses a stale edit, keeps every revision, and the form keeps the typed text beside the text now saved', async () => {
    const slot = { meeting: m, section: 'E' as const, key: 'clearanceProgress' };
    await writeParagraph(ctx(world.coordinator), {
      ...slot,
      text: 'First draft by the Coordinator.',
      revision: 0,
    });
    await writeParagraph(ctx(world.isu), { ...slot, text: 'The ISU’s edit.', revision: 1 });
    const stale = await writeParagraph(ctx(world.coordinator), {
      ...slot,
      text: 'Written over?',
      revision: 1,
    }).catch((e) => e);
    expect(stale).toBeInstanceOf(StaleRecordError);
    expect((stale as StaleRecordError).currentVersion).toBe(2);
    const history = await writtenHistory(world.database.db, m, 'E', 'clearanceProgress');
    expect(history.map((h) => [h.revision, h.text, h.supersededAt === null])).toEqual([
      [1, 'First draft by the Coordinator.', false],
      [2, 'The ISU’s edit.', true],
    ]);

    const cookie = await cookieOf(world.coordinator);
    const action = '/progress/11MSP/sections/E/written/clearanceProgress';
    const res = await postForm(
      world.app,
      action,
      { text: 'My text, typed from revision 1.', revision: '1' },
      cookie,
    );
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('Someone else saved this text while you were writing');
    expect(html).toContain('The ISU’s edit.');
    expect(fieldsOf(html, action)).toEqual({ revision: '1', text: 'My text, typed from revision 1.' });
    expect((await writtenHistory(world.database.db, m, 'E', 'clearanceProgress')).length).toBe(2);

    // An empty text comes back with its error; a save from the current revision goes through.
    const empty = await postForm(world.app, action, { text: '  ', revision: '2' }, cookie);
    await expectPage(empty, 422, ['Write the text: it cannot be empty.']);
    const saved = await postForm(world.app, action, { text: 'Merged text.', revision: '2' }, cookie);
    expect(saved.status).toBe(303);
    const page = await (
      await world.app.request('/progress/11MSP/sections/E', { headers: { cookie } })
    ).text();
    expect(page).toContain('Merged text.');
    expect(fieldsOf(page, action).revision).toBe('3');
  });

  it('refuses the pages’ writes to a partner, a focal point and the public, and the President’s forms to a Coordinator', async () => {
    for (const who of [world.partner, world.focalPoint]) {
      const cookie = await cookieOf(who);
      const page = await (
        await world.app.request('/progress/11MSP/sections/C', { headers: { cookie } })
      ).text();
      expect(page).not.toContain('action="/progress/11MSP/sections/C/written/outreach#errors"');
      for (const path of [
        '/progress/11MSP/sections/C/written/outreach',
        '/progress/11MSP/sections/C/written/questions/agree',
        '/progress/11MSP/versions/circulate',
        '/progress/11MSP/versions/finalise',
      ])
        expect((await postForm(world.app, path, { text: 'x', revision: '0' }, cookie)).status, path).toBe(
          403,
        );
    }
    const outreach = '/progress/11MSP/sections/C/written/outreach';
    expectSentToSignIn(await postForm(world.app, outreach, { text: 'x', revision: '0' }), outreach);

    const cookie = await cookieOf(world.coordinator);
    const a = await (await world.app.request('/progress/11MSP/sections/A', { headers: { cookie } })).text();
    expect(a).not.toContain('action="/progress/11MSP/sections/A/written/presidentOverview#errors"');
    // Section A's questions are the President's too; section C's are the Coordinators'.
    expect(a).not.toContain('action="/progress/11MSP/sections/A/written/questions#errors"');
    const c = await (await world.app.request('/progress/11MSP/sections/C', { headers: { cookie } })).text();
    expect(c).toContain('action="/progress/11MSP/sections/C/written/questions#errors"');
    expect(c).toContain('action="/progress/11MSP/sections/C/written/outreach#errors"');
  });

  it('shows a text not yet agreed to its writers only; others read the last agreed revision', async () => {
    const slot = { meeting: m, section: 'F' as const, key: 'riskEducation' };
    const url = `/progress/${m}/sections/F`;
    const first = await writeParagraph(ctx(world.isu), { ...slot, text: 'First agreed words', revision: 0 });
    const publicBefore = await (await world.app.request(url)).text();
    expect(publicBefore).not.toContain('First agreed words');
    await agreeParagraph(ctx(world.isu), { ...slot, revision: first.revision });
    await writeParagraph(ctx(world.isu), {
      ...slot,
      text: 'Second draft words',
      revision: first.revision + 1,
    });
    const publicAfter = await (await world.app.request(url)).text();
    expect(publicAfter).toContain('First agreed words');
    expect(publicAfter).not.toContain('Second draft words');
    const mine = await (
      await world.app.request(url, { headers: { cookie: await cookieOf(world.coordinator) } })
    ).text();
    expect(mine).toContain('Second draft words');
  });

  it('builds generated paragraphs from the figures, each with its evidence links; an unknown figure says so', async () => {
    const report = await judgedProgressReport(world.database.db, m);
    const parties = report.indicators.find((i) => i.id === 'LAP47a')!.computed.denominator;
    expect(parties).toBe(111);
    const c = await (await world.app.request('/progress/11MSP/sections/C')).text();
    expect(c).toContain('Nigeria deposited its instrument of ratification or accession on');
    expect(c).toContain(`becoming the ${parties}th State Party.`);
    expect(c).toContain('href="/progress/11MSP/LAP10a"');

    // §51: the providers are the States whose Form I lists assistance provided.
    const lap40 = report.indicators.find((i) => i.id === 'LAP40')!;
    const providers = lap40.computed.evidence.filter((e) =>
      e.bases.some((b) => b.kind === 'report' && b.table === 'assistanceProvided' && b.row),
    );
    expect(providers.length).toBeGreaterThan(1);
    const h = await (await world.app.request('/progress/11MSP/sections/H')).text();
    expect(h).toContain(
      `${providers.length} States Parties reported providing assistance: ${providers[0]!.label}, `,
    );
    expect(h).toContain('href="/progress/11MSP/LAP40"');

    // §63: the day of receipt of some reports is unknown, so the figure is unknown, never 0.
    expect(report.indicators.find((i) => i.id === 'LAP43')!.shown.value).toBeNull();
    const i = await (await world.app.request('/progress/11MSP/sections/I')).text();
    expect(i).toContain('not known. Not known: the day of receipt of some reports is not recorded.');
    expect(i).not.toMatch(/>0 States Parties submitted/);
  });

  it("a generated list names the States in the reader's language and sorts them in its order", async () => {
    const report = await judgedProgressReport(world.database.db, m);
    const providers = report.indicators
      .find((i) => i.id === 'LAP40')!
      .computed.evidence.filter(
        (e) =>
          e.iso3 && e.bases.some((b) => b.kind === 'report' && b.table === 'assistanceProvided' && b.row),
      );
    // The generated paragraph keeps the States by code, not by the registry's English name.
    const content = await liveContent(world.database.db, m);
    const g = content.paragraphs.find((p) => p.kind === 'generated' && p.key === 'providers');
    expect(JSON.stringify(g)).toContain(`"iso3":"${providers[0]!.iso3}"`);
    const differs = providers.filter((e) => stateName('fr', e.iso3!) !== stateName('en', e.iso3!));
    expect(differs.length).toBeGreaterThan(0);
    const h = (await (await world.app.request('/progress/11MSP/sections/H?lang=fr')).text())
      .replaceAll('&#39;', "'")
      .replaceAll('&amp;', '&');
    const paragraph = h.slice(
      h.indexOf('avoir fourni une assistance'),
      h.indexOf('avoir fourni une assistance') + 4000,
    );
    for (const e of differs) {
      expect(h).toContain(stateName('fr', e.iso3!));
      expect(paragraph).not.toContain(`${stateName('en', e.iso3!)},`);
    }
    // In the French order: each name after the one before it by the French collator.
    const fr = providers.map((e) => stateName('fr', e.iso3!)).sort(compareText('fr'));
    const at = fr.map((n) => paragraph.indexOf(n));
    expect(at.every((x) => x >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Not the English order: sorted by their English names, the French names come otherwise.
    const byEnglish = [...providers]
      .sort((a, b) => compareText('en')(stateName('en', a.iso3!), stateName('en', b.iso3!)))
      .map((e) => stateName('fr', e.iso3!));
    expect(byEnglish).not.toEqual(fr);
  });

  it('a circulated version keeps its figures and texts when the data change; the diff shows what changed', async () => {
    const { number } = await circulateVersion(ctx(world.isu), {
      meeting: m,
      note: 'For the intersessional meetings',
    });
    expect(number).toBe(1);
    const frozen = (await getVersion(world.database.db, m, 1))!;
    expect(frozen.status).toBe('circulated');
    const before = frozen.content.figures.find((f) => f.id === 'LAP16')!;
    expect(before.shown.value).toBeNull();

    // The data change after circulating: an assessment and a written paragraph.
    await recordAssessment(ctx(world.coordinator), {
      meeting: m,
      indicatorId: 'LAP16',
      stateIso3: 'PER',
      value: 'yes',
      basis: 'statement',
      basisDetail: '10MSP',
      note: 'Shared its experience',
    });
    await writeParagraph(ctx(world.coordinator), {
      meeting: m,
      section: 'C',
      key: 'outreach',
      text: 'The Coordinators met 15 States not party.',
      revision: 2,
    });
    const live = await liveContent(world.database.db, m);
    expect(live.figures.find((f) => f.id === 'LAP16')!.shown).toMatchObject({ value: 1, from: 'assessed' });
    expect((await getVersion(world.database.db, m, 1))!.content).toEqual(frozen.content);

    const diff = diffContents(frozen.content, live);
    const lap16 = diff.figures.find((f) => f.id === 'LAP16')!;
    expect(lap16.what).toEqual(['shown', 'assessed', 'counted']);
    expect(lap16.added).toEqual(['PER']);
    expect(diff.paragraphs.find((p) => p.id === 'C.outreach')?.change).toBe('changed');

    const page = await (await world.app.request('/progress/11MSP/versions/1/diff/draft')).text();
    expect(page).toContain('data-figure="LAP16"');
    expect(page).toContain('The Coordinators met 15 States not party.');
    expect(page).toContain('The Coordinators met 14 States not party.');
    // The States that came into the count are named in the reader's language, not by their code.
    const frPage = await (await world.app.request('/progress/11MSP/versions/1/diff/draft?lang=fr')).text();
    expect(frPage).toMatch(/Pérou/);
    expect(frPage).not.toMatch(/[ :]PER</);

    // Circulated again through the form: version 2 holds the assessed figure, version 1 still does not.
    const cookie = await cookieOf(world.isu);
    const res = await postForm(world.app, '/progress/11MSP/versions/circulate', { note: '' }, cookie);
    expect(res.status).toBe(303);
    expect(outcomeAt(res)).toBe('/progress/11MSP/versions/2');
    const two = (await getVersion(world.database.db, m, 2))!;
    expect(two.content.figures.find((f) => f.id === 'LAP16')!.shown.value).toBe(1);
    const between = await (await world.app.request('/progress/11MSP/versions/1/diff/2')).text();
    expect(between).toContain('data-figure="LAP16"');
    const list = await (await world.app.request('/progress/11MSP/versions')).text();
    expect(list).toContain('data-version="1"');
    expect(list).toContain('data-version="2"');
    expect((await world.app.request('/progress/11MSP/versions/9')).status).toBe(404);
    expect(
      (await postForm(world.app, '/progress/11MSP/versions/circulate', {}, await cookieOf(world.coordinator)))
        .status,
    ).toBe(403);
  });

  it('a final version cannot be changed: no text, version or finalisation after it', async () => {
    const { number } = await finaliseVersion(ctx(world.isu), { meeting: m });
    const final = (await getVersion(world.database.db, m, number))!;
    expect(final.status).toBe('final');

    const refusals = [
      () =>
        writeParagraph(ctx(world.isu), {
          meeting: m,
          section: 'C',
          key: 'outreach',
          text: 'Too late.',
          revision: 3,
        }),
      () => agreeParagraph(ctx(world.isu), { meeting: m, section: 'C', key: 'outreach', revision: 3 }),
      () => writeQuestions(ctx(world.isu), { meeting: m, section: 'D', text: 'Too late?', revision: 0 }),
      () => circulateVersion(ctx(world.isu), { meeting: m }),
      () => finaliseVersion(ctx(world.isu), { meeting: m }),
    ];
    // One at a time: each refusal is awaited as it is made.
    for (const call of refusals) {
      const err = await call().catch((e) => e);
      expect(err).toBeInstanceOf(ValidationError);
      expect((err as ValidationError).fieldErrors).toEqual({ _: ['progressNarrative:errors.final'] });
    }
    // The data may still change; the final version does not.
    await recordAssessment(ctx(world.isu), {
      meeting: m,
      indicatorId: 'LAP16',
      stateIso3: 'PER',
      value: 'no',
      basis: 'judgement',
    });
    expect((await getVersion(world.database.db, m, number))!.content).toEqual(final.content);

    const cookie = await cookieOf(world.isu);
    const page = await (
      await world.app.request('/progress/11MSP/sections/C', { headers: { cookie } })
    ).text();
    expect(page).toContain('data-final="true"');
    expect(page).not.toContain('action="/progress/11MSP/sections/C/written/outreach#errors"');
    const post = await postForm(
      world.app,
      '/progress/11MSP/sections/C/written/outreach',
      { text: 'Too late.', revision: '3' },
      cookie,
    );
    await expectPage(post, 422, ['The report is final']);
    const versions = await (
      await world.app.request('/progress/11MSP/versions', { headers: { cookie } })
    ).text();
    expect(versions).not.toContain('action="/progress/11MSP/versions/circulate#errors"');
  });
});
