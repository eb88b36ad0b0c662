export {
  defineWebModule,
  type Locale,
  type LocalizedText,
  type RecordObjectType,
  type RecordTabProps,
  type ScreenProps,
  type StepEditorProps,
  type WebModule,
  type WebNavItem,
  type WebRecordTab,
  type WebScreen,
  type WebStepEditor,
} from './web-module.js';
export {
  createWebModuleRegistry,
  moduleHref,
  type ResolvedNavItem,
  type WebModuleRegistry,
} from './web-module-registry.js';
