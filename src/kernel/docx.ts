import { AlignmentType, BorderStyle, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';

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
