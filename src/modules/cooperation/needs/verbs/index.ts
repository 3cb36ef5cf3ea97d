export { addNeed } from './add-need.js';
export { reconfirmNeed } from './reconfirm-need.js';
export { setNeedConsent } from './set-need-consent.js';
export { setNeedStatus } from './set-need-status.js';
export { updateNeed } from './update-need.js';
export { withdrawNeed } from './withdraw-need.js';
