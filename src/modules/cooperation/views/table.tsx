import type { Child } from 'hono/jsx';
import { TableScroll } from '../../../kernel/views/table.js';

/**
 * A table with its caption and one header row of column labels, the body rows being the children,
 * in a region named by the caption that scrolls sideways on a narrow screen.
 */
export function Table(p: { class?: string; caption: string; heads: Child[]; children: Child }) {
  return (
    <TableScroll label={p.caption}>
      <table class={p.class}>
        <caption>{p.caption}</caption>
        <thead>
          <tr>
            {p.heads.map((label) => (
              <th scope="col">{label}</th>
            ))}
          </tr>
        </thead>
        <tbody>{p.children}</tbody>
      </table>
    </TableScroll>
  );
}

/** A `Table` of `rows`, each drawn by `row` (one table row or several); with no rows, the `empty` line instead. */
export function RowsTable<R>(p: {
  class?: string;
  caption: string;
  heads: Child[];
  rows: readonly R[];
  row: (r: R) => Child;
  empty: Child;
}) {
  if (p.rows.length === 0) return <p>{p.empty}</p>;
  return (
    <Table class={p.class} caption={p.caption} heads={p.heads}>
      {p.rows.map((r) => p.row(r))}
    </Table>
  );
}
