import { describe, expect, it } from 'vitest';
import { isOverdue, isStillOpen } from './rules.js';

describe('the overdue rule', () => {
  const today = '2026-11-23';
  it.each([
    // status, due date, overdue?
    ['open', '2026-11-22', true],
    ['open', '2026-11-23', false],
    ['open', '2026-11-24', false],
    ['not_known', '2018-09-14', true],
    ['done', '2018-09-14', false],
    ['dropped', '2018-09-14', false],
    // A month or a year runs to its last day.
    ['open', '2026-10', true],
    ['open', '2026-11', false],
    ['open', '2025', true],
    ['open', '2026', false],
    // An unknown or unreadable due date is never overdue.
    ['open', null, false],
    ['not_known', null, false],
    ['open', '2026-02-30', false],
    ['open', 'soon', false],
  ] as const)('%s due %s → overdue %s', (status, dueOn, expected) => {
    expect(isOverdue({ status, dueOn }, today)).toBe(expected);
  });

  it('counts open and not known as still to be done', () => {
    expect(['open', 'not_known', 'done', 'dropped'].filter(isStillOpen)).toEqual(['open', 'not_known']);
  });
});
