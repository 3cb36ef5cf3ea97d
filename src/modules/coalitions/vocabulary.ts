/** A coalition's status as stored. `dormant` is also what an active coalition shows once its confirmation is a year old. */
export const coalitionStatuses = ['proposed', 'active', 'dormant', 'closed'] as const;
export type CoalitionStatus = (typeof coalitionStatuses)[number];

/** Who a member is: a State (by its code), an organisation, or an operator (by name). */
export const memberKinds = ['state', 'organisation', 'operator'] as const;
export type MemberKind = (typeof memberKinds)[number];
