import type { Db } from '../../../db/client.js';
import type { FieldErrors } from '../../../kernel/errors.js';
import type { AppDeps } from '../../../kernel/http.js';
import type { Locale, Translate } from '../../../kernel/i18n/index.js';
import { ErrorSummary, SelectField } from '../../../kernel/views/fields.js';
import { ActionItemsTable, type ActionItemView, listOpenActionItems } from '../../calendar/index.js';
import type { NeedSection, NeedView } from '../needs/types.js';
import { needHref } from '../needs/views/parts.js';
import { canLinkActionItems } from '../shared/policy.js';
import { actionItemsOfNeed } from './queries.js';

const optionLabel = (a: ActionItemView) =>
  `${a.meetingCode}: ${a.what.length > 120 ? `${a.what.slice(0, 117)}…` : a.what}`;

/** The ISU's form to link one of the open action items to the need. */
export function LinkActionItemForm(p: {
  t: Translate;
  need: Pick<NeedView, 'id'>;
  choices: ActionItemView[];
  value?: string;
  errors?: FieldErrors;
}) {
  const { t } = p;
  if (!p.choices.length) return <p class="hint">{t('needs:actionItems.noChoices')}</p>;
  return (
    <form method="post" action={`${needHref(p.need.id)}/action-items/link#errors`} class="stack">
      <SelectField
        name="actionItemId"
        label={t('needs:actionItems.link')}
        hint={t('needs:actionItems.linkHint')}
        value={p.value}
        emptyLabel={t('needs:actionItems.choose')}
        options={p.choices.map((a) => ({ value: String(a.id), label: optionLabel(a) }))}
        errors={p.errors}
        required
      />
      <button type="submit">{t('needs:actionItems.linkButton')}</button>
    </form>
  );
}

/** The need's action items, and for the ISU the forms to link and unlink them. */
export function ActionItemsOfNeed(p: {
  t: Translate;
  locale: Locale;
  need: NeedView;
  items: ActionItemView[];
  /** Open action items the ISU may link (those not linked yet); absent for anyone else. */
  choices?: ActionItemView[];
  value?: string;
  errors?: FieldErrors;
}) {
  const { t, need } = p;
  return (
    <section id="action-items" aria-labelledby="action-items-title">
      <h2 id="action-items-title">{t('needs:actionItems.title')}</h2>
      <ErrorSummary errors={p.errors} title={t('errors:summary')} />
      <ActionItemsTable
        t={t}
        locale={p.locale}
        items={p.items}
        meeting
        empty={<p>{t('needs:actionItems.none')}</p>}
      />
      {p.choices ? (
        <>
          {p.items.map((a) => (
            <form method="post" action={`${needHref(need.id)}/action-items/unlink#errors`}>
              <input type="hidden" name="actionItemId" value={String(a.id)} />
              <button type="submit" class="secondary">
                {t('needs:actionItems.unlink', { what: optionLabel(a) })}
              </button>
            </form>
          ))}
          <LinkActionItemForm t={t} need={need} choices={p.choices} value={p.value} errors={p.errors} />
        </>
      ) : null}
    </section>
  );
}

/** The open action items the ISU may still link to the need. */
export async function linkChoices(db: Db, linked: readonly ActionItemView[]): Promise<ActionItemView[]> {
  const taken = new Set(linked.map((a) => a.id));
  return (await listOpenActionItems(db)).filter((a) => !taken.has(a.id));
}

/**
 * The action items of meetings that concern the need, on its page: anyone who may see the need sees
 * them; the ISU also links and unlinks. Nothing is shown to others when none is linked.
 */
export function actionItemsSection(deps: Pick<AppDeps, 'database'>): NeedSection {
  const db = deps.database.db as Db;
  return async (c, need) => {
    const isu = canLinkActionItems(c.get('actor'));
    const items = await actionItemsOfNeed(db, need.id);
    if (!items.length && !isu) return null;
    return (
      <ActionItemsOfNeed
        t={c.get('t')}
        locale={c.get('locale')}
        need={need}
        items={items}
        choices={isu ? await linkChoices(db, items) : undefined}
      />
    );
  };
}
