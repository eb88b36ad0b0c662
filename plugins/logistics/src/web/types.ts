import type { inferRouterInputs, inferRouterOutputs } from '@crm/ui';
import type { LogisticsRouter } from './api.js';

type Outputs = inferRouterOutputs<LogisticsRouter>;
type Inputs = inferRouterInputs<LogisticsRouter>;

/** What the screens show, from the router's types. Dates arrive as ISO strings (no transformer). */
export type Vehicle = Outputs['vehicles']['get'];
export type VehicleStatus = Vehicle['status'];
export type StatusChange = Outputs['vehicles']['history']['items'][number];
export type CreateVehicle = Inputs['vehicles']['create'];
export type BodyType = CreateVehicle['bodyType'];
export type Contract = Outputs['contracts']['get'];
export type ContractToRenew = Outputs['contracts']['renewals']['items'][number];
export type AccountProfile = Outputs['accounts']['get'];
export type ProfileUpdate = Inputs['accounts']['update'];

// The value lists the screens offer, checked against the router's types.
export const vehicleStatuses = [
  'free',
  'reserved',
  'in_transit',
  'blocked',
] as const satisfies readonly VehicleStatus[];
export const bodyTypes = [
  'tent',
  'refrigerator',
  'box',
  'flatbed',
  'tanker',
  'container',
  'van',
] as const satisfies readonly BodyType[];
export const services = [
  'ftl',
  'ltl',
  'refrigerated',
  'international',
  'warehousing',
  'container',
  'last_mile',
  'customs',
] as const satisfies readonly NonNullable<ProfileUpdate['services']>[number][];
export const growthPotentials = ['low', 'medium', 'high'] as const satisfies readonly NonNullable<
  ProfileUpdate['growthPotential']
>[];

export const isBodyType = (value: string | null): value is BodyType =>
  bodyTypes.some((type) => type === value);

export const contractKinds = ['client', 'supplier', 'carrier'] as const satisfies readonly Contract['kind'][];
export const contractStatuses = [
  'draft',
  'active',
  'expired',
  'terminated',
] as const satisfies readonly Contract['status'][];

export type Route = Outputs['routes']['get'];
export type Shipment = Outputs['shipments']['get'];
export type ShipmentStatus = Shipment['status'];
export type ShipmentStop = Shipment['stops'][number];
export type ShipmentEvent = Outputs['shipments']['history']['items'][number];
export type PlanRow = Outputs['plans']['progress']['items'][number];
export const shipmentStatuses = [
  'planned',
  'assigned',
  'in_transit',
  'delivered',
  'cancelled',
] as const satisfies readonly ShipmentStatus[];
export const isShipmentStatus = (value: string | null): value is ShipmentStatus =>
  shipmentStatuses.some((s) => s === value);
export const planMetrics = [
  'callsExisting',
  'callsPotential',
  'meetingsExisting',
  'meetingsPotential',
] as const satisfies readonly (keyof PlanRow['plan'])[];

export type CreateRoute = Inputs['routes']['create'];
export type CreateShipment = Inputs['shipments']['create'];
export type SetPlan = Inputs['plans']['set'];
export type StopKind = CreateRoute['stops'][number]['kind'];
export const stopKinds = ['pickup', 'delivery', 'waypoint'] as const satisfies readonly StopKind[];
export const isStopKind = (value: string | null): value is StopKind => stopKinds.some((k) => k === value);
