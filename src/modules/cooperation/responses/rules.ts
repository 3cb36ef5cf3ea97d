import type { NeedStatus, ResponseStage } from '../shared/vocabulary.js';

/** The steps of the handshake and the stage each one starts from. Nothing else moves a response. */
export const steps = {
  commit: { from: ['interest'], to: 'commitment' },
  deliver: { from: ['commitment'], to: 'delivered' },
  withdraw: { from: ['interest', 'commitment', 'delivered'], to: 'withdrawn' },
  confirm: { from: ['delivered'], to: 'confirmed' },
} as const satisfies Record<string, { from: readonly ResponseStage[]; to: ResponseStage }>;
export type Step = keyof typeof steps;

/** May a response at `stage` take this step? */
export const canTakeStep = (step: Step, stage: ResponseStage): boolean =>
  (steps[step].from as readonly ResponseStage[]).includes(stage);

/**
 * A response is open (one per partner and need) until withdrawn or confirmed; after a confirmed
 * delivery the partner may answer the same need again.
 */
export const isLive = (stage: ResponseStage) => stage !== 'withdrawn' && stage !== 'confirmed';

/** Partners may offer help, or commit it, only while the need is still asked for (today's status: see needs/status.ts). */
export const needTakesResponses = (status: NeedStatus) => status === 'open' || status === 'partly_met';
