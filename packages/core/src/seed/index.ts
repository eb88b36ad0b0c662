export {
  seedDemoTenant,
  DEMO_TENANT_SLUG,
  type DemoLogin,
  type SeedDemoTenantOptions,
  type SeededDemoTenant,
} from './seed-demo-tenant.js';
export { demoCounts, type DemoCounts } from './build-demo-data.js';
