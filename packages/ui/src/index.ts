export {
  defineWebModule,
  type Locale,
  type LocalizedText,
  type PluginWebModule,
  type RecordObjectType,
  type RecordTabProps,
  type ScreenProps,
  type SettingsLabels,
  type StepEditorProps,
  type WebStepEditor,
  type WebNavItem,
  type WebRecordTab,
  type WebScreen,
} from './web-module.js';
export {
  createWebModuleRegistry,
  matchScreenPath,
  moduleHref,
  type ResolvedNavItem,
  type ResolvedRecordTab,
  type ResolvedScreen,
  type WebModuleRegistry,
} from './web-module-registry.js';
export { installWebModule, type InstalledWebModule } from './install-module.js';
export { createPluginApi, type PluginApi } from './plugin-api.js';
export { UiProvider, useLocale, useUiEnvironment, type UiEnvironment } from './ui-context.js';
export { defineTexts, interpolate, translate, useTexts, type Texts, type Translate } from './texts.js';
export { formattersFor, localeOf, toDate, useFormat, type DateInput, type Formatters } from './format.js';
export { describeError, useFieldErrors, type DescribedError, type FieldError } from './errors.js';
export { EmptyState, ErrorState, LoadingState } from './states.js';
export { AppLink } from './app-link.js';
export {
  Fact,
  PluginRecordScreen,
  type PluginRecordScreenProps,
  type RecordFact,
  type RecordQuery,
  type RecordScreenTab,
} from './plugin-record-screen.js';
export { FormError, FormFooter, type FormErrors, type FormFooterProps } from './form-footer.js';
export { ReasonDialog, type ReasonDialogLabels, type ReasonDialogProps } from './reason-dialog.js';
export type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
// TanStack Query's hooks, re-exported so that modules use the app's one copy (and its QueryClient).
export {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  useSuspenseQuery,
} from '@tanstack/react-query';
