import type { Child } from 'hono/jsx';
import { TableScroll } from '../../../kernel/views/table.js';

/** A table of the accounts pages, scrolling on its own on a narrow screen. */
export function AccountsTable(p: {
  /** Names the scrolling region: the heading the table is under. */
  label: string;
  /** The header cells. */
  heads: Child;
  children: Child;
}) {
  return (
    <TableScroll label={p.label}>
      <table>
        <thead>
          <tr>{p.heads}</tr>
        </thead>
        <tbody>{p.children}</tbody>
      </table>
    </TableScroll>
  );
}
