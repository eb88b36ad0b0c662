export * from './showing.schema.js';
export * from './showing-state-machine.js';
export { createShowing } from './create-showing.js';
export { transitionShowing } from './transition-showing.js';
export { recordShowingFeedback } from './record-feedback.js';
export { listShowings } from './list-showings.js';
export { getShowing } from './get-showing.js';
export { showingReminders } from './showing-reminders.js';
