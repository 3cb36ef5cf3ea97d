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
