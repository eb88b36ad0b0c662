import type { SeedLocale } from './seed-data.js';

type Text = Record<SeedLocale, string>;

export interface SeedRoute {
  code: string;
  name: Text;
  stops: {
    kind: 'pickup' | 'delivery' | 'waypoint';
    place: Text;
    offsetMinutes: number;
    dwellMinutes: number;
  }[];
}

export const seedRoutes: SeedRoute[] = [
  {
    code: 'MSK-SPB',
    name: { ru: 'Москва — Санкт-Петербург (М-11)', en: 'Moscow — St Petersburg (M-11)' },
    stops: [
      {
        kind: 'pickup',
        place: { ru: 'Москва, Складочная ул., 1', en: 'Moscow, 1 Skladochnaya St' },
        offsetMinutes: 0,
        dwellMinutes: 90,
      },
      {
        kind: 'waypoint',
        place: { ru: 'Тверь, терминал «Мигалово»', en: 'Tver, Migalovo terminal' },
        offsetMinutes: 300,
        dwellMinutes: 30,
      },
      {
        kind: 'delivery',
        place: {
          ru: 'Санкт-Петербург, Шушары, Московское ш., 25',
          en: 'St Petersburg, Shushary, 25 Moskovskoye Hwy',
        },
        offsetMinutes: 780,
        dwellMinutes: 90,
      },
    ],
  },
  {
    code: 'MSK-KZN',
    name: { ru: 'Москва — Казань (М-12)', en: 'Moscow — Kazan (M-12)' },
    stops: [
      {
        kind: 'pickup',
        place: { ru: 'Подольск, индустриальный парк «Южный»', en: 'Podolsk, Yuzhny industrial park' },
        offsetMinutes: 0,
        dwellMinutes: 60,
      },
      {
        kind: 'waypoint',
        place: { ru: 'Нижний Новгород, РЦ «Кстово»', en: 'Nizhny Novgorod, Kstovo DC' },
        offsetMinutes: 360,
        dwellMinutes: 45,
      },
      {
        kind: 'delivery',
        place: { ru: 'Казань, ул. Тэцевская, 4', en: 'Kazan, 4 Tetsevskaya St' },
        offsetMinutes: 720,
        dwellMinutes: 60,
      },
    ],
  },
];

export interface SeedShipment {
  number: string;
  /** Index into the first accounts (as the profiles and contracts). */
  account: number;
  route: string;
  cargo: Text;
  weightKg: number;
  volumeM3: number;
  /** Where the demo leaves it; `vehicle` (a seeded plate) for assigned and in-transit shipments. */
  status: 'planned' | 'assigned' | 'in_transit' | 'delivered';
  vehicle?: string;
  /** Planned start, days from today. */
  startsInDays: number;
  /** Stops already left (in transit) or all visited (delivered). */
  stopsDone: number;
}

export const seedShipments: SeedShipment[] = [
  {
    number: 'ПЕР-0001',
    account: 0,
    route: 'MSK-SPB',
    cargo: { ru: 'Пиломатериалы, 24 пачки', en: 'Sawn timber, 24 bundles' },
    weightKg: 18500,
    volumeM3: 70,
    status: 'in_transit',
    vehicle: 'Е789КМ50',
    startsInDays: 0,
    stopsDone: 1,
  },
  {
    number: 'ПЕР-0002',
    account: 1,
    route: 'MSK-KZN',
    cargo: { ru: 'Замороженная продукция, 33 паллеты', en: 'Frozen food, 33 pallets' },
    weightKg: 16000,
    volumeM3: 76,
    status: 'assigned',
    vehicle: 'В456ЕК77',
    startsInDays: 1,
    stopsDone: 0,
  },
  {
    number: 'ПЕР-0003',
    account: 2,
    route: 'MSK-SPB',
    cargo: { ru: 'Бытовая техника, 120 мест', en: 'Home appliances, 120 pieces' },
    weightKg: 9000,
    volumeM3: 60,
    status: 'planned',
    startsInDays: 3,
    stopsDone: 0,
  },
  {
    number: 'ПЕР-0000',
    account: 0,
    route: 'MSK-KZN',
    cargo: { ru: 'Стройматериалы, 20 паллет', en: 'Building materials, 20 pallets' },
    weightKg: 15000,
    volumeM3: 50,
    status: 'delivered',
    startsInDays: -5,
    stopsDone: 3,
  },
];

/** Monthly activity plans of the sales roles: calls and meetings with existing and potential clients. */
export const seedPlans: Record<
  string,
  { callsExisting: number; callsPotential: number; meetingsExisting: number; meetingsPotential: number }
> = {
  sales_rep: { callsExisting: 60, callsPotential: 40, meetingsExisting: 12, meetingsPotential: 8 },
  sales_manager: { callsExisting: 30, callsPotential: 20, meetingsExisting: 10, meetingsPotential: 6 },
};
