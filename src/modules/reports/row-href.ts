/**
 * The one way to link to a row of a report: the read-only page of that version, anchored at the
 * row, which anyone allowed to see the version may open. The form editor is for drafts and their
 * editors only, so a "source" link never points there.
 */
export const rowAnchor = (form: string, table: string, row: number) => `row-${form}-${table}-${row}`;

export const reportRowHref = (s: {
  reportId: number;
  version: number;
  form: string;
  table: string;
  /** 1-based, as the page numbers the rows. */
  row: number;
}) => `/reports/${s.reportId}/versions/${s.version}#${rowAnchor(s.form, s.table, s.row)}`;
