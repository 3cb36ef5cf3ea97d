import { raw } from 'hono/html';
import type { Locale, Translate } from '../../../../kernel/i18n/index.js';
import { compareText, stateName } from '../../../../kernel/i18n/state-names.js';
import { renderWorldMap } from '../../../map/index.js';
import { receivedBounds, receivedBuckets, receivedCategory } from '../charts.js';
import { receivedByState, type Sum } from '../summary.js';
import type { LedgerRow } from '../types.js';
import { type LedgerQueryValues, ledgerHref } from './links.js';
import { sumText, usdText } from './text.js';

export interface MapView {
  svg: string;
  /** category → States in it, for the legend and the text list. */
  counts: Record<string, number>;
  received: Array<{ iso3: string; name: string; sum: Sum; category: string }>;
}

/** What each State received, bucketed, and the map of it; `note` ends the map's description. */
export function receivedMapView(
  t: Translate,
  locale: Locale,
  rows: readonly LedgerRow[],
  note: string,
): MapView {
  const received = [...receivedByState(rows)].map(([code, s]) => ({
    iso3: code,
    name: stateName(locale, code, s.name),
    sum: s,
    category: receivedCategory(s.usd, s.notConverted, s.withoutAmount),
  }));
  received.sort((a, b) => b.sum.usd - a.sum.usd || compareText(locale)(a.name, b.name));
  const counts: Record<string, number> = {};
  for (const r of received) counts[r.category] = (counts[r.category] ?? 0) + 1;
  return {
    svg: renderWorldMap({
      id: 'ledger-map',
      items: received.map((r) => ({
        iso3: r.iso3,
        category: r.category,
        label: `${r.name}: ${usdText(locale, r.sum.usd)}`,
        href: `/cooperation/ledger?recipient=${r.iso3}`,
      })),
      categories: [...receivedBuckets, 'ledger-unknown'].map((k) => ({ key: k, label: k })),
      title: t('ledger:map.title'),
      description: `${t('ledger:map.description')}${note}`,
    }),
    counts,
    received,
  };
}

/** The world map of what each State received, with its legend and the same figures as a list. */
export function ReceivedMap(p: { t: Translate; locale: Locale; map: MapView; q: LedgerQueryValues }) {
  const { t, locale } = p;
  const bounds = receivedBounds.map((b) => usdText(locale, b));
  const label = (k: string) => {
    const i = receivedBuckets.indexOf(k as (typeof receivedBuckets)[number]);
    if (k === 'ledger-unknown') return t('ledger:map.unknown');
    if (i === 0) return t('ledger:map.below', { amount: bounds[0] });
    if (i === receivedBuckets.length - 1)
      return t('ledger:map.atLeast', { amount: bounds[bounds.length - 1] });
    return t('ledger:map.between', { from: bounds[i - 1], to: bounds[i] });
  };
  return (
    <figure class="map">
      {raw(p.map.svg)}
      <figcaption>
        <ul class="legend">
          {[...receivedBuckets, 'ledger-unknown'].map((k) => (
            <li>
              <span class={`swatch-${k}`} aria-hidden="true" />
              {label(k)} ({p.map.counts[k] ?? 0})
            </li>
          ))}
        </ul>
        <details>
          <summary>{t('ledger:map.list')}</summary>
          <ul>
            {p.map.received.map((s) => (
              <li>
                <a href={ledgerHref({ ...p.q, recipient: s.iso3 })}>{s.name}</a>: {sumText(t, locale, s.sum)}
              </li>
            ))}
          </ul>
        </details>
      </figcaption>
    </figure>
  );
}
