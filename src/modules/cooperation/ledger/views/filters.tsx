import type { Translate } from '../../../../kernel/i18n/index.js';
import { stateOptions } from '../../../../kernel/views/choices.js';
import { CheckboxField, SelectField } from '../../../../kernel/views/fields.js';
import { FilterForm } from '../../../../kernel/views/list-page.js';
import { areas, ledgerOrigins } from '../../shared/vocabulary.js';
import type { LedgerQueryValues } from './links.js';
import { areaLabel } from './text.js';

export type StateName = { iso3: string; name: string };
type Option = { value: string; label: string };

/** The year filter, on the ledger and on the reconciliation page. */
export function YearFilter({
  t,
  value,
  years,
}: {
  t: Translate;
  value: number | undefined;
  years: number[];
}) {
  return (
    <AnyFilter
      t={t}
      name="year"
      value={value === undefined ? '' : String(value)}
      options={years.map((y) => ({ value: String(y), label: String(y) }))}
    />
  );
}

/** A filter whose empty choice is "any". */
function AnyFilter(p: { t: Translate; name: string; value: string | undefined; options: Option[] }) {
  return (
    <SelectField
      name={p.name}
      label={p.t(`ledger:filter.${p.name}`)}
      value={p.value}
      emptyLabel={p.t('ledger:filter.any')}
      options={p.options}
    />
  );
}

export function LedgerFilters(p: {
  t: Translate;
  q: LedgerQueryValues;
  years: number[];
  states: StateName[];
  signedIn: boolean;
}) {
  const { t, q } = p;
  const options = stateOptions(p.states);
  return (
    <FilterForm t={t} action="/cooperation/ledger" submit={t('ledger:filter.show')}>
      <YearFilter t={t} value={q.year} years={p.years} />
      {(['state', 'provider', 'recipient'] as const).map((side) => (
        <AnyFilter t={t} name={side} value={q[side]} options={options} />
      ))}
      <AnyFilter
        t={t}
        name="area"
        value={q.area}
        options={areas.map((a) => ({ value: a, label: areaLabel(t, a) }))}
      />
      <AnyFilter
        t={t}
        name="origin"
        value={q.origin}
        options={ledgerOrigins.map((o) => ({ value: o, label: t(`ledger:origin.${o}`) }))}
      />
      <SelectField
        name="by"
        label={t('ledger:filter.by')}
        value={q.by ?? 'area'}
        options={[
          { value: 'area', label: t('ledger:filter.byArea') },
          { value: 'status', label: t('ledger:filter.byStatus') },
        ]}
      />
      {p.signedIn ? (
        <CheckboxField
          name="proposed"
          value="1"
          checked={q.proposed === true}
          label={t('ledger:filter.proposed')}
        />
      ) : null}
    </FilterForm>
  );
}
