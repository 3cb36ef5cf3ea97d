import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { systemActor } from '../../kernel/actor.js';
import { createContext } from '../../kernel/context.js';
import { addMissingByKey } from '../../kernel/reference-seed.js';
import { addActivity } from './add-activity.js';
import { createWorkPlan } from './create-work-plan.js';
import { referenceWorkPlans } from './reference.js';
import { workPlanActivities, workPlans } from './schema.js';

/**
 * Loads the seeds' work plans through the module's own verbs, after the calendar (activities link
 * to its meetings). Idempotent: a plan or an activity already present is left alone, so the
 * Coordinators' changes survive a restart.
 */
export async function seedWorkPlans(db: Db): Promise<{ workPlansAdded: number; activitiesAdded: number }> {
  const ctx = createContext(db, systemActor('seed:reference-data'));
  let workPlansAdded = 0;
  let activitiesAdded = 0;
  for (const { key, activities, ...plan } of referenceWorkPlans) {
    const [present] = await db
      .select({ id: workPlans.id })
      .from(workPlans)
      .where(eq(workPlans.referenceKey, key));
    let workPlanId = present?.id;
    if (workPlanId === undefined) {
      workPlanId = (await createWorkPlan(ctx, { ...plan, referenceKey: key })).id;
      workPlansAdded++;
    }
    activitiesAdded += await addMissingByKey(db, workPlanActivities.referenceKey, activities, (activity) =>
      addActivity(ctx, { ...activity, workPlanId }),
    );
  }
  return { workPlansAdded, activitiesAdded };
}
