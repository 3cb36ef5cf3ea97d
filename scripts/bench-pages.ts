/** The pages `npm run bench` measures, each beside a static body of the same size. */
export const benchPages: Record<string, string> = {
  stateProfile: '/states/LBN',
  deadlines: '/deadlines',
  needs: '/cooperation/needs',
  ledger: '/cooperation/ledger',
};
