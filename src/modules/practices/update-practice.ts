import { ConflictError, ValidationError } from '../../kernel/errors.js';
import { nextVersion } from '../../kernel/record-version.js';
import { defineVerb } from '../../kernel/verb.js';
import { saveEdit } from '../../kernel/verb-helpers.js';
import { UpdatePracticeInput } from './inputs.js';
import { canMaintainPractices } from './policy.js';
import { checkReferences, described, lockPractice, practiceRows } from './write.js';

/** Edits a practice, and publishes a proposal when the status says so. A withdrawn practice is not edited. */
export const updatePractice = defineVerb({
  name: 'practices.updatePractice',
  input: UpdatePracticeInput,
  allow: canMaintainPractices,
  async run(ctx, input) {
    const before = await lockPractice(ctx.db, input.id);
    if (before.status === 'withdrawn')
      throw new ConflictError('PRACTICES.WITHDRAWN', 'practices:errors.withdrawn');
    const version = nextVersion(before, input.version);
    const errors = await checkReferences(ctx.db, input);
    if (Object.keys(errors).length) throw new ValidationError(errors);
    return saveEdit(ctx, practiceRows, before, {
      ...described(input),
      status: input.status,
      version,
    });
  },
});
