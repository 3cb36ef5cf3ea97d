/** A form that is only a button: one action on one row (revoke a token, disable an account). */
export function RowAction(p: { action: string; label: string }) {
  return (
    <form method="post" action={`${p.action}#errors`}>
      <button type="submit" class="secondary">
        {p.label}
      </button>
    </form>
  );
}
