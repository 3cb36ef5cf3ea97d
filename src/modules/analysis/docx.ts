import { Document, HeadingLevel, Packer, Paragraph, type Table, TextRun } from 'docx';
import { documentDefaults, pageFooter, pageMark, textTable } from '../../kernel/docx.js';
import type { Locale, Translate } from '../../kernel/i18n/index.js';
import type { ExtensionRequestView } from '../states/index.js';
import type { ChecklistRow, Draft, Member, ThreadItem } from './queries.js';

export interface AnalysisDocument {
  request: ExtensionRequestView;
  members: Member[];
  thread: ThreadItem[];
  checklist: Array<{ element: string; row: ChecklistRow | null }>;
  draft: Draft | null;
  t: Translate;
  /** The language of `t`: the document's language and direction. */
  locale: Locale;
  generatedOn: string;
}

const paragraphs = (text: string) => text.split(/\n+/).map((line) => new Paragraph({ text: line }));

/** The Group's analysis of one request as a Word document: the draft, marked DRAFT while it is one. */
export async function renderAnalysisDocx(d: AnalysisDocument): Promise<Buffer> {
  const { t, request: r } = d;
  const unknown = t('analysis:unknown');
  const children: Array<Paragraph | Table> = [
    new Paragraph({ children: [new TextRun({ text: t('analysis:docx.draftMark'), bold: true })] }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      text: t('analysis:docx.title', { state: r.stateName, article: String(r.article) }),
    }),
    new Paragraph({
      text: `${t('analysis:fields.symbol')}: ${r.request.documentSymbol ?? unknown} · ${t('analysis:fields.meeting')}: ${
        r.request.meeting ?? unknown
      } · ${t('analysis:fields.requestedDeadline')}: ${r.request.requestedDeadline ?? unknown}`,
    }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: t('analysis:members.title') }),
    ...(d.members.length
      ? d.members.map(
          (m) =>
            new Paragraph({ text: `${m.name} (${t(`analysis:roles.${m.role}`)})`, bullet: { level: 0 } }),
        )
      : [new Paragraph({ text: t('analysis:members.none') })]),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: t('analysis:checklist.title') }),
    textTable(
      d.locale,
      [t('analysis:checklist.element'), t('analysis:checklist.mark'), t('analysis:checklist.note')],
      d.checklist.map((c) => [
        t(`analysis:elements.${c.element}`),
        c.row ? t(`analysis:marks.${c.row.mark}`) : t('analysis:checklist.notAssessed'),
        c.row?.note ?? '',
      ]),
    ),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: t('analysis:thread.title') }),
    ...(d.thread.length
      ? d.thread.flatMap((q) => [
          new Paragraph({
            children: [
              new TextRun({ text: `${t('analysis:thread.question')}: `, bold: true }),
              new TextRun(q.question.body),
            ],
          }),
          ...q.answers.map(
            (a) =>
              new Paragraph({
                children: [
                  new TextRun({ text: `${t('analysis:thread.answer')}: `, bold: true }),
                  new TextRun(a.body),
                ],
              }),
          ),
        ])
      : [new Paragraph({ text: t('analysis:thread.none') })]),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: t('analysis:draft.title') }),
    ...(d.draft
      ? [
          ...paragraphs(d.draft.body),
          new Paragraph({ heading: HeadingLevel.HEADING_2, text: t('analysis:draft.recommendation') }),
          new Paragraph({ text: t(`analysis:recommendations.${d.draft.recommendation}`) }),
          ...(d.draft.recommendationText ? paragraphs(d.draft.recommendationText) : []),
        ]
      : [new Paragraph({ text: t('analysis:draft.none') })]),
  ];
  const doc = new Document({
    creator: 'ccm-cooperation',
    title: t('analysis:docx.title', { state: r.stateName, article: String(r.article) }),
    styles: { default: { document: documentDefaults(d.locale) } },
    sections: [
      {
        headers: { default: pageMark(t('analysis:docx.draftMark')) },
        footers: {
          default: pageFooter((m) =>
            t('analysis:docx.footer', { date: d.generatedOn, page: m.page, pages: m.pages }),
          ),
        },
        children,
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
