import { describe, expect, it } from 'vitest';
import { splitDeadline } from './present.js';

describe('splitDeadline', () => {
  it('puts a day-precise deadline in the date field only', () => {
    expect(splitDeadline('2026-05-01')).toEqual({
      currentDeadline: '2026-05-01',
      currentDeadlineApprox: null,
    });
  });

  it('puts a month- or year-precise deadline in the approximate field only, never a guessed day', () => {
    expect(splitDeadline('2026')).toEqual({ currentDeadline: null, currentDeadlineApprox: '2026' });
    expect(splitDeadline('2026-09')).toEqual({ currentDeadline: null, currentDeadlineApprox: '2026-09' });
  });

  it('leaves both empty when there is no deadline', () => {
    expect(splitDeadline(null)).toEqual({ currentDeadline: null, currentDeadlineApprox: null });
  });
});
