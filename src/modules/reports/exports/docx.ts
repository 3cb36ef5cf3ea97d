import {
  Document,
  type Footer,
  HeadingLevel,
  Packer,
  Paragraph,
  type Table,
  type TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { isoDay } from '../../../kernel/clock.js';
import {
  documentDefaults,
  fixedCell,
  fixedTable,
  HEADER_FILL,
  headerRow,
  pageFooter,
  pageMark,
} from '../../../kernel/docx.js';
import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { givenKey, isAreaField } from '../template/number-cells.js';
import {
  type FieldValue,
  type FormContent,
  type FormDef,
  type ReportContent,
  type ScalarField,
  type ScalarValue,
  shownColumns,
  type TableField,
  type TemplateDef,
} from '../template/types.js';
import { formatValue, type Labels, labelsFor } from '../views/values.js';

export interface RenderReportDocxOptions {
  template: TemplateDef;
  content: ReportContent;
  t: Translate;
  locale: Locale;
  stateName: string;
  iso3: string;
  year: number;
  /** initial | annual | voluntary */
  kind: string;
  versionNumber: number;
  /** draft | submitted | superseded | recalled */
  status: string;
  submittedAt?: Date | null;
  channel?: string | null;
  /** YYYY-MM-DD: when the report reached the Convention (a report sent by e-mail is keyed in later). */
  receivedOn?: string | null;
  /** A demonstration report: the document says so, and gives no date that no source gives. */
  demonstration?: boolean;
}

/** A4 with 2 cm margins, in twips: tables are given explicit grids so LibreOffice lays them out as Word does. */
const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const EMPTY = '—';

/**
 * A value as the page shows it (`formatValue`: words for answers, numbers and dates in the reader's
 * style), with a number's unit after it: the printed table has no room for it in its head.
 */
function cellText(
  labels: Labels,
  form: FormDef,
  field: ScalarField,
  value: ScalarValue | undefined,
  table?: TableField,
  given?: unknown,
): string {
  const text = formatValue(labels, form.code, field, value, table?.key, given);
  return field.kind === 'number' && field.unit && !isAreaField(field) && typeof value === 'number'
    ? `${text} ${field.unit}`
    : text;
}

const text = (s: string, opts: { bold?: boolean; size?: number } = {}): TextRun[] =>
  // Word needs explicit breaks: one run per line of a multi-line answer.
  s
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ text: line, bold: opts.bold, size: opts.size, break: i ? 1 : 0 }));

const CELL_MARGINS = { vertical: 40, horizontal: 80 };

function cell(
  value: string,
  width: number,
  opts: { bold?: boolean; fill?: string; size?: number } = {},
): TableCell {
  return fixedCell([new Paragraph({ children: text(value || EMPTY, opts) })], width, CELL_MARGINS, opts.fill);
}

/** A grid table: an optional bold header row repeated on every page, then the body rows. */
function grid(
  locale: Locale,
  header: string[] | null,
  rows: string[][],
  widths: number[],
  size?: number,
): Table {
  const out: TableRow[] = [];
  if (header)
    out.push(headerRow(header.map((h, i) => cell(h, widths[i]!, { bold: true, fill: HEADER_FILL, size }))));
  for (const r of rows) out.push(new TableRow({ children: r.map((v, i) => cell(v, widths[i]!, { size })) }));
  return fixedTable(locale, CONTENT_WIDTH, widths, out);
}

/** Two columns, label | value: the layout of the scalar questions in the official template. */
function labelValueTable(locale: Locale, rows: Array<[string, string]>): Table {
  const left = Math.round(CONTENT_WIDTH * 0.4);
  return grid(locale, null, rows, [left, CONTENT_WIDTH - left]);
}

function evenWidths(n: number): number[] {
  const w = Math.floor(CONTENT_WIDTH / n);
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? CONTENT_WIDTH - w * (n - 1) : w));
}

const spacer = () => new Paragraph({ children: [] });

/** The body of one form: its scalar questions, then each repeatable table (or "No entries"). */
function formBody(
  labels: Labels,
  form: FormDef,
  values: Record<string, FieldValue>,
): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  const scalars = form.fields.filter((f): f is ScalarField => f.kind !== 'table');
  if (scalars.length) {
    out.push(
      labelValueTable(
        labels.locale,
        scalars.map((f) => [
          labels.field(form.code, f.key),
          cellText(
            labels,
            form,
            f,
            values[f.key] as ScalarValue | undefined,
            undefined,
            values[givenKey(f.key)],
          ) || EMPTY,
        ]),
      ),
      spacer(),
    );
  }
  for (const table of form.fields.filter((f): f is TableField => f.kind === 'table')) {
    out.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        keepNext: true,
        children: [new TextRun(labels.field(form.code, table.key))],
      }),
    );
    const rows = Array.isArray(values[table.key])
      ? (values[table.key] as Array<Record<string, ScalarValue>>)
      : [];
    if (!rows.length) {
      out.push(
        new Paragraph({
          children: [new TextRun({ text: labels.t('reportExports:docx.noEntries'), italics: true })],
        }),
      );
    } else {
      // Wide tables get a smaller font so eight columns still fit an A4 portrait page.
      const columns = shownColumns(table);
      const size = columns.length > 5 ? 16 : 18;
      out.push(
        grid(
          labels.locale,
          columns.map((c) => labels.column(form.code, table.key, c.key)),
          rows.map((r) => columns.map((c) => cellText(labels, form, c, r[c.key], table, r[givenKey(c.key)]))),
          evenWidths(columns.length),
          size,
        ),
      );
    }
    out.push(spacer());
  }
  return out;
}

const formStatusLabel = (labels: Labels, form: FormContent | undefined) =>
  form?.status ? labels.status(form.status) : labels.t('reportExports:formStatus.none');

/** The template catalogue's title already reads "Form A: …", as in the official formats. */
function formHeading(labels: Labels, form: FormDef, pageBreakBefore: boolean): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore,
    keepNext: true,
    children: [new TextRun(labels.formTitle(form.code))],
  });
}

/** The footer "State · year · Page n of m": page fields are spliced in where the translation puts them. */
function footer(t: Translate, stateName: string, year: number): Footer {
  return pageFooter((marks) => t('reportExports:docx.footer', { state: stateName, year, ...marks }));
}

/**
 * The report as a Word document laid out like the official template (CCM/MSP/2010/PM/10): a cover
 * page with the State, period, submission, contacts and the status of each form, then one page per form.
 */
export async function renderReportDocx(opts: RenderReportDocxOptions): Promise<Buffer> {
  const { template, content, t, locale } = opts;
  const labels = labelsFor(t, locale, template);
  const title = t('reportExports:docx.title');
  const forms = template.forms;
  const cover = forms.find((f) => f.code === 'cover');
  const submitted = opts.submittedAt ? formatDate(locale, isoDay(opts.submittedAt)) : null;

  const facts: Array<[string, string]> = [
    [t('reportExports:docx.state'), `${opts.stateName} (${opts.iso3})`],
    // The period reported on is a question of the cover form (rendered below), stated by the State itself.
    [t('reportExports:docx.year'), String(opts.year)],
    [
      t('reportExports:docx.submittedOn'),
      opts.demonstration && submitted
        ? t('reports:demo.receivedUnknown')
        : (submitted ?? t('reportExports:docx.notSubmitted')),
    ],
    [t('reportExports:docx.kind'), t(`reportExports:kind.${opts.kind}`, { defaultValue: opts.kind })],
    [
      t('reportExports:docx.version'),
      t('reportExports:docx.versionValue', {
        number: opts.versionNumber,
        status: t(`reportExports:versionStatus.${opts.status}`, { defaultValue: opts.status }),
      }),
    ],
  ];
  if (opts.channel)
    facts.push([
      t('reportExports:docx.channel'),
      t(`reportExports:channel.${opts.channel}`, { defaultValue: opts.channel }),
    ]);
  if (opts.receivedOn)
    facts.push([
      t('reportExports:docx.receivedOn'),
      // A demonstration report's dates are assumed, and no source gives them.
      opts.demonstration ? t('reports:demo.receivedUnknown') : formatDate(locale, opts.receivedOn),
    ]);
  facts.push([t('reportExports:docx.template'), labels.reference()]);

  const body: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(opts.stateName)] }),
    // The same words as the report's pages (kernel/views/demo-notice.tsx), for a printed copy.
    ...(opts.demonstration
      ? [
          new Paragraph({
            children: [
              new TextRun({ text: `${t('common:demo.badge')}. `, bold: true }),
              new TextRun(`${t('common:demo.notice')} ${t('reports:demo.detail')}`),
            ],
          }),
        ]
      : []),
    labelValueTable(locale, facts),
    spacer(),
  ];
  if (cover)
    body.push(
      formHeading(labels, cover, false),
      ...formBody(labels, cover, content.forms.cover?.values ?? {}),
    );

  const statusForms = forms.filter((f) => f.hasStatus);
  if (statusForms.length) {
    const w = Math.round(CONTENT_WIDTH * 0.65);
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        keepNext: true,
        children: [new TextRun(t('reportExports:docx.formsStatus'))],
      }),
      grid(
        locale,
        [t('reportExports:docx.form'), t('reportExports:docx.status')],
        statusForms.map((f) => [labels.formTitle(f.code), formStatusLabel(labels, content.forms[f.code])]),
        [w, CONTENT_WIDTH - w],
      ),
    );
  }

  for (const form of forms) {
    if (form.code === 'cover') continue;
    const fc = content.forms[form.code];
    body.push(formHeading(labels, form, true));
    const meta: string[] = [];
    if (form.articleItems?.length)
      meta.push(
        t('reportExports:docx.articleItems', { items: form.articleItems.map((i) => `(${i})`).join(', ') }),
      );
    if (form.hasStatus) meta.push(`${t('reportExports:docx.status')}: ${formStatusLabel(labels, fc)}`);
    if (meta.length)
      body.push(
        new Paragraph({ children: [new TextRun({ text: meta.join(' · '), italics: true })] }),
        spacer(),
      );
    body.push(...formBody(labels, form, fc?.values ?? {}));
  }

  const doc = new Document({
    title: `${title} — ${opts.stateName} ${opts.year}`,
    subject: labels.reference(),
    creator: t('common:appName'),
    styles: {
      default: {
        document: documentDefaults(locale, { font: 'Arial', size: 20 }),
        heading1: { run: { font: 'Arial', size: 28, bold: true }, paragraph: { spacing: { after: 160 } } },
        heading2: {
          run: { font: 'Arial', size: 22, bold: true },
          paragraph: { spacing: { before: 160, after: 80 } },
        },
        title: { run: { font: 'Arial', size: 36, bold: true }, paragraph: { spacing: { after: 200 } } },
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
        // A draft says so on every page, wherever a printed page ends up.
        ...(opts.status === 'draft'
          ? { headers: { default: pageMark(t('reportExports:docx.draftMark')) } }
          : {}),
        footers: { default: footer(t, opts.stateName, opts.year) },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
