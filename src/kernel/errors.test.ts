import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from './errors.js';

describe('ValidationError.fromZod', () => {
  const schema = z.object({
    reason: z.string().min(1, 'progressJudgement:errors.reasonRequired'),
    note: z.string().min(1, 'errors:required'),
    year: z.number(),
  });

  it('keeps the catalogue key a schema names, whatever the namespace’s case', () => {
    const r = schema.safeParse({ reason: '', note: '', year: 'x' });
    if (r.success) throw new Error('expected a refusal');
    expect(ValidationError.fromZod(r.error).fieldErrors).toEqual({
      reason: ['progressJudgement:errors.reasonRequired'],
      note: ['errors:required'],
      year: ['errors:zod.invalid_type'],
    });
  });

  it('falls back to a message per Zod code for anything that is not a catalogue key', () => {
    const r = z.string().min(2, 'Too short!').safeParse('a');
    if (r.success) throw new Error('expected a refusal');
    expect(ValidationError.fromZod(r.error).fieldErrors).toEqual({ _: ['errors:zod.too_small'] });
  });
});
