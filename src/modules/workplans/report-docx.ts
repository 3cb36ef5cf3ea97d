import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { documentDefaults, pageFooter } from '../../kernel/docx.js';
import { formatDate, type Locale, type Translate } from '../../kernel/i18n/index.js';
import { quartersText } from './quarters.js';
import type { ActivityView, WorkPlanView } from './queries.js';
import type { ActivityStatus } from './vocabulary.js';

/** The order the report tells the activities in: what was done first, what is not known last. */
export const reportStatusOrder: readonly ActivityStatus[] = [
  'done',
  'in_progress',
  'planned',
  'dropped',
  'not_known',
];

/** A4 with 2.5 cm margins, in twips; sizes in half-points (the house layout of progress/exports). */
const PAGE = { width: 11906, height: 16838, margin: 1418 } as const;
const FONT = 'Times New Roman';

const numbered = (n: number, runs: TextRun[]) =>
  new Paragraph({
    spacing: { after: 60 },
    indent: { left: 567, hanging: 567 },
    tabStops: [{ type: TabStopType.LEFT, position: 567 }],
    keepNext: true,
    children: [new TextRun({ children: [`${n}.`, new Tab()] }), ...runs],
  });

const detail = (label: string, text: string) =>
  new Paragraph({
    spacing: { after: 40 },
    indent: { left: 567 },
    children: [new TextRun({ text: `${label}: `, italics: true }), new TextRun(text)],
  });

function activityParagraphs(t: Translate, locale: Locale, n: number, a: ActivityView): Paragraph[] {
  const out = [
    numbered(n, [new TextRun({ text: a.label ? `${a.label} ` : '', bold: true }), new TextRun(a.title)]),
  ];
  if (a.description) out.push(detail(t('workplans:form.description'), a.description));
  if (a.statusNote) out.push(detail(t('workplans:report.basis'), a.statusNote));
  const when = [a.quarters.length ? quartersText(a.quarters) : null, a.timing].filter(Boolean).join(' — ');
  out.push(detail(t('workplans:col.quarters'), when || t('common:unknown')));
  if (a.implementers) out.push(detail(t('workplans:col.implementers'), a.implementers));
  if (a.meetings.length)
    out.push(
      detail(
        t('workplans:col.meetings'),
        a.meetings
          .map((m) => `${m.title} (${m.code}${m.startsOn ? `, ${formatDate(locale, m.startsOn)}` : ''})`)
          .join('; '),
      ),
    );
  if (a.documents.length)
    out.push(
      detail(
        t('workplans:col.documents'),
        a.documents.map((d) => [d.symbol, d.title, d.href].filter(Boolean).join(', ')).join('; '),
      ),
    );
  if (a.actionItems.length)
    out.push(
      detail(
        t('workplans:col.actionItems'),
        a.actionItems
          .map((i) => `${i.what} (${i.meetingCode}; ${t(`calendar:status.${i.status}`)})`)
          .join('; '),
      ),
    );
  if (a.source) out.push(detail(t('workplans:col.source'), a.source));
  out.push(new Paragraph({ spacing: { after: 80 }, children: [] }));
  return out;
}

/**
 * "Coordinators' report to the MSP — activities undertaken", drafted from a work plan: the plan's
 * heading, then its activities grouped by status (done first), each with when it ran, what its
 * status rests on, and the meetings, documents and action items that carried it out. A draft for
 * the Coordinators to complete: it states nothing the work plan does not hold.
 */
export async function renderWorkPlanReport(opts: {
  plan: WorkPlanView;
  t: Translate;
  locale: Locale;
  /** YYYY-MM-DD: the day the draft is made. */
  generatedOn: string;
}): Promise<Buffer> {
  const { plan, t, locale } = opts;
  const meeting = plan.toMeeting ?? t('workplans:report.theMsp');
  const title = t('workplans:report.title', { meeting });
  const body: Paragraph[] = [
    new Paragraph({
      spacing: { after: 200 },
      children: [new TextRun({ text: t('workplans:report.convention'), bold: true, size: 28 })],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { after: 240 },
      children: [new TextRun(formatDate(locale, opts.generatedOn))],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { after: 120 }, children: [new TextRun(title)] }),
    new Paragraph({
      spacing: { after: 120 },
      children: [
        new TextRun({ text: `${t(`workplans:area.${plan.area}`)} — `, bold: true }),
        new TextRun(
          t('workplans:cycleSpan', {
            cycle: plan.cycle,
            from: plan.fromMeeting ?? t('common:unknown'),
            to: plan.toMeeting ?? t('common:unknown'),
          }),
        ),
      ],
    }),
    new Paragraph({
      spacing: { after: 120 },
      children: [new TextRun(t('workplans:report.workPlan', { title: plan.title }))],
    }),
    new Paragraph({
      spacing: { after: 240 },
      children: [
        new TextRun({
          text: t('workplans:report.draft', { date: formatDate(locale, opts.generatedOn) }),
          italics: true,
        }),
      ],
    }),
  ];
  body.push(
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      keepNext: true,
      children: [new TextRun(t('workplans:report.summary'))],
    }),
    new Paragraph({
      spacing: { after: 200 },
      children: [
        new TextRun(
          reportStatusOrder.map((s) => `${t(`workplans:status.${s}`)}: ${plan.byStatus[s]}`).join('; '),
        ),
      ],
    }),
  );
  // What the activities were meant to achieve, as the plan gives it, for the Coordinators to report against.
  for (const [heading, items] of [
    [t('workplans:plan.objectives'), plan.objectives],
    [t('workplans:plan.expectedOutputs'), plan.expectedOutputs],
  ] as const) {
    body.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(heading)] }),
    );
    if (!items.length)
      body.push(new Paragraph({ children: [new TextRun({ text: t('common:unknown'), italics: true })] }));
    for (const line of items)
      body.push(
        new Paragraph({
          spacing: { after: 60 },
          indent: { left: 567, hanging: 283 },
          children: [
            new TextRun(`– ${line.text}`),
            ...(line.source ? [new TextRun({ text: ` (${line.source})`, color: '666666', size: 18 })] : []),
          ],
        }),
      );
  }
  let n = 0;
  for (const status of reportStatusOrder) {
    const activities = plan.activities.filter((a) => a.status === status);
    if (!activities.length) continue;
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        keepNext: true,
        children: [new TextRun(t(`workplans:report.section.${status}`, { count: activities.length }))],
      }),
    );
    for (const a of activities) body.push(...activityParagraphs(t, locale, ++n, a));
  }
  if (!plan.activities.length)
    body.push(
      new Paragraph({ children: [new TextRun({ text: t('workplans:plan.noActivities'), italics: true })] }),
    );

  return Packer.toBuffer(
    new Document({
      title,
      subject: plan.title,
      creator: t('common:appName'),
      styles: {
        default: {
          document: documentDefaults(locale, { font: FONT, size: 22 }),
          title: { run: { font: FONT, size: 28, bold: true } },
          heading1: {
            run: { font: FONT, size: 24, bold: true },
            paragraph: { spacing: { before: 240, after: 120 } },
          },
        },
      },
      sections: [
        {
          properties: {
            page: {
              size: { width: PAGE.width, height: PAGE.height },
              margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
            },
          },
          footers: { default: pageFooter((marks) => t('workplans:report.footer', { meeting, ...marks })) },
          children: body,
        },
      ],
    }),
  );
}
