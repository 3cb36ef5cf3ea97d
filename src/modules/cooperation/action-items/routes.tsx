import type { Db } from '../../../db/client.js';
import { isoDay } from '../../../kernel/clock.js';
import { ValidationError } from '../../../kernel/errors.js';
import { redirectWithSuccess } from '../../../kernel/form-post.js';
import { readForm, translateErrors } from '../../../kernel/forms.js';
import { type AppDeps, moduleRoutes, type RouteDeps, requireThat } from '../../../kernel/http.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import { stateName } from '../../../kernel/i18n/state-names.js';
import { ROW_ID_PATTERN, rowIdParam } from '../../../kernel/ids.js';
import { render } from '../../../kernel/views/render.js';
import type { ActionItemLinks } from '../../calendar/index.js';
import { findNeedForActor } from '../needs/queries.js';
import { needHref } from '../needs/views/parts.js';
import { canLinkActionItems } from '../shared/policy.js';
import { linkActionItemToNeed, unlinkActionItemFromNeed } from './link-action-item.js';
import { actionItemsOfNeed, needLinksOfActionItems } from './queries.js';
import { ActionItemsOfNeed, linkChoices } from './section.js';

/** The ISU links a need to the action items of meetings that concern it, from the need's page. */
export function actionItemLinkRoutes(deps: RouteDeps) {
  const { app, db, today, ctxOf } = moduleRoutes(deps);

  for (const [action, verb] of [
    ['link', linkActionItemToNeed],
    ['unlink', unlinkActionItemFromNeed],
  ] as const) {
    app.post(`/cooperation/needs/:id${ROW_ID_PATTERN}/action-items/${action}`, async (c) => {
      requireThat(c, canLinkActionItems(c.get('actor')));
      const need = await findNeedForActor(db, c.get('actor'), rowIdParam(c), today(), c.get('locale'));
      const form = await readForm(c);
      const value = form.actionItemId ?? '';
      try {
        await verb(ctxOf(c), { needId: need.id, actionItemId: value });
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        const t = c.get('t');
        const items = await actionItemsOfNeed(db, need.id);
        return render(
          c,
          t('needs:actionItems.title'),
          <section>
            <p>
              <a href={needHref(need.id)}>
                {t('needs:detail.title', { state: need.stateName, area: t(`needs:area.${need.area}`) })}
              </a>
            </p>
            <ActionItemsOfNeed
              t={t}
              locale={c.get('locale')}
              need={need}
              items={items}
              choices={await linkChoices(db, items)}
              value={value}
              errors={translateErrors(t, err.fieldErrors)}
            />
          </section>,
          422,
        );
      }
      return redirectWithSuccess(c, `needs:actionItems.${action}ed`, `${needHref(need.id)}#action-items`);
    });
  }
  return app;
}

/**
 * The needs linked to action items, for the calendar's list of open action items: each as a link
 * to the need's page, only the needs the reader may see.
 */
export function actionItemNeedLinks(deps: Pick<AppDeps, 'database'> & { now: () => Date }): ActionItemLinks {
  const db = deps.database.db as Db;
  return {
    header: (t: Translate) => t('needs:actionItems.column'),
    read: (c, ids) =>
      needLinksOfActionItems(db, c.get('actor'), isoDay(deps.now()), ids, (need) => {
        const t = c.get('t');
        const state = stateName(c.get('locale'), need.stateIso3, need.stateName);
        return t('needs:detail.title', { state, area: t(`needs:area.${need.area}`) });
      }),
  };
}
