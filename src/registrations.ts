import type { ModuleRegistration } from './kernel/registry.js';
import { accountsRegistration } from './modules/accounts/index.js';
import { analysisRegistration } from './modules/analysis/index.js';
import { apiRegistration } from './modules/api/index.js';
import { calendarRegistration } from './modules/calendar/index.js';
import { coalitionsRegistration } from './modules/coalitions/index.js';
import { cooperationRegistration } from './modules/cooperation/index.js';
import { directoryRegistration } from './modules/directory/index.js';
import { extensionsRegistration } from './modules/extensions/index.js';
import { followupsRegistration } from './modules/followups/index.js';
import { homeRegistration } from './modules/home/index.js';
import { outboxRegistration } from './modules/outbox/index.js';
import { practicesRegistration } from './modules/practices/index.js';
import { progressRegistration } from './modules/progress/index.js';
import { reportsRegistration } from './modules/reports/index.js';
import { statesRegistration } from './modules/states/index.js';
import { workPlansRegistration } from './modules/workplans/index.js';
import { workspaceRegistration } from './modules/workspace/index.js';

/**
 * What every module adds to the shell (its menu links, its not-found kinds), handed to the
 * kernel by src/app.ts. A new module adds its registration here; the order of this list does
 * not matter (each menu link has its own `order`).
 */
export const moduleRegistrations: readonly ModuleRegistration[] = [
  homeRegistration,
  statesRegistration,
  calendarRegistration,
  reportsRegistration,
  cooperationRegistration,
  coalitionsRegistration,
  progressRegistration,
  practicesRegistration,
  directoryRegistration,
  apiRegistration,
  accountsRegistration,
  outboxRegistration,
  workPlansRegistration,
  followupsRegistration,
  workspaceRegistration,
  extensionsRegistration,
  analysisRegistration,
];
