import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import type { Actor } from '../../../kernel/actor.js';
import { type ActionItemView, type LinkRef, listActionItemsByIds } from '../../calendar/index.js';
import { listNeeds } from '../needs/queries.js';
import type { NeedView } from '../needs/types.js';
import { needHref } from '../needs/views/parts.js';
import { actionItemNeeds } from '../schema.js';

/** The action items linked to a need, the latest meeting first. */
export async function actionItemsOfNeed(db: Executor, needId: number): Promise<ActionItemView[]> {
  const rows = await db
    .select({ id: actionItemNeeds.actionItemId })
    .from(actionItemNeeds)
    .where(eq(actionItemNeeds.needId, needId))
    .orderBy(asc(actionItemNeeds.actionItemId));
  return listActionItemsByIds(
    db,
    rows.map((r) => r.id),
  );
}

/**
 * The needs linked to each of the given action items, as links, keeping only the needs the actor
 * may see (the public: consented and not lapsed), so a link never reveals an unpublished need.
 */
export async function needLinksOfActionItems(
  db: Executor,
  actor: Actor,
  today: string,
  ids: readonly number[],
  label: (need: NeedView) => string,
): Promise<Map<number, LinkRef[]>> {
  const out = new Map<number, LinkRef[]>();
  if (!ids.length) return out;
  const rows = await db
    .select({ actionItemId: actionItemNeeds.actionItemId, needId: actionItemNeeds.needId })
    .from(actionItemNeeds)
    .where(inArray(actionItemNeeds.actionItemId, [...ids]))
    .orderBy(asc(actionItemNeeds.actionItemId), asc(actionItemNeeds.needId));
  if (!rows.length) return out;
  const visible = new Map((await listNeeds(db, { actor, today })).map((n) => [n.id, n]));
  for (const r of rows) {
    const need = visible.get(r.needId);
    if (!need) continue;
    out.set(r.actionItemId, [
      ...(out.get(r.actionItemId) ?? []),
      { href: needHref(need.id), label: label(need) },
    ]);
  }
  return out;
}
