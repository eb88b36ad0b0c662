import type {
  RecordObjectType,
  WebModule,
  WebNavItem,
  WebRecordTab,
  WebScreen,
  WebStepEditor,
} from './web-module.js';

export interface ResolvedNavItem extends WebNavItem {
  moduleId: string;
  /** The app URL of the link: `/x/<module>/<path>`. */
  href: string;
}

export interface WebModuleRegistry {
  readonly modules: readonly WebModule[];
  /** Navigation entries of the enabled modules, in registration order. */
  nav(enabled: ReadonlySet<string>, section: WebNavItem['section']): ResolvedNavItem[];
  /** The screen for `/x/<moduleId>/<path>`, or undefined when the module is unknown or disabled. */
  screen(enabled: ReadonlySet<string>, moduleId: string, path: string): WebScreen | undefined;
  /** Record tabs of the enabled modules for one object type. */
  recordTabs(enabled: ReadonlySet<string>, objectType: RecordObjectType): WebRecordTab[];
  /** The workflow step editor an enabled module provides for a step kind, if any. */
  stepEditor(enabled: ReadonlySet<string>, kind: string): WebStepEditor | undefined;
}

export function moduleHref(moduleId: string, path: string): string {
  return `/x/${moduleId}${path ? `/${path}` : ''}`;
}

/** Builds the registry the app shell reads; duplicate module ids are a programming error. */
export function createWebModuleRegistry(modules: readonly WebModule[]): WebModuleRegistry {
  const byId = new Map<string, WebModule>();
  for (const module of modules) {
    if (byId.has(module.id)) throw new Error(`Web module ${module.id} is registered twice`);
    byId.set(module.id, module);
  }
  const enabledModules = (enabled: ReadonlySet<string>) => modules.filter((module) => enabled.has(module.id));
  const trim = (path: string) => path.replace(/^\/+|\/+$/g, '');
  return {
    modules,
    nav: (enabled, section) =>
      enabledModules(enabled).flatMap((module) =>
        module.nav
          .filter((item) => item.section === section)
          .map((item) => ({ ...item, moduleId: module.id, href: moduleHref(module.id, item.path) })),
      ),
    screen: (enabled, moduleId, path) => {
      const module = byId.get(moduleId);
      if (!module || !enabled.has(moduleId)) return undefined;
      return module.screens.find((screen) => trim(screen.path) === trim(path));
    },
    recordTabs: (enabled, objectType) =>
      enabledModules(enabled).flatMap((module) =>
        (module.recordTabs ?? []).filter((tab) => tab.objectType === objectType),
      ),
    stepEditor: (enabled, kind) =>
      enabledModules(enabled)
        .flatMap((module) => module.stepEditors ?? [])
        .find((editor) => editor.kind === kind),
  };
}
