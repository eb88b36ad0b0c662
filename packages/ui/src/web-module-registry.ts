import type { InstalledWebModule } from './install-module.js';
import type { RecordObjectType, WebNavItem, WebRecordTab, WebScreen, WebStepEditor } from './web-module.js';

export interface ResolvedNavItem extends WebNavItem {
  moduleId: string;
  /** The app URL of the link: `/x/<module>/<path>`. */
  href: string;
}

export interface ResolvedScreen {
  module: InstalledWebModule;
  screen: WebScreen;
  params: Readonly<Record<string, string>>;
}

export interface ResolvedRecordTab extends WebRecordTab {
  module: InstalledWebModule;
}

export interface WebModuleRegistry {
  readonly modules: readonly InstalledWebModule[];
  /** Navigation entries of the enabled modules, in registration order. */
  nav(enabled: ReadonlySet<string>, section: WebNavItem['section']): ResolvedNavItem[];
  /** The screen for `/x/<moduleId>/<path>`, or undefined when the module is unknown or disabled. */
  screen(enabled: ReadonlySet<string>, moduleId: string, path: string): ResolvedScreen | undefined;
  /** Record tabs of the enabled modules for one object type. */
  recordTabs(enabled: ReadonlySet<string>, objectType: RecordObjectType): ResolvedRecordTab[];
  /** The installed module with this id (enabled or not), e.g. for its settings labels. */
  module(moduleId: string): InstalledWebModule | undefined;
  /** The workflow step editor an enabled module provides for a step kind, if any. */
  stepEditor(enabled: ReadonlySet<string>, kind: string): WebStepEditor | undefined;
}

export function moduleHref(moduleId: string, path: string): string {
  return `/x/${moduleId}${path ? `/${path}` : ''}`;
}

const segments = (path: string) => path.split('/').filter((part) => part !== '');

/** Matches `vehicles/:id` against `vehicles/0199…`; the params, or undefined when it does not match. */
export function matchScreenPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = segments(pattern);
  const got = segments(path);
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of want.entries()) {
    const value = got[index] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(value);
    else if (part !== value) return undefined;
  }
  return params;
}

/** Builds the registry the app shell reads; duplicate module ids are a programming error. */
export function createWebModuleRegistry(modules: readonly InstalledWebModule[]): WebModuleRegistry {
  const byId = new Map<string, InstalledWebModule>();
  for (const module of modules) {
    if (byId.has(module.id)) throw new Error(`Web module ${module.id} is registered twice`);
    byId.set(module.id, module);
  }
  const enabledModules = (enabled: ReadonlySet<string>) => modules.filter((module) => enabled.has(module.id));
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
      for (const screen of module.screens) {
        const params = matchScreenPath(screen.path, path);
        if (params) return { module, screen, params };
      }
      return undefined;
    },
    recordTabs: (enabled, objectType) =>
      enabledModules(enabled).flatMap((module) =>
        module.recordTabs.filter((tab) => tab.objectType === objectType).map((tab) => ({ ...tab, module })),
      ),
    module: (moduleId) => byId.get(moduleId),
    stepEditor: (enabled, kind) =>
      enabledModules(enabled)
        .flatMap((module) => module.stepEditors)
        .find((editor) => editor.kind === kind),
  };
}
