import { raw } from 'hono/html';
import type { Locale, Translate } from '../../../../kernel/i18n/index.js';
import { receivedBounds, receivedBuckets } from '../charts.js';
import type { Sum } from '../summary.js';
import { type LedgerQueryValues, ledgerHref } from './links.js';
import { sumText, usdText } from './text.js';

export interface MapView {
  svg: string;
  /** category → States in it, for the legend and the text list. */
  counts: Record<string, number>;
  received: Array<{ iso3: string; name: string; sum: Sum; category: string }>;
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
