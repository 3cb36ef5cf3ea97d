/*
 * What a request must set out, as the Convention lists it: Article 3(4)(a)–(f) for stockpile
 * destruction, Article 4(6)(a)–(i) for clearance (treaty text cited in README.md). The two plan
 * checks feed the Progress Report's indicators 15 and 20 ("detailed, costed multi-year work plans").
 */

export const article3Elements = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
export const article4Elements = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] as const;
export const planChecks = ['costed', 'multiYear'] as const;
export type PlanCheck = (typeof planChecks)[number];

export const elementMarks = ['provided', 'partly', 'not_provided'] as const;
export const planMarks = ['yes', 'partly', 'no'] as const;

/** The checklist's keys for a request under this article: `art4.a` … and the plan checks. */
export function checklistKeys(article: 3 | 4): string[] {
  const letters = article === 3 ? article3Elements : article4Elements;
  return [...letters.map((l) => `art${article}.${l}`), ...planChecks];
}

export const isPlanCheck = (key: string): key is PlanCheck => (planChecks as readonly string[]).includes(key);
