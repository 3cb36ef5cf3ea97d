import { and, eq } from 'drizzle-orm';
import { isoDay } from '../../../kernel/clock.js';
import type { FieldErrors } from '../../../kernel/errors.js';
import { ValidationError } from '../../../kernel/errors.js';
import { redirectWithSuccess } from '../../../kernel/form-post.js';
import { readForm, translateErrors } from '../../../kernel/forms.js';
import { type AppContext, moduleRoutes, type RouteDeps, requireThat } from '../../../kernel/http.js';
import { renderFormPage, renderPage } from '../../../kernel/page.js';
import { StaleRecordError } from '../../../kernel/record-version.js';
import { render, renderForm } from '../../../kernel/views/render.js';
import { judgedProgressReport } from '../judgement/queries.js';
import type { Section } from '../model.js';
import { inOfficeFor } from '../policy.js';
import { progressReportVersions } from '../schema.js';
import { windowOf } from '../snapshot.js';
import { agreeParagraph } from './agree-paragraph.js';
import { agreeQuestions } from './agree-questions.js';
import { currentWritten, liveContent, writtenHistory, writtenText } from './content.js';
import { diffContents } from './diff.js';
import { SlotNotFoundError, VersionNotFoundError } from './errors.js';
import { generatedParagraphs } from './generate.js';
import { circulateVersion, finaliseVersion } from './issue-version.js';
import { canIssueVersion, canWriteAs, canWriteSomeNarrative } from './policy.js';
import { getVersion, listVersions } from './queries.js';
import { findSlot, slotsOf, type WrittenSlot } from './slots.js';
import { SectionPage, type SlotForm } from './views/section-page.js';
import { DiffPage, VersionPage, VersionsPage } from './views/versions-page.js';
import { writeParagraph } from './write-paragraph.js';
import { writeQuestions } from './write-questions.js';

// Hono reads `{…}` as the end of a pattern, so no `{n}` quantifiers inside.
const MEETING = '{[A-Za-z0-9][A-Za-z0-9-]*}';
const SECTION = '{[A-K]}';
const KEY = '{[A-Za-z]+}';
const NUMBER = '{[1-9][0-9]*}';
const SIDE = '{[1-9][0-9]*|draft}';

/**
 * The narrative and the versions of the Progress Report: a page per section to write and agree its
 * texts, the list of frozen versions with the ISU's forms to circulate and finalise, one version,
 * and the differences between two versions or a version and the live draft. Mounted before the
 * report's own pages, whose `/progress/{meeting}/{indicator}` would read `versions` as an indicator.
 */
export function progressNarrativeRoutes(deps: RouteDeps) {
  const { app, db, ctxOf } = moduleRoutes(deps);

  const finalVersionOf = async (meeting: string) => {
    const [row] = await db
      .select({ number: progressReportVersions.number })
      .from(progressReportVersions)
      .where(
        and(eq(progressReportVersions.meetingCode, meeting), eq(progressReportVersions.status, 'final')),
      );
    return row?.number ?? null;
  };

  const sectionPage = async (
    c: AppContext,
    meeting: string,
    section: Section,
    forms: Record<string, SlotForm> = {},
    status: 200 | 409 | 422 = 200,
  ) => {
    const t = c.get('t');
    const actor = await inOfficeFor(db, c.get('actor'), meeting, isoDay(deps.now()));
    const t2 = (e: FieldErrors | undefined) => translateErrors(t, e);
    const [report, written, finalVersion] = await Promise.all([
      judgedProgressReport(db, meeting),
      currentWritten(db, meeting),
      finalVersionOf(meeting),
    ]);
    const slots = await Promise.all(
      slotsOf(section).map(async (slot) => {
        const canWrite = canWriteAs(actor, slot.authorRole, section);
        const latest = written.find((w) => w.section === section && w.key === slot.key) ?? null;
        const all = (await writtenHistory(db, meeting, section, slot.key)).map(writtenText);
        // A text not yet agreed is its writers' draft: others read the last agreed revision only.
        const history = canWrite ? all : all.filter((w) => w.status === 'agreed');
        const current = canWrite || latest?.status === 'agreed' ? latest : (history.at(-1) ?? null);
        return {
          slot,
          current,
          history,
          canWrite,
          form: forms[slot.key]
            ? { ...forms[slot.key]!, errors: t2(forms[slot.key]!.errors) }
            : { text: current?.text ?? '', revision: String(current?.revision ?? 0) },
        };
      }),
    );
    const errors = Object.values(forms).find((f) => f.errors)?.errors;
    const body = (
      <SectionPage
        t={t}
        locale={c.get('locale')}
        meeting={meeting}
        section={section}
        includesDemonstrationData={report.includesDemonstrationData}
        finalVersion={finalVersion}
        generated={generatedParagraphs(report).filter((g) => g.section === section)}
        slots={slots}
      />
    );
    const title = t('progressNarrative:section.title', { meeting, section });
    if (status === 409) return render(c, title, body, 409);
    return renderForm(c, title, errors, () => body);
  };

  app.get(`/progress/:meeting${MEETING}/sections/:section${SECTION}`, async (c) => {
    const window = await windowOf(db, c.req.param('meeting'));
    return sectionPage(c, window.meeting, c.req.param('section') as Section);
  });

  /** The slot of the path; an unknown one is a 404. */
  const slotOfPath = async (c: AppContext) => {
    requireThat(c, canWriteSomeNarrative(c.get('actor')));
    const window = await windowOf(db, c.req.param('meeting') ?? '');
    const section = c.req.param('section') as Section;
    const slot = findSlot(section, c.req.param('key') ?? '');
    if (!slot) throw new SlotNotFoundError(section, c.req.param('key') ?? '');
    return { meeting: window.meeting, section, slot };
  };

  const back = (c: AppContext, meeting: string, slot: WrittenSlot, key: string) => {
    return redirectWithSuccess(c, key, `/progress/${meeting}/sections/${slot.section}#slot-${slot.key}`);
  };

  /** A refused save: the page again with the typed text, and the text now saved when it was stale. */
  const refused = async (
    c: AppContext,
    meeting: string,
    slot: WrittenSlot,
    err: unknown,
    typed: { text: string; revision: string },
  ) => {
    if (err instanceof StaleRecordError) {
      const current = (await currentWritten(db, meeting)).find(
        (w) => w.section === slot.section && w.key === slot.key,
      );
      return sectionPage(
        c,
        meeting,
        slot.section,
        { [slot.key]: { ...typed, stale: { current: current ?? null } } },
        409,
      );
    }
    if (err instanceof ValidationError) {
      return sectionPage(
        c,
        meeting,
        slot.section,
        { [slot.key]: { ...typed, errors: err.fieldErrors } },
        422,
      );
    }
    throw err;
  };

  app.post(`/progress/:meeting${MEETING}/sections/:section${SECTION}/written/:key${KEY}`, async (c) => {
    const { meeting, section, slot } = await slotOfPath(c);
    const form = await readForm(c);
    const typed = { text: form.text ?? '', revision: form.revision ?? '' };
    try {
      const input = { meeting, section, text: typed.text, revision: typed.revision };
      const result =
        slot.kind === 'questions'
          ? await writeQuestions(ctxOf(c), input)
          : await writeParagraph(ctxOf(c), { ...input, key: slot.key });
      return back(
        c,
        meeting,
        slot,
        result.unchanged ? 'progressNarrative:flash.unchanged' : 'progressNarrative:flash.written',
      );
    } catch (err) {
      return refused(c, meeting, slot, err, typed);
    }
  });

  app.post(`/progress/:meeting${MEETING}/sections/:section${SECTION}/written/:key${KEY}/agree`, async (c) => {
    const { meeting, section, slot } = await slotOfPath(c);
    const form = await readForm(c);
    const current = (await currentWritten(db, meeting)).find(
      (w) => w.section === section && w.key === slot.key,
    );
    const typed = { text: current?.text ?? '', revision: form.revision ?? '' };
    try {
      const input = { meeting, section, revision: form.revision ?? '' };
      if (slot.kind === 'questions') await agreeQuestions(ctxOf(c), input);
      else await agreeParagraph(ctxOf(c), { ...input, key: slot.key });
      return back(c, meeting, slot, 'progressNarrative:flash.agreed');
    } catch (err) {
      return refused(c, meeting, slot, err, typed);
    }
  });

  const versionsPage = async (c: AppContext, meeting: string, note = '', errors?: FieldErrors) => {
    const versions = await listVersions(db, meeting);
    return renderFormPage(
      c,
      (t) => t('progressNarrative:versions.title', { meeting }),
      VersionsPage,
      {
        locale: c.get('locale'),
        meeting,
        versions,
        canIssue: canIssueVersion(c.get('actor')),
        note,
      },
      errors,
    );
  };

  app.get(`/progress/:meeting${MEETING}/versions`, async (c) => {
    const window = await windowOf(db, c.req.param('meeting'));
    return versionsPage(c, window.meeting);
  });

  for (const [path, verb, flash] of [
    ['circulate', circulateVersion, 'progressNarrative:flash.circulated'],
    ['finalise', finaliseVersion, 'progressNarrative:flash.finalised'],
  ] as const) {
    app.post(`/progress/:meeting${MEETING}/versions/${path}`, async (c) => {
      requireThat(c, canIssueVersion(c.get('actor')));
      const window = await windowOf(db, c.req.param('meeting'));
      const { note = '' } = await readForm(c);
      try {
        const { number } = await verb(ctxOf(c), { meeting: window.meeting, note });
        return redirectWithSuccess(c, flash, `/progress/${window.meeting}/versions/${number}`, { n: number });
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        return versionsPage(c, window.meeting, note, err.fieldErrors);
      }
    });
  }

  const versionOf = async (meeting: string, n: string) => {
    const v = await getVersion(db, meeting, Number(n));
    if (!v) throw new VersionNotFoundError(meeting, n);
    return v;
  };

  app.get(`/progress/:meeting${MEETING}/versions/:n${NUMBER}`, async (c) => {
    const window = await windowOf(db, c.req.param('meeting'));
    const version = await versionOf(window.meeting, c.req.param('n'));
    return renderPage(
      c,
      (t) => t('progressNarrative:version.title', { meeting: window.meeting, n: version.number }),
      VersionPage,
      {
        meeting: window.meeting,
        version,
      },
    );
  });

  app.get(`/progress/:meeting${MEETING}/versions/:a${SIDE}/diff/:b${SIDE}`, async (c) => {
    const t = c.get('t');
    const window = await windowOf(db, c.req.param('meeting'));
    const side = async (x: string) =>
      x === 'draft'
        ? { label: t('progressNarrative:diff.draft'), content: await liveContent(db, window.meeting) }
        : {
            label: t('progressNarrative:diff.versionN', { n: x }),
            content: (await versionOf(window.meeting, x)).content,
          };
    const a = await side(c.req.param('a'));
    const b = await side(c.req.param('b'));
    return renderPage(
      c,
      (t) => t('progressNarrative:diff.title', { meeting: window.meeting, a: a.label, b: b.label }),
      DiffPage,
      {
        meeting: window.meeting,
        a: a.label,
        b: b.label,
        diff: diffContents(a.content, b.content),
      },
    );
  });

  return app;
}
