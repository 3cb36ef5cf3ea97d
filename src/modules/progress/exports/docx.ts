import {
  AlignmentType,
  Document,
  type Footer,
  HeadingLevel,
  Packer,
  Paragraph,
  Tab,
  type Table,
  type TableCell,
  TableRow,
  TabStopType,
  TextRun,
} from 'docx';
import {
  A4,
  a4Section,
  documentDefaults,
  fixedCell,
  fixedTable,
  HEADER_FILL,
  headerRow,
  headingStyles,
  pageFooter,
  pageMark,
} from '../../../kernel/docx.js';
import { formatDate, intlLocale, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import type { MeetingView } from '../../calendar/index.js';
import { type JudgedIndicator, type JudgedReport, unjudged } from '../judgement/apply.js';
import { type Figure, sections } from '../model.js';
import type { ContentParagraph } from '../narrative/content.js';
import { generatedText } from '../narrative/views/parts.js';
import {
  actionsOf,
  countedList,
  indicatorText,
  listText,
  noDataText,
  nounOf,
  outOfText,
  sectionTitle,
  valueText,
} from './text.js';

/** What the heading block says about the meeting, as the calendar records it. */
export interface MeetingHeading {
  code: string;
  title: string;
  venue: string | null;
  startsOn: string | null;
  endsOn: string | null;
  /** The Progress Report's document symbol, only when the calendar records one: never made up. */
  symbol: string | null;
}

/**
 * The heading of a meeting's Progress Report from its calendar entry. The symbol is that of a
 * document of the meeting recorded as its Progress Report with a symbol; none is invented.
 */
export function meetingHeading(m: MeetingView): MeetingHeading {
  const report = m.documents.find((d) => d.symbol && /progress report/i.test(d.title));
  return {
    code: m.code,
    title: m.title,
    venue: m.venue,
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    symbol: report?.symbol ?? null,
  };
}

export interface RenderProgressDocxOptions {
  /** The figures as the report prints them: computed, or assessed, or agreed with its reason. */
  data: JudgedReport;
  /**
   * The narrative of the report, section by section: generated paragraphs, and the written ones the
   * reader may see (agreed texts for everyone; drafts only for those who may write them, marked).
   */
  paragraphs: readonly ContentParagraph[];
  meeting: MeetingHeading;
  t: Translate;
  locale: Locale;
  /** YYYY-MM-DD: the day the document is generated, printed under the Convention's name. */
  generatedOn: string;
}

/** The width between A4's margins, in twips; sizes in half-points. */
const CONTENT_WIDTH = A4.width - 2 * A4.margin;
const ACTION_WIDTH = Math.round(CONTENT_WIDTH * 0.2);
const FONT = 'Times New Roman';
const BODY_SIZE = 22;

/**
 * "11–14 September 2023" as seed 004 prints a meeting's days (in the reader's language), "30 August –
 * 2 September 2022" across months; what of them is known when the calendar has only part.
 */
export function meetingDates(locale: Locale, from: string | null, to: string | null): string {
  if (!from) return '';
  if (!to || to === from || from.length < 10 || to.length < 10) return formatDate(locale, from);
  const end = formatDate(locale, to);
  if (from.slice(0, 7) === to.slice(0, 7)) return `${Number(from.slice(8, 10))}–${end}`;
  const start = new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    ...(from.slice(0, 4) === to.slice(0, 4) ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(new Date(`${from}T00:00:00Z`));
  return `${start} – ${end}`;
}

const para = (
  children: TextRun[],
  opts: { align?: 'right' | 'center'; after?: number; heading?: boolean; keepNext?: boolean } = {},
) =>
  new Paragraph({
    alignment:
      opts.align === 'right'
        ? AlignmentType.RIGHT
        : opts.align === 'center'
          ? AlignmentType.CENTER
          : undefined,
    spacing: { after: opts.after ?? 120 },
    keepNext: opts.keepNext,
    children,
  });

/** A numbered paragraph as the UN prints them: the number, a tab, the text, hanging under the number. */
const numbered = (n: number, text: string) =>
  new Paragraph({
    spacing: { after: 120 },
    indent: { left: 567, hanging: 567 },
    tabStops: [{ type: TabStopType.LEFT, position: 567 }],
    children: [new TextRun({ children: [`${n}.`, new Tab(), text] })],
  });

const CELL_MARGINS = { vertical: 60, horizontal: 100 };

const cell = (children: Paragraph[], width: number, fill?: string): TableCell =>
  fixedCell(children, width, CELL_MARGINS, fill);

/**
 * The figure a report prints for an indicator: the agreed one, else the assessed one, else the
 * computed one (with its parts, which only a computation has).
 */
const printedFigure = (ind: JudgedIndicator): Figure =>
  ind.shown.from === 'computed'
    ? ind.computed
    : {
        ...ind.computed,
        value: ind.shown.value,
        denominator: ind.shown.denominator,
        noData: ind.shown.noData,
        parts: undefined,
      };

/** One indicator's line of a results cell: the figure, the indicator, "x out of y", and its id. */
function indicatorParagraph(t: Translate, locale: Locale, ind: JudgedIndicator): Paragraph {
  const figure = printedFigure(ind);
  const value = valueText(t, locale, figure);
  const runs: TextRun[] = [
    new TextRun({ text: value ?? t('progressExports:unknown'), bold: true }),
    new TextRun(value === null ? ` – ${indicatorText(t, ind.id)}` : ` ${indicatorText(t, ind.id)}`),
  ];
  const outOf = outOfText(t, locale, figure);
  if (outOf) runs.push(new TextRun(`: ${outOf}`));
  runs.push(new TextRun({ text: ` (${ind.id})`, color: '666666', size: 18 }));
  // A figure someone agreed or assessed says so, with what the data alone give beside it.
  if (ind.agreed)
    runs.push(
      new TextRun({
        text: t('progressExports:docx.agreed', {
          computed: valueText(t, locale, ind.computed) ?? t('progressExports:unknown'),
          reason: ind.agreed.reason,
        }),
        italics: true,
        break: 1,
        size: 20,
      }),
    );
  else if (ind.shown.from === 'assessed')
    runs.push(new TextRun({ text: t('progressExports:docx.assessed'), italics: true, break: 1, size: 20 }));
  if (value === null)
    runs.push(new TextRun({ text: noDataText(t, figure), italics: true, break: 1, size: 20 }));
  return new Paragraph({ spacing: { after: 80 }, children: runs });
}

/** "LAP Action No. | Indicator results in numbers": one row per action of the section. */
function resultsTable(
  t: Translate,
  locale: Locale,
  rows: Array<{ action: number; indicators: JudgedIndicator[] }>,
): Table {
  const widths = [ACTION_WIDTH, CONTENT_WIDTH - ACTION_WIDTH];
  const header = headerRow(
    [t('progressExports:docx.colAction'), t('progressExports:docx.colResults')].map((h, i) =>
      cell(
        [new Paragraph({ children: [new TextRun({ text: h, italics: true, bold: true })] })],
        widths[i]!,
        HEADER_FILL,
      ),
    ),
  );
  const body = rows.map(
    (g) =>
      new TableRow({
        children: [
          cell(
            [
              new Paragraph({
                children: [new TextRun(t('progressExports:docx.action', { number: g.action }))],
              }),
            ],
            widths[0]!,
          ),
          cell(
            g.indicators.map((ind) => indicatorParagraph(t, locale, ind)),
            widths[1]!,
          ),
        ],
      }),
  );
  return fixedTable(locale, CONTENT_WIDTH, widths, [header, ...body]);
}

/** The sentence naming what a counted figure counts: "Action 4 (LAP4a): the following States Parties are counted: A, B and C." */
function countedSentence(t: Translate, locale: Locale, ind: JudgedIndicator): string | null {
  // An agreed figure rests on its reason, not on a list: the list would not add up to it.
  if (ind.shown.value === null || ind.agreed) return null;
  const counted = (ind.assessed?.evidence ?? ind.computed.evidence).filter((e) => e.counted);
  if (!counted.length) return null;
  const list = countedList(locale, counted);
  return t(`progressExports:docx.counted.${nounOf(ind, counted)}`, {
    figure: t('progressExports:docx.figureRef', { action: ind.action, id: ind.id }),
    list: listText(locale, list),
  });
}

/**
 * A section's narrative after its figures: the generated paragraphs and the written ones, numbered
 * on from the figures; a written text not yet agreed says so before its words; the questions for
 * discussion last, under their heading. Returns the last paragraph number used.
 */
function narrativeOf(
  t: Translate,
  locale: Locale,
  paragraphs: readonly ContentParagraph[],
  section: string,
  body: Array<Paragraph | Table>,
  from: number,
): number {
  let n = from;
  const mine = paragraphs.filter((p) => p.section === section);
  const draftMark = (p: ContentParagraph) =>
    p.kind !== 'generated' && p.status === 'draft' ? `${t('progressExports:docx.draftText')} ` : '';
  for (const p of mine) {
    if (p.kind === 'questions') continue;
    const texts = p.kind === 'generated' ? [generatedText(t, locale, p)] : splitParagraphs(p.text);
    body.push(...texts.map((text, i) => numbered(++n, `${i === 0 ? draftMark(p) : ''}${text}`)));
  }
  for (const q of mine) {
    if (q.kind !== 'questions') continue;
    body.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 120, after: 120 },
        children: [
          new TextRun({ text: `${draftMark(q)}${t('progressExports:docx.questions')}`, bold: true }),
        ],
      }),
    );
    const lines = q.text
      .split(/\n+/)
      .map((l) => l.trim())
      .filter(Boolean);
    body.push(
      ...lines.map(
        (line, i) =>
          new Paragraph({
            spacing: { after: 80 },
            indent: { left: 567, hanging: 283 },
            children: [
              new TextRun({ children: [`${String.fromCharCode(97 + (i % 26))})`, new Tab(), line] }),
            ],
            tabStops: [{ type: TabStopType.LEFT, position: 567 }],
          }),
      ),
    );
  }
  return n;
}

/** A written text's paragraphs: a blank line starts a new one (as on the pages). */
const splitParagraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);

function footer(t: Translate, meeting: string): Footer {
  return pageFooter((marks) => t('progressExports:docx.footer', { meeting, ...marks }));
}

/**
 * The Progress Report as a Word document in the layout of seed 004: the heading block (the
 * Convention, the date, the language, the meeting, the title, a symbol when one is recorded),
 * I. Introduction with the window and census date, then III. the areas A–K, each with its
 * "LAP Action No. | Indicator results in numbers" table and numbered paragraphs naming the States
 * behind each counted figure. The narrative paragraphs are the authors', not generated here.
 */
export async function renderProgressDocx(opts: RenderProgressDocxOptions): Promise<Buffer> {
  const { data, meeting, t, locale } = opts;
  const demo = data.includesDemonstrationData;
  const w = data.window;
  const title = t('progressExports:docx.title', { meeting: meeting.code });
  const badge = t('common:demo.badge');

  const body: Array<Paragraph | Table> = [];
  if (meeting.symbol)
    body.push(para([new TextRun({ text: meeting.symbol, bold: true })], { align: 'right' }));
  body.push(
    para([new TextRun({ text: t('progressExports:docx.convention'), bold: true, size: 28 })], { after: 200 }),
    para([new TextRun(formatDate(locale, opts.generatedOn))], { align: 'right', after: 0 }),
    para([new TextRun(t('progressExports:docx.original', { language: t('progressExports:language') }))], {
      align: 'right',
      after: 240,
    }),
    para([new TextRun({ text: meeting.title, bold: true })], { after: 0 }),
  );
  const where = [meeting.venue, meetingDates(locale, meeting.startsOn, meeting.endsOn)]
    .filter(Boolean)
    .join(', ');
  if (where) body.push(para([new TextRun({ text: where, bold: true })]));
  body.push(
    new Paragraph({
      heading: HeadingLevel.TITLE,
      spacing: { before: 240, after: 120 },
      children: [new TextRun(title)],
    }),
    para(
      [
        new TextRun({
          text: t('progressExports:docx.generated', { date: formatDate(locale, opts.generatedOn) }),
          italics: true,
        }),
      ],
      {
        after: 240,
      },
    ),
  );
  // The same words as the pages' notice (kernel/views/demo-notice.tsx), before anything else is read.
  if (demo)
    body.push(
      para(
        [
          new TextRun({ text: `${badge}. `, bold: true }),
          new TextRun(`${t('common:demo.figures')} ${t('progressExports:docx.demoNotice')}`),
        ],
        { after: 240 },
      ),
    );

  let n = 0;
  const from = formatDate(locale, w.from);
  const to = formatDate(locale, w.to);
  body.push(
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      keepNext: true,
      children: [new TextRun(t('progressExports:docx.introduction'))],
    }),
    numbered(++n, t('progressExports:docx.intro.period', { from, to })),
    numbered(++n, t('progressExports:docx.intro.census', { census: formatDate(locale, w.census) })),
    numbered(++n, t('progressExports:docx.intro.unknown')),
    numbered(++n, t('progressExports:docx.intro.narrative')),
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      keepNext: true,
      children: [new TextRun(t('progressExports:docx.summary'))],
    }),
    ...data.summary.map((i) => indicatorParagraph(t, locale, unjudged(i))),
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      keepNext: true,
      children: [new TextRun(t('progressExports:docx.monitoring'))],
    }),
  );

  for (const section of sections) {
    const rows = actionsOf(data.indicators, section);
    if (!rows.length) continue;
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        keepNext: true,
        children: [
          new TextRun(
            t('progressExports:docx.section', { letter: section, title: sectionTitle(t, section) }),
          ),
        ],
      }),
      resultsTable(t, locale, rows),
      new Paragraph({ children: [] }),
    );
    const sentences = rows
      .flatMap((g) => g.indicators)
      .map((ind) => countedSentence(t, locale, ind))
      .filter((s): s is string => s !== null);
    if (sentences.length) for (const s of sentences) body.push(numbered(++n, s));
    else body.push(para([new TextRun({ text: t('progressExports:docx.noneCounted'), italics: true })]));
    n = narrativeOf(t, locale, opts.paragraphs, section, body, n);
  }

  // Generated from the data of the moment, the document is always a draft: every page says so.
  const draft = t('progressExports:docx.draftMark');
  const headerText = [draft, demo ? badge : null, meeting.symbol ?? meeting.code].filter(Boolean).join(' · ');
  return Packer.toBuffer(
    new Document({
      title: demo ? `${title} (${badge})` : title,
      subject: t('progressExports:docx.subject', { from, to }),
      creator: t('common:appName'),
      keywords: demo ? `${t('progressExports:docx.keywords')}; ${badge}` : t('progressExports:docx.keywords'),
      description: demo ? `${badge}. ${t('common:demo.figures')}` : undefined,
      customProperties: [{ name: 'includesDemonstrationData', value: String(demo) }],
      styles: {
        default: {
          document: documentDefaults(locale, { font: FONT, size: BODY_SIZE }),
          ...headingStyles(FONT),
        },
      },
      sections: [
        {
          properties: a4Section,
          headers: { default: pageMark(headerText) },
          footers: { default: footer(t, meeting.code) },
          children: body,
        },
      ],
    }),
  );
}
