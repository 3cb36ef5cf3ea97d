// Public face of the work plans module: other modules import from here only.
export { addActivity } from './add-activity.js';
export { createWorkPlan } from './create-work-plan.js';
export { canWriteWorkPlans } from './policy.js';
export { quarterSpan, quartersText } from './quarters.js';
export {
  type ActivityView,
  findWorkPlan,
  getWorkPlan,
  listWorkPlans,
  type MeetingLink,
  type WorkPlanSummary,
  type WorkPlanView,
} from './queries.js';
export { workPlansRegistration } from './registration.js';
export { renderWorkPlanReport } from './report-docx.js';
export { workPlansRoutes } from './routes.js';
export { seedWorkPlans } from './seed.js';
export { updateActivity } from './update-activity.js';
export { updateWorkPlan } from './update-work-plan.js';
export {
  type ActivityDocument,
  type ActivityStatus,
  activityStatuses,
  type SourcedLine,
} from './vocabulary.js';
