import { Document, HeadingLevel, Packer, Paragraph, type Table, TextRun } from 'docx';
import { documentDefaults, pageFooter, pageMark, textTable } from '../../kernel/docx.js';
import { formatDate, formatNumber, type Locale, type Translate } from '../../kernel/i18n/index.js';
import type { ExtensionRequestView } from './queries.js';
import { elementsOf } from './views/elements.js';

const WIDTH = 9638;

const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });

/** The request as a document for the meeting: the elements in the Convention's order, then the costed plan. */
export async function renderRequestDocx(
  r: ExtensionRequestView,
  t: Translate,
  locale: Locale,
): Promise<Buffer> {
  const num = (n: number | null) => (n === null ? t('extensions:unknown') : formatNumber(locale, n));
  const children: Array<Paragraph | Table> = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun(t('extensions:docx.title', { state: r.stateName, article: r.article }))],
    }),
    para(t(`extensions:docx.basis${r.article}`)),
    para(`${t('extensions:field.status')}: ${t(`extensions:status.${r.status}`)}`),
  ];
  if (r.status !== 'submitted') children.push(para(t('extensions:docx.draftMark')));
  if (r.submittedOn)
    children.push(para(`${t('extensions:submittedOn')}: ${formatDate(locale, r.submittedOn)}`));
  for (const e of elementsOf(r, t, locale)) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(e.label)] }));
    for (const line of (e.value ?? t('extensions:notGiven')).split('\n')) children.push(para(line));
    if (e.source)
      children.push(new Paragraph({ children: [new TextRun({ text: e.source, italics: true, size: 18 })] }));
  }
  children.push(
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(t('extensions:plan.title'))] }),
  );
  const head = ['year', 'milestone', 'quantity', 'cost', 'currency', 'national', 'external', 'gap'].map((k) =>
    t(`extensions:plan.${k}`),
  );
  if (r.plan.length === 0) children.push(para(t('extensions:plan.none')));
  else
    children.push(
      textTable(
        locale,
        head,
        r.plan.map((p) => [
          String(p.year),
          p.milestone,
          num(p.quantity),
          num(p.cost),
          p.currency ?? t('extensions:unknown'),
          num(p.nationalFunding),
          num(p.externalFunding),
          num(p.gap),
        ]),
        { width: WIDTH, columns: [800, 2838, 1000, 1100, 800, 1000, 1000, 1100] },
      ),
    );
  const doc = new Document({
    styles: { default: { document: documentDefaults(locale) } },
    sections: [
      {
        ...(r.status !== 'submitted'
          ? { headers: { default: pageMark(t('extensions:docx.draftMark')) } }
          : {}),
        footers: { default: pageFooter((m) => t('extensions:docx.footer', m)) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
