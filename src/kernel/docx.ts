import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  type IParagraphStylePropertiesOptions,
  type IRunStylePropertiesOptions,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type Locale, textDirection } from './i18n/index.js';

/** The shading of a table's header row. */
export const HEADER_FILL = 'E7E6E6';

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '999999' } as const;
/** A table's borders: a thin grey line around and between every cell. */
export const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

const PAGE_MARK = '\uE000';
const PAGES_MARK = '\uE001';

/**
 * A Word footer, centred, from a translated text with "page n of m" in it: `text` is given the marks
 * to put where the translation places the page and the page count, and Word's fields replace them.
 */
export function pageFooter(text: (marks: { page: string; pages: string }) => string): Footer {
  const children = text({ page: PAGE_MARK, pages: PAGES_MARK })
    .split(/(\uE000|\uE001)/)
    .filter(Boolean)
    .map((part) =>
      part === PAGE_MARK
        ? new TextRun({ children: [PageNumber.CURRENT], size: 16 })
        : part === PAGES_MARK
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 })
          : new TextRun({ text: part, size: 16 }),
    );
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children })] });
}

/**
 * A header on every page, right-aligned and bold: what a printed page must say wherever it ends up
 * (DRAFT, demonstration data, the meeting's symbol).
 */
export function pageMark(text: string): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text, bold: true, size: 18 })],
      }),
    ],
  });
}

/**
 * A document's default paragraph and run formatting in its language: every run tagged with the
 * language (Word's spelling and hyphenation), and for Arabic every paragraph right to left
 * (`w:bidi`) and every run right to left (`w:rtl`), so headings, lists and tables read from the right.
 */
export function documentDefaults(
  locale: Locale,
  run: IRunStylePropertiesOptions = {},
): { run: IRunStylePropertiesOptions; paragraph: IParagraphStylePropertiesOptions } {
  if (textDirection(locale) === 'ltr') return { run: { ...run, language: { value: locale } }, paragraph: {} };
  return {
    run: { ...run, rightToLeft: true, language: { value: locale, bidirectional: locale } },
    // docx writes the document defaults' paragraph properties like any paragraph's (w:pPrDefault), so
    // `bidirectional` becomes w:bidi there; only its type for defaults leaves the option out.
    paragraph: { bidirectional: true } as IParagraphStylePropertiesOptions,
  };
}

/** A table's direction in the document's language: first column on the right in Arabic. */
export const tableDirection = (locale: Locale) => ({ visuallyRightToLeft: textDirection(locale) === 'rtl' });

const shaded = (fill: string) => ({ type: ShadingType.CLEAR, color: 'auto', fill });

/** A table cell of plain text; a header cell is bold on the header shading. */
function textCell(text: string, header: boolean): TableCell {
  return new TableCell({
    shading: header ? shaded(HEADER_FILL) : undefined,
    children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })],
  });
}

/**
 * A cell of a table with fixed column widths: `width` and the inner `margins` (top and bottom,
 * left and right) in twips, on `fill` when given (`HEADER_FILL` for a header cell).
 */
export function fixedCell(
  children: Paragraph[],
  width: number,
  margins: { vertical: number; horizontal: number },
  fill?: string,
): TableCell {
  const { vertical, horizontal } = margins;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: fill ? shaded(fill) : undefined,
    margins: { top: vertical, bottom: vertical, left: horizontal, right: horizontal },
    children,
  });
}

/** A table's header row: repeated at the top of every page the table runs onto, never split. */
export const headerRow = (cells: TableCell[]): TableRow =>
  new TableRow({ tableHeader: true, cantSplit: true, children: cells });

/**
 * A bordered table in the document's direction, `width` twips wide with fixed column `widths`, so
 * LibreOffice lays it out as Word does.
 */
export function fixedTable(locale: Locale, width: number, widths: number[], rows: TableRow[]): Table {
  return new Table({
    ...tableDirection(locale),
    rows,
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
  });
}

/**
 * A bordered table of plain text in the document's direction: a header row, repeated on every page,
 * then one row per line of `rows`. As wide as the page, or `fixed` to a width and column widths in
 * twips.
 */
export function textTable(
  locale: Locale,
  head: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  fixed?: { width: number; columns: number[] },
): Table {
  const all = [
    new TableRow({ tableHeader: true, children: head.map((h) => textCell(h, true)) }),
    ...rows.map((r) => new TableRow({ children: r.map((v) => textCell(v, false)) })),
  ];
  if (fixed) return fixedTable(locale, fixed.width, fixed.columns, all);
  return new Table({
    ...tableDirection(locale),
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: BORDERS,
    rows: all,
  });
}

/** A4 with 2.5 cm margins, in twips: the page of every document the platform writes. */
export const A4 = { width: 11906, height: 16838, margin: 1418 } as const;

/** A section's page properties: A4 with even margins. */
export const a4Section = {
  page: {
    size: { width: A4.width, height: A4.height },
    margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin },
  },
} as const;

/** The title and first two heading styles in one bold font (sizes in half-points), spaced alike. */
export function headingStyles(font: string) {
  const spacing = { spacing: { before: 240, after: 120 } };
  return {
    title: { run: { font, size: 28, bold: true } },
    heading1: { run: { font, size: 24, bold: true }, paragraph: spacing },
    heading2: { run: { font, size: 22, bold: true }, paragraph: spacing },
  };
}
