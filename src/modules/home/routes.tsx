import { raw } from 'hono/html';
import { isoDay } from '../../kernel/clock.js';
import { moduleRoutes, type RouteDeps } from '../../kernel/http.js';
import { formatNumber } from '../../kernel/i18n/index.js';
import { render } from '../../kernel/views/render.js';
import { itemsNotOnMap, renderWorldMap } from '../map/index.js';
import { listStates, type StateView } from '../states/index.js';

const categories = ['party-open', 'party', 'signatory', 'not-party', 'withdrawn'] as const;
type Category = (typeof categories)[number];

/** How a State is coloured on the map: its treaty status, and for States Parties whether deadlines are open. */
function categoryOf(s: StateView): Category {
  if (s.ccmStatus === 'state_party') return s.openObligations > 0 ? 'party-open' : 'party';
  if (s.ccmStatus === 'signatory') return 'signatory';
  if (s.ccmStatus === 'withdrawn') return 'withdrawn';
  return 'not-party';
}

export function homeRoutes(deps: RouteDeps) {
  const { app, db } = moduleRoutes(deps);

  app.get('/', async (c) => {
    const t = c.get('t');
    const locale = c.get('locale');
    const today = isoDay(deps.now());
    const all = await listStates(db, today, { locale });
    const count = (cat: Category) => all.filter((s) => categoryOf(s) === cat).length;
    const parties = all.filter((s) => s.ccmStatus === 'state_party');
    const overdue = parties.flatMap((s) => s.obligations.filter((o) => o.remaining?.overdue)).length;
    const items = all.map((s) => ({
      iso3: s.iso3,
      category: categoryOf(s),
      label: `${s.name}: ${t(`home:legend.${categoryOf(s)}`)}`,
      href: `/states/${s.iso3}`,
    }));
    const svg = renderWorldMap({
      items,
      categories: categories.map((k) => ({ key: k, label: t(`home:legend.${k}`) })),
      title: t('home:map.title'),
      description: t('home:map.description'),
    });
    const offMap = itemsNotOnMap(all);
    const big = (n: number) => formatNumber(locale, n);
    return render(
      c,
      t('home:title'),
      <>
        <h1>{t('home:title')}</h1>
        <p>{t('home:intro')}</p>
        <div class="cards">
          <div class="card">
            <div class="big">{big(parties.length)}</div>
            <a href="/states?status=state_party">{t('home:cards.parties')}</a>
          </div>
          <div class="card">
            <div class="big">{big(count('signatory'))}</div>
            <a href="/states?status=signatory">{t('home:cards.signatories')}</a>
          </div>
          <div class="card">
            <div class="big">{big(count('party-open'))}</div>
            <a href="/states?status=state_party&amp;open=1">{t('home:cards.withOpen')}</a>
          </div>
          <div class="card">
            <div class="big">{big(overdue)}</div>
            <a href="/deadlines">{t('home:cards.overdue')}</a>
          </div>
        </div>
        <h2>{t('home:map.title')}</h2>
        <figure class="map">
          {raw(svg)}
          <figcaption>
            <ul class="legend">
              {categories.map((k) => (
                <li>
                  <span class={`swatch-${k}`} aria-hidden="true" />
                  {t(`home:legend.${k}`)} ({big(count(k))})
                </li>
              ))}
            </ul>
            <p class="hint">
              {t('home:map.notDrawn')}{' '}
              {offMap.map((s, i) => (
                <>
                  {i > 0 ? ', ' : ''}
                  <a href={`/states/${s.iso3}`}>{s.name}</a>
                </>
              ))}
            </p>
          </figcaption>
        </figure>
      </>,
    );
  });
  return app;
}
