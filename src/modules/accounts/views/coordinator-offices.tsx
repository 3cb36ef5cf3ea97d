import type { Translate } from '../../../kernel/i18n/index.js';
import type { OfficeHolderTerm, OfficeHolderView } from '../../calendar/index.js';
import { AccountsTable } from './table.js';

/** Who holds the office, as the record names them: a State, a person, or both. */
export function holderLabel(h: Pick<OfficeHolderView, 'state' | 'personName'>): string {
  return [h.state?.name, h.personName].filter(Boolean).join(' · ');
}

/** The period as recorded (a meeting's code or a date at each end). */
export function periodLabel(t: Translate, h: Pick<OfficeHolderView, 'periodFrom' | 'periodTo'>): string {
  if (h.periodFrom && h.periodTo) return t('calendar:offices.fromTo', { from: h.periodFrom, to: h.periodTo });
  if (h.periodTo) return t('calendar:offices.until', { to: h.periodTo });
  if (h.periodFrom) return t('calendar:offices.since', { from: h.periodFrom });
  return t('accounts:scope.periodNotKnown');
}

/** A line naming an office record: its area, who holds it and its period. */
export function officeLabel(t: Translate, h: OfficeHolderView): string {
  const area = h.area ? t(`calendar:offices.areas.${h.area}`) : t(`calendar:offices.office.${h.office}`);
  return `${area} — ${holderLabel(h)} (${periodLabel(t, h)})`;
}

/**
 * The thematic scope of a Coordinator account on a day, and the office records it comes from, each
 * with where it stands that day. `unlink` adds a button per record (the ISU's users page).
 */
export function CoordinatorScope(p: {
  t: Translate;
  day: string;
  offices: OfficeHolderTerm[];
  /** Where the ISU's "unlink" button posts (with the record's id); no button without it. */
  unlinkAction?: string;
}) {
  const { t } = p;
  const areas = [
    ...new Set(
      p.offices.flatMap((o) =>
        o.office === 'thematic_coordinator' && o.term === 'current' && o.area ? [o.area] : [],
      ),
    ),
  ];
  return (
    <>
      <p class="scope">
        {areas.length
          ? t('accounts:scope.areasOn', {
              day: p.day,
              areas: areas.map((a) => t(`calendar:offices.areas.${a}`)).join('; '),
            })
          : t('accounts:scope.noneOn', { day: p.day })}
      </p>
      {p.offices.length ? (
        <AccountsTable
          label={t('accounts:scope.title')}
          heads={
            <>
              <th scope="col">{t('calendar:offices.area')}</th>
              <th scope="col">{t('accounts:scope.holder')}</th>
              <th scope="col">{t('calendar:offices.period')}</th>
              <th scope="col">{t('accounts:scope.standing')}</th>
              {p.unlinkAction ? (
                <th scope="col">
                  <span class="skip">{t('accounts:scope.unlink')}</span>
                </th>
              ) : null}
            </>
          }
        >
          {p.offices.map((o) => (
            <tr>
              <td>
                {o.area ? t(`calendar:offices.areas.${o.area}`) : t(`calendar:offices.office.${o.office}`)}
              </td>
              <td>{holderLabel(o)}</td>
              <td>{periodLabel(t, o)}</td>
              <td>{t(`accounts:scope.term.${o.term}`)}</td>
              {p.unlinkAction ? (
                <td>
                  <form method="post" action={`${p.unlinkAction}#errors`}>
                    <input type="hidden" name="officeHolderId" value={String(o.id)} />
                    <button type="submit" class="secondary">
                      {t('accounts:scope.unlink')}
                    </button>
                  </form>
                </td>
              ) : null}
            </tr>
          ))}
        </AccountsTable>
      ) : (
        <p>{t('accounts:scope.noOffices')}</p>
      )}
      <p class="hint">
        {t('accounts:scope.help')} <a href="/meetings/office-holders">{t('calendar:offices.title')}</a>
      </p>
    </>
  );
}
