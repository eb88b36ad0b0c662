export * from './saved-view.schema.js';
export { listSavedViews } from './list-saved-views.js';
export { createSavedView } from './create-saved-view.js';
export { deleteSavedView } from './delete-saved-view.js';
