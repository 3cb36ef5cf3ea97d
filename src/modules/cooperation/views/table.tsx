import type { Child } from 'hono/jsx';

/** A table with its caption and one header row of column labels; the body rows are the children. */
export function Table(p: { class?: string; caption: Child; heads: Child[]; children: Child }) {
  return (
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
  );
}
