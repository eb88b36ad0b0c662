import type { PluginApiKit } from '@crm/api';
import { z } from 'zod';
import { logisticsContext } from '../db.js';
import * as accounts from './accounts/index.js';
import * as contracts from './contracts/index.js';
import * as vehicles from './vehicles/index.js';
import { routesRouter, shipmentsRouter } from './shipments.router.js';
import { contractDocumentProcedure, documentTemplatesRouter } from './documents.router.js';
import { plansRouter } from './plans.router.js';

const idInput = z.strictObject({ id: z.uuid() });
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/**
 * The logistics API, mounted at `plugins.logistics` (tRPC) and `/api/v1/logistics/...` (REST). Every
 * procedure is built from the kit's `procedure` (pluginProcedure('logistics')): a tenant without the
 * plugin gets 404 from all of them.
 */
export function logisticsApi(kit: PluginApiKit) {
  const { router, procedure } = kit;
  const fleet = ['Logistics: fleet'];
  const agreements = ['Logistics: contracts'];
  const parties = ['Logistics: accounts'];
  return router({
    routes: routesRouter(kit),
    shipments: shipmentsRouter(kit),
    documentTemplates: documentTemplatesRouter(kit),
    plans: plansRouter(kit),
    vehicles: router({
      list: procedure
        .meta({ openapi: { method: 'GET', path: '/logistics/vehicles', tags: fleet, summary: 'The fleet' } })
        .input(vehicles.listVehiclesInput)
        .output(page(vehicles.vehicleOutput))
        .query(({ ctx, input }) => vehicles.listVehicles(logisticsContext(ctx.tenant), input)),
      get: procedure
        .meta({
          openapi: { method: 'GET', path: '/logistics/vehicles/{id}', tags: fleet, summary: 'One vehicle' },
        })
        .input(idInput)
        .output(vehicles.vehicleOutput)
        .query(({ ctx, input }) => vehicles.getVehicle(logisticsContext(ctx.tenant), input.id)),
      create: procedure
        .meta({
          openapi: {
            method: 'POST',
            path: '/logistics/vehicles',
            tags: fleet,
            summary: 'Add a vehicle (free)',
          },
          created: true,
        })
        .input(vehicles.createVehicleInput)
        .output(vehicles.vehicleOutput)
        .mutation(({ ctx, input }) => vehicles.createVehicle(logisticsContext(ctx.tenant), input)),
      update: procedure
        .meta({
          openapi: {
            method: 'PATCH',
            path: '/logistics/vehicles/{id}',
            tags: fleet,
            summary: "Change a vehicle's details",
          },
        })
        .input(vehicles.updateVehicleInput)
        .output(vehicles.vehicleOutput)
        .mutation(({ ctx, input }) => vehicles.updateVehicle(logisticsContext(ctx.tenant), input)),
      transition: procedure
        .meta({
          openapi: {
            method: 'POST',
            path: '/logistics/vehicles/{id}/transition',
            tags: fleet,
            summary:
              'Change the status: reserve (with reservedUntil), dispatch, release, block (with reason), unblock',
          },
        })
        .input(vehicles.transitionVehicleInput)
        .output(vehicles.vehicleOutput)
        .mutation(({ ctx, input }) => vehicles.transitionVehicle(logisticsContext(ctx.tenant), input)),
      history: procedure
        .meta({
          openapi: {
            method: 'GET',
            path: '/logistics/vehicles/{id}/history',
            tags: fleet,
            summary: 'Status changes, newest first',
          },
        })
        .input(idInput)
        .output(items(vehicles.vehicleStatusChangeOutput))
        .query(({ ctx, input }) => vehicles.vehicleHistory(logisticsContext(ctx.tenant), input.id)),
    }),
    contracts: router({
      document: contractDocumentProcedure(kit),
      list: procedure
        .meta({
          openapi: { method: 'GET', path: '/logistics/contracts', tags: agreements, summary: 'Contracts' },
        })
        .input(contracts.listContractsInput)
        .output(items(contracts.contractOutput))
        .query(({ ctx, input }) => contracts.listContracts(logisticsContext(ctx.tenant), input)),
      renewals: procedure
        .meta({
          openapi: {
            method: 'GET',
            path: '/logistics/contracts/renewals',
            tags: agreements,
            summary: 'Contracts to renew: active contracts ending soon, most urgent notice deadline first',
          },
        })
        .input(contracts.contractsToRenewInput)
        .output(items(contracts.contractToRenewOutput))
        .query(({ ctx, input }) => contracts.contractsToRenew(logisticsContext(ctx.tenant), input)),
      get: procedure
        .meta({
          openapi: {
            method: 'GET',
            path: '/logistics/contracts/{id}',
            tags: agreements,
            summary: 'One contract',
          },
        })
        .input(idInput)
        .output(contracts.contractOutput)
        .query(({ ctx, input }) => contracts.getContract(logisticsContext(ctx.tenant), input.id)),
      create: procedure
        .meta({
          openapi: {
            method: 'POST',
            path: '/logistics/contracts',
            tags: agreements,
            summary: 'Record a contract',
          },
          created: true,
        })
        .input(contracts.createContractInput)
        .output(contracts.contractOutput)
        .mutation(({ ctx, input }) => contracts.createContract(logisticsContext(ctx.tenant), input)),
      update: procedure
        .meta({
          openapi: {
            method: 'PATCH',
            path: '/logistics/contracts/{id}',
            tags: agreements,
            summary: 'Change a contract',
          },
        })
        .input(contracts.updateContractInput)
        .output(contracts.contractOutput)
        .mutation(({ ctx, input }) => contracts.updateContract(logisticsContext(ctx.tenant), input)),
    }),
    accounts: router({
      list: procedure
        .meta({
          openapi: {
            method: 'GET',
            path: '/logistics/accounts',
            tags: parties,
            summary: 'Clients, suppliers and partners with their services, volumes and potential',
          },
        })
        .input(accounts.listAccountProfilesInput)
        .output(items(accounts.accountProfileOutput))
        .query(({ ctx, input }) => accounts.listAccountProfiles(logisticsContext(ctx.tenant), input)),
      options: procedure
        .meta({
          openapi: {
            method: 'GET',
            path: '/logistics/account-options',
            tags: parties,
            summary:
              'Accounts the caller may read, by name: the client choices of shipment and contract forms',
          },
        })
        .input(accounts.listAccountOptionsInput)
        .output(items(accounts.accountOptionOutput))
        .query(({ ctx, input }) => accounts.listAccountOptions(logisticsContext(ctx.tenant), input)),
      get: procedure
        .meta({
          openapi: {
            method: 'GET',
            path: '/logistics/accounts/{accountId}',
            tags: parties,
            summary: "An account's logistics profile",
          },
        })
        .input(accounts.accountIdInput)
        .output(accounts.accountProfileOutput)
        .query(({ ctx, input }) => accounts.getAccountProfile(logisticsContext(ctx.tenant), input.accountId)),
      update: procedure
        .meta({
          openapi: {
            method: 'PATCH',
            path: '/logistics/accounts/{accountId}',
            tags: parties,
            summary: "Set an account's logistics profile (roles, services, volumes, other carriers)",
          },
        })
        .input(accounts.upsertAccountProfileInput)
        .output(accounts.accountProfileOutput)
        .mutation(({ ctx, input }) => accounts.upsertAccountProfile(logisticsContext(ctx.tenant), input)),
    }),
  });
}
