import { describe, expect, it } from 'vitest';
import { toCsv } from '../export.js';
import { exportColumns, Table, type TableDefinition } from './table.js';

interface Row {
  code: string;
  name: string;
  count: number;
}

const definition: TableDefinition<Row> = {
  columns: [
    { key: 'code', header: 'Code', value: (r) => r.code },
    {
      key: 'name',
      header: 'Name',
      value: (r) => r.name,
      rowHeader: true,
      cell: (r) => <a href={`/x/${r.code}`}>{r.name}</a>,
    },
    {
      key: 'count',
      header: 'Count',
      value: (r) => r.count,
      numeric: true,
      cellClass: (r) => (r.count > 999 ? 'big' : undefined),
    },
    { key: 'actions', header: 'Actions', cell: () => <button type="button">Act</button> },
  ],
  page: ['name', 'code', 'count', 'actions'],
};
const rows: Row[] = [
  { code: 'A', name: 'Alpha', count: 1234 },
  { code: 'B', name: 'B & co', count: 5 },
];

const html = (rs: Row[]) =>
  String(
    <Table
      definition={definition}
      rows={rs}
      locale="en"
      caption="Things"
      empty="Nothing here."
      rowAttributes={(r) => ({ 'data-row': r.code })}
    />,
  );

describe('Table', () => {
  it('renders the page columns in the page order, the naming cell as a row header, numbers right-aligned', () => {
    const out = html(rows);
    expect(out).toContain(
      '<section class="table-scroll" aria-label="Things" tabindex="0"><table><caption>Things</caption>',
    );
    expect(out).toContain(
      '<tr><th scope="col">Name</th><th scope="col">Code</th><th scope="col" class="num">Count</th><th scope="col">Actions</th></tr>',
    );
    expect(out).toContain(
      '<tr data-row="A"><th scope="row"><a href="/x/A">Alpha</a></th><td>A</td><td class="num big">1,234</td>',
    );
    expect(out).toContain('<td class="num">5</td>');
    expect(out).toContain('B &amp; co');
  });

  it('shows the empty text instead of a table when there are no rows', () => {
    expect(html([])).toBe('<p>Nothing here.</p>');
  });

  it('refuses a page column the definition lacks', () => {
    expect(() =>
      String(
        <Table
          {...{ definition: { ...definition, page: ['nope'] }, rows, locale: 'en', caption: '', empty: '' }}
        />,
      ),
    ).toThrow(/nope/);
  });
});

describe('exportColumns', () => {
  it('exports every column with a value, in definition order, whatever the page shows', () => {
    const columns = exportColumns(definition);
    expect(columns.map((c) => c.header)).toEqual(['Code', 'Name', 'Count']);
    expect(toCsv({ columns, rows })).toBe('\uFEFFCode,Name,Count\r\nA,Alpha,1234\r\nB,B & co,5\r\n');
  });
});
