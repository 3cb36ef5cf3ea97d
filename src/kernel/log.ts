/**
 * An unexpected error as one log entry that names what failed without repeating what was sent: a
 * failed query is logged by its SQL text and the database's error code, never its parameters (the
 * values people typed), and neither the database's message nor its detail (which quote values).
 */
export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return `non-error thrown: ${typeof err}`;
  // The call frames only: the stack's opening lines repeat the message, which may quote values.
  const frames = (e: Error) =>
    (e.stack ?? '')
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .join('\n');
  const query = (err as { query?: unknown }).query;
  if (typeof query === 'string' && 'params' in err) {
    const cause = err.cause as { code?: unknown; name?: unknown } | undefined;
    const code = typeof cause?.code === 'string' ? cause.code : 'unknown';
    const kind = typeof cause?.name === 'string' ? cause.name : 'error';
    return `query failed (${kind}, SQLSTATE ${code}): ${query}\n${frames(err)}`;
  }
  // A database error that escaped without drizzle's wrapper: its code and where, not its message.
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && 'severity' in err)
    return `database error (SQLSTATE ${code})\n${frames(err)}`;
  return err.stack ?? `${err.name}: ${err.message}`;
}
