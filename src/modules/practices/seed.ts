import type { Db } from '../../db/client.js';
import { systemActor } from '../../kernel/actor.js';
import { createContext } from '../../kernel/context.js';
import { addMissingByKey } from '../../kernel/reference-seed.js';
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
  const practicesAdded = await addMissingByKey(db, goodPractices.referenceKey, referencePractices, (p) =>
    createPractice(ctx, p),
  );
  return { practicesAdded };
}
