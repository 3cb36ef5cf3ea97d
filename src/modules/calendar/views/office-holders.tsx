import type { Translate } from '../../../kernel/i18n/index.js';
import type { OfficeHolderView } from '../office-holders.js';
import { officeKinds } from '../vocabulary.js';
import { Known } from './parts.js';

function period(t: Translate, h: OfficeHolderView): string | null {
  if (h.periodFrom && h.periodTo) return t('calendar:offices.fromTo', { from: h.periodFrom, to: h.periodTo });
  if (h.periodTo) return t('calendar:offices.until', { to: h.periodTo });
  if (h.periodFrom) return t('calendar:offices.since', { from: h.periodFrom });
  return null;
}

/** Who held the Convention's offices, grouped by office, each with its period and source. */
export function OfficeHoldersPage(p: { t: Translate; holders: OfficeHolderView[] }) {
  const { t } = p;
  return (
    <section>
      <h1>{t('calendar:offices.title')}</h1>
      <p>{t('calendar:offices.intro')}</p>
      <p>
        <a href="/meetings">{t('calendar:meeting.back')}</a>
      </p>
      {officeKinds.map((office) => {
        const rows = p.holders.filter((h) => h.office === office);
        return (
          <section aria-labelledby={`office-${office}`}>
            <h2 id={`office-${office}`}>{t(`calendar:offices.office.${office}`)}</h2>
            {rows.length ? (
              <div class="table-wrap" tabindex={0}>
                <table>
                  <thead>
                    <tr>
                      {office === 'thematic_coordinator' ? (
                        <th scope="col">{t('calendar:offices.area')}</th>
                      ) : null}
                      <th scope="col">{t('calendar:offices.state')}</th>
                      <th scope="col">{t('calendar:offices.person')}</th>
                      <th scope="col">{t('calendar:offices.gender')}</th>
                      <th scope="col">{t('calendar:offices.period')}</th>
                      <th scope="col">{t('calendar:offices.source')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((h) => (
                      <tr>
                        {office === 'thematic_coordinator' ? (
                          <td>{h.area ? t(`calendar:offices.areas.${h.area}`) : null}</td>
                        ) : null}
                        <td>
                          <Known
                            t={t}
                            value={h.state ? <a href={`/states/${h.state.iso3}`}>{h.state.name}</a> : null}
                          />
                        </td>
                        <td>
                          <Known t={t} value={h.personName} />
                        </td>
                        <td>
                          {h.gender === 'not_known' ? (
                            <Known t={t} value={null} />
                          ) : (
                            t(`calendar:offices.genders.${h.gender}`)
                          )}
                        </td>
                        <td>
                          <Known t={t} value={period(t, h)} />
                        </td>
                        <td>
                          {h.source.href ? <a href={h.source.href}>{h.source.title}</a> : h.source.title}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p>{t('calendar:offices.none')}</p>
            )}
          </section>
        );
      })}
    </section>
  );
}
