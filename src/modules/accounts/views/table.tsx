import type { Child } from 'hono/jsx';

/** A table of the accounts pages, scrolling on its own on a narrow screen. */
export function AccountsTable(p: { /** The header cells. */ heads: Child; children: Child }) {
  return (
    <div class="table-wrap" tabindex={0}>
      <table>
        <thead>
          <tr>{p.heads}</tr>
        </thead>
        <tbody>{p.children}</tbody>
      </table>
    </div>
  );
}
