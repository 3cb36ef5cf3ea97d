import type { Translate } from '../i18n/index.js';

/** A table's column header cells: one a catalogue key, in the order given. */
export function HeadCells(p: { t: Translate; keys: readonly string[] }) {
  return (
    <>
      {p.keys.map((key) => (
        <th scope="col">{p.t(key)}</th>
      ))}
    </>
  );
}

/** A table's head: its one row of column headers. */
export function ColumnHeads(p: { t: Translate; keys: readonly string[] }) {
  return (
    <thead>
      <tr>
        <HeadCells t={p.t} keys={p.keys} />
      </tr>
    </thead>
  );
}
