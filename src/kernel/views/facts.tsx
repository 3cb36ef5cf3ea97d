import type { Child } from 'hono/jsx';

/** One fact of a record: its term, already translated, and what the record says. */
export type Fact = readonly [term: string, value: Child];

/**
 * A record's facts as a definition list, one term and its value after the other, in the order
 * given. A `false` or `null` in the list is a fact this page leaves out.
 */
export function Facts(p: { facts: ReadonlyArray<Fact | false | null>; class?: string }) {
  return (
    <dl class={p.class}>
      {p.facts.map((f) =>
        f ? (
          <>
            <dt>{f[0]}</dt>
            <dd>{f[1]}</dd>
          </>
        ) : null,
      )}
    </dl>
  );
}
