import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import type { JudgedReport, ShownFrom } from '../judgement/apply.js';
import { judgedProgressReport } from '../judgement/queries.js';
import type { ReportingWindow, Section } from '../model.js';
import { type NarrativeAuthorRole, type NarrativeStatus, progressNarrative } from '../schema.js';
import { type GeneratedParagraph, generatedParagraphs } from './generate.js';
import { writtenSlots } from './slots.js';

/*
 * The report as a whole, as a version freezes it: every figure (computed, assessed, agreed and the
 * one printed, with the States counted) and every paragraph (generated and written). The live draft
 * is built the same way from the data of the moment, so a frozen version and the draft compare.
 */

export interface FrozenFigure {
  id: string;
  section: Section;
  action: number;
  computed: { value: number | null; denominator: number | null; noData: string | null };
  assessed: { value: number | null; denominator: number | null } | null;
  agreed: { value: number; denominator: number | null; reason: string; by: string; at: string } | null;
  shown: { value: number | null; denominator: number | null; noData: string | null; from: ShownFrom };
  /** The States (or other units) counted, by ISO-3 where they have one, else by label. */
  counted: string[];
}

export interface WrittenText {
  kind: 'paragraph' | 'questions';
  section: Section;
  key: string;
  authorRole: NarrativeAuthorRole;
  text: string;
  status: NarrativeStatus;
  revision: number;
  by: string;
  at: string;
}

export type ContentParagraph = ({ kind: 'generated' } & GeneratedParagraph) | WrittenText;

export interface ReportContent {
  format: 1;
  window: ReportingWindow;
  includesDemonstrationData: boolean;
  figures: FrozenFigure[];
  /** By section, generated paragraphs first, then the written ones in the order of the slots. */
  paragraphs: ContentParagraph[];
}

/** A paragraph's place in the report: section and key, unique across the report. */
export const paragraphId = (p: { section: string; key: string }) => `${p.section}.${p.key}`;

export function frozenFigures(report: JudgedReport): FrozenFigure[] {
  return report.indicators.map((i) => ({
    id: i.id,
    section: i.section,
    action: i.action,
    computed: { value: i.computed.value, denominator: i.computed.denominator, noData: i.computed.noData },
    assessed: i.assessed ? { value: i.assessed.value, denominator: i.assessed.denominator } : null,
    agreed: i.agreed
      ? {
          value: i.agreed.value,
          denominator: i.agreed.denominator,
          reason: i.agreed.reason,
          by: i.agreed.by,
          at: i.agreed.at,
        }
      : null,
    shown: i.shown,
    counted: (i.assessed?.evidence ?? i.computed.evidence)
      .filter((e) => e.counted)
      .map((e) => e.iso3 ?? e.label),
  }));
}

/** The current text of every written paragraph and question list of a meeting. */
export async function currentWritten(db: Executor, meeting: string): Promise<WrittenText[]> {
  const t = progressNarrative;
  const rows = await db
    .select()
    .from(t)
    .where(and(eq(t.meetingCode, meeting), isNull(t.supersededAt)))
    .orderBy(asc(t.section), asc(t.key), asc(t.id));
  return rows.map(writtenText);
}

/** A stored revision of a written text, as pages and versions show it. */
export const writtenText = (r: typeof progressNarrative.$inferSelect): WrittenText => ({
  kind: r.kind,
  section: r.section as Section,
  key: r.key,
  authorRole: r.authorRole,
  text: r.text,
  status: r.status,
  revision: r.revision,
  by: r.writtenByLabel,
  at: r.writtenAt.toISOString(),
});

/** Every revision of one written text, oldest first. */
export async function writtenHistory(db: Executor, meeting: string, section: string, key: string) {
  const t = progressNarrative;
  return db
    .select()
    .from(t)
    .where(and(eq(t.meetingCode, meeting), eq(t.section, section), eq(t.key, key)))
    .orderBy(asc(t.revision), asc(t.id));
}

/** The report's content from the judged figures and the written texts. Pure. */
export function assembleContent(report: JudgedReport, written: readonly WrittenText[]): ReportContent {
  const generated = generatedParagraphs(report);
  const bySlot = new Map(written.map((w) => [paragraphId(w), w]));
  const order = [...new Set(writtenSlots.map((s) => s.section))];
  const paragraphs: ContentParagraph[] = order.flatMap((section) => [
    ...generated.filter((g) => g.section === section).map((g) => ({ kind: 'generated' as const, ...g })),
    ...writtenSlots
      .filter((s) => s.section === section)
      .flatMap((s) => {
        const w = bySlot.get(paragraphId(s));
        return w ? [w] : [];
      }),
  ]);
  return {
    format: 1,
    window: report.window,
    includesDemonstrationData: report.includesDemonstrationData,
    figures: frozenFigures(report),
    paragraphs,
  };
}

/**
 * The live report as anyone may read it: the figures as they are now, the generated paragraphs,
 * and the written texts in their last agreed revision (a text never agreed is its writers' draft).
 */
export async function publicContent(db: Executor, meeting: string): Promise<ReportContent> {
  const [report, written] = await Promise.all([
    judgedProgressReport(db, meeting),
    readableWritten(db, meeting, () => false),
  ]);
  return assembleContent(report, written);
}

/**
 * The written texts a reader sees: the current revision when it is agreed or the reader sees its
 * draft (`seesDraft`, the writers), else the last agreed revision, else nothing.
 */
export async function readableWritten(
  db: Executor,
  meeting: string,
  seesDraft: (w: WrittenText) => boolean,
): Promise<WrittenText[]> {
  const written = await currentWritten(db, meeting);
  const shown = await Promise.all(
    written.map(async (w) =>
      w.status === 'agreed' || seesDraft(w)
        ? w
        : (await writtenHistory(db, meeting, w.section, w.key))
            .map(writtenText)
            .filter((h) => h.status === 'agreed')
            .at(-1),
    ),
  );
  return shown.filter((w): w is WrittenText => w !== undefined);
}

/** The live draft of a meeting's report: the figures and the texts as they are now. */
export async function liveContent(db: Executor, meeting: string): Promise<ReportContent> {
  const [report, written] = await Promise.all([
    judgedProgressReport(db, meeting),
    currentWritten(db, meeting),
  ]);
  return assembleContent(report, written);
}
