import type { Translate } from '../../../../kernel/i18n/index.js';
import { stateName } from '../../../../kernel/i18n/state-names.js';
import { sourceHref } from '../queries.js';
import type { LedgerRow } from '../types.js';

/** The ledger's own query string, for links that keep the filters (and change one thing). */
export interface LedgerQueryValues {
  year?: number;
  state?: string;
  provider?: string;
  recipient?: string;
  area?: string;
  origin?: string;
  proposed?: boolean;
  by?: 'area' | 'status';
}

export function ledgerHref(
  q: LedgerQueryValues,
  path = '/cooperation/ledger',
  extra: Record<string, string> = {},
) {
  const p = new URLSearchParams();
  if (q.year !== undefined) p.set('year', String(q.year));
  if (q.state) p.set('state', q.state);
  if (q.provider) p.set('provider', q.provider);
  if (q.recipient) p.set('recipient', q.recipient);
  if (q.area) p.set('area', q.area);
  if (q.origin) p.set('origin', q.origin);
  if (q.proposed) p.set('proposed', '1');
  if (q.by && q.by !== 'area') p.set('by', q.by);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  const s = p.toString();
  return s ? `${path}?${s}` : path;
}

/** A party of a flow: a link that filters the ledger by it, or its words when it is no State. */
export function Party({
  iso3,
  name,
  side,
  q,
  locale,
}: {
  iso3: string | null;
  name: string;
  side: 'provider' | 'recipient';
  q: LedgerQueryValues;
  /** The reader's language: a State is named in it. */
  locale: string;
}) {
  if (!iso3) return <>{name || '—'}</>;
  return <a href={ledgerHref({ ...q, [side]: iso3 })}>{stateName(locale, iso3, name)}</a>;
}

/** A link to the report row behind a ledger row, or to its stored entry (`otherwise` names it). */
export function SourceLink({ t, row, otherwise }: { t: Translate; row: LedgerRow; otherwise: string }) {
  return (
    <a href={sourceHref(row)}>
      {row.source ? t('ledger:sourceRow', { form: row.source.form, row: row.source.row }) : otherwise}
    </a>
  );
}
