// Where the handshake's forms post, and the need page they lead back to.
export type FormStep = 'respond' | 'commit' | 'deliver' | 'withdraw' | 'confirm';

export const needHref = (needId: number) => `/cooperation/needs/${needId}`;
export const stepAction = (step: Exclude<FormStep, 'respond'>, responseId: number) =>
  `/cooperation/responses/${responseId}/${step}`;
export const respondAction = (needId: number) => `/cooperation/needs/${needId}/responses`;
