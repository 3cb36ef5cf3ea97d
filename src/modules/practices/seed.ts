import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { systemActor } from '../../kernel/actor.js';
import { createContext } from '../../kernel/context.js';
import { createPractice } from './create-practice.js';
import { referencePractices } from './reference.js';
import { goodPractices } from './schema.js';

/**
 * Loads the practices the source documents name, through `createPractice`. Idempotent: a practice
 * already loaded is left alone, so the ISU's edits survive a restart. Runs after the calendar's
 * seed (the Botswana practice cites a meeting by its code).
 */
export async function seedGoodPractices(db: Db): Promise<{ practicesAdded: number }> {
  const ctx = createContext(db, systemActor('seed:reference-data'));
  const keys = referencePractices.map((p) => p.key);
  const present = new Set(
    (
      await db
        .select({ k: goodPractices.referenceKey })
        .from(goodPractices)
        .where(inArray(goodPractices.referenceKey, keys))
    ).map((r) => r.k),
  );
  let practicesAdded = 0;
  for (const { key, ...p } of referencePractices) {
    if (present.has(key)) continue;
    await createPractice(ctx, { ...p, referenceKey: key });
    practicesAdded++;
  }
  return { practicesAdded };
}
