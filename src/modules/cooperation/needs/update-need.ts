import { defineVerb } from '../../../kernel/verb.js';
import { mayWriteSomeNeed } from '../shared/policy.js';
import { DuplicateNeedError, UpdateNeedInput } from './inputs.js';
import { matchKeyOf } from './match-key.js';
import { lockNeed, needWithKey, stateOfNeed } from './queries.js';
import { changeNeed, lockNeedsOf, permitOnNeed } from './write.js';

/**
 * The State (or the ISU) corrects what a need says. Saving it is a statement made today, so it also
 * reconfirms the need. A need added directly is recognised afterwards by its new wording; a need read
 * from a report keeps the key of its report row, so the State's next report, pre-filled with that
 * row, still recognises it (and, being the State's latest word, brings its wording back).
 */
export const updateNeed = defineVerb({
  name: 'cooperation.updateNeed',
  input: UpdateNeedInput,
  allow: mayWriteSomeNeed,
  permit: permitOnNeed,
  async run(ctx, input) {
    // The State's lock first, then the row, in the order the report sync takes them.
    await lockNeedsOf(ctx.db, await stateOfNeed(ctx.db, input.id));
    const current = await lockNeed(ctx.db, input.id);
    const matchKey =
      current.origin === 'direct' ? matchKeyOf(input.area, input.description) : current.matchKey;
    if (matchKey !== current.matchKey) {
      const other = await needWithKey(ctx.db, current.stateIso3, matchKey);
      if (other && other.id !== current.id) throw new DuplicateNeedError(other.id);
    }
    const { id: _id, version, ...fields } = input;
    const { audit } = await changeNeed(
      ctx,
      input.id,
      (_n, today) => ({ ...fields, matchKey, lastConfirmedOn: today }),
      {},
      version,
    );
    return { result: { id: input.id }, audit };
  },
});
