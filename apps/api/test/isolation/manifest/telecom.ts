import type { TenantRecords } from '../fixtures.js';

/** The telecom plugin's procedures, as tenant B would call them with tenant A's ids. */
export const telecomManifest: Record<string, (a: TenantRecords) => unknown> = {
  'plugins.telecom.productOffering.list': () => ({ search: 'Secret' }),
  'plugins.telecom.productOffering.get': (a) => ({ id: a.telecomOffering }),
  'plugins.telecom.productOffering.create': (a) => ({
    name: 'Intruder tariff',
    bundledProductOffering: [{ id: a.telecomOffering }],
  }),
  'plugins.telecom.productOffering.update': (a) => ({ id: a.telecomOffering, name: 'Hacked' }),
  'plugins.telecom.productOffering.transition': (a) => ({
    id: a.telecomOffering,
    lifecycleStatus: 'Retired',
  }),
  'plugins.telecom.product.list': (a) => ({ accountId: a.account, offeringId: a.telecomOffering }),
  'plugins.telecom.product.get': (a) => ({ id: a.telecomProduct }),
  'plugins.telecom.product.create': (a) => ({
    accountId: a.account,
    productOffering: { id: a.telecomOffering },
    productSerialNumber: '+79000000001',
  }),
  'plugins.telecom.product.transition': (a) => ({ id: a.telecomProduct, status: 'suspended' }),
  'plugins.telecom.product.tariffSavings': (a) => ({ id: a.telecomProduct }),
  'plugins.telecom.productOrder.list': (a) => ({ accountId: a.account }),
  'plugins.telecom.productOrder.get': (a) => ({ id: a.telecomOrder }),
  'plugins.telecom.productOrder.create': (a) => ({
    accountId: a.account,
    productOrderItem: [
      {
        id: '1',
        action: 'modify',
        product: { id: a.telecomProduct },
        productOffering: { id: a.telecomOffering },
      },
    ],
  }),
  'plugins.telecom.productOrder.transition': (a) => ({ id: a.telecomOrder, state: 'completed' }),
  'plugins.telecom.troubleTicket.list': (a) => ({ accountId: a.account }),
  'plugins.telecom.troubleTicket.get': (a) => ({ id: a.telecomTicket }),
  'plugins.telecom.troubleTicket.create': (a) => ({
    accountId: a.account,
    productId: a.telecomProduct,
    name: 'Intruder',
    severity: 'critical',
  }),
  'plugins.telecom.troubleTicket.transition': (a) => ({ id: a.telecomTicket, status: 'resolved' }),
  'plugins.telecom.usage.list': (a) => ({ accountId: a.account, productId: a.telecomProduct }),
  'plugins.telecom.usage.create': (a) => ({
    items: [
      {
        accountId: a.account,
        productId: a.telecomProduct,
        usageDate: '2026-11-01T00:00:00Z',
        usageType: 'data',
        amount: 1,
      },
    ],
  }),
  'plugins.telecom.account.churnRisk': (a) => ({ accountId: a.account }),
  'plugins.telecom.recommendation.list': (a) => ({ accountId: a.account }),
  'plugins.telecom.recommendation.get': (a) => ({ id: a.telecomRecommendation }),
  'plugins.telecom.recommendation.accept': (a) => ({ id: a.telecomRecommendation }),
  'plugins.telecom.recommendation.decline': (a) => ({ id: a.telecomRecommendation, reason: 'hacked' }),
};
