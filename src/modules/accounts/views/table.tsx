import type { Child } from 'hono/jsx';

/** A table of the accounts pages: one header row of labels, rows as children. */
export function AccountsTable(p: { heads: Child[]; children: Child }) {
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            {p.heads.map((label) => (
              <th scope="col">{label}</th>
            ))}
          </tr>
        </thead>
        <tbody>{p.children}</tbody>
      </table>
    </div>
  );
}
