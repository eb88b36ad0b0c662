import { createWebModuleRegistry, type WebModule } from '@crm/ui';

/**
 * The web modules the app knows: each plugin's web half (`plugins/<vertical>/src/web`) and first-party
 * areas that arrive later (workflows) are added to this list. Their screens are lazy chunks; the shell
 * shows a module's nav entries, screens and record tabs only while it is enabled for the tenant.
 */
const modules: WebModule[] = [];

export const webModules = createWebModuleRegistry(modules);
