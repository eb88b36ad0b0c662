/** Demo data of the logistics plugin, in both languages of the product. */
export type SeedLocale = 'ru' | 'en';

export interface SeedVehicle {
  plateNumber: string;
  vin: string;
  make: Record<SeedLocale, string>;
  model: string;
  year: number;
  bodyType: 'tent' | 'refrigerator' | 'box' | 'flatbed' | 'container' | 'van';
  payloadKg: number;
  volumeM3: number;
  ownership: 'own' | 'leased' | 'partner';
  /** Where the demo leaves it; reserved for `reservedHours`, blocked with `reason`. */
  status: 'free' | 'reserved' | 'in_transit' | 'blocked';
  reservedHours?: number;
  reason?: Record<SeedLocale, string>;
}

export const seedVehicles: SeedVehicle[] = [
  {
    plateNumber: 'А123ВС77',
    vin: 'XTC652003N1234567',
    make: { ru: 'КАМАЗ', en: 'KAMAZ' },
    model: '65207',
    year: 2022,
    bodyType: 'tent',
    payloadKg: 20000,
    volumeM3: 86,
    ownership: 'own',
    status: 'free',
  },
  {
    plateNumber: 'В456ЕК77',
    vin: 'YV2RT40A7MB123456',
    make: { ru: 'Volvo', en: 'Volvo' },
    model: 'FH 460',
    year: 2021,
    bodyType: 'refrigerator',
    payloadKg: 19000,
    volumeM3: 82,
    ownership: 'own',
    status: 'reserved',
    reservedHours: 6,
  },
  {
    plateNumber: 'Е789КМ50',
    vin: 'WDB9634031L123456',
    make: { ru: 'Mercedes-Benz', en: 'Mercedes-Benz' },
    model: 'Actros 1845',
    year: 2020,
    bodyType: 'tent',
    payloadKg: 20000,
    volumeM3: 90,
    ownership: 'leased',
    status: 'in_transit',
  },
  {
    plateNumber: 'К012МН78',
    vin: 'X89GAZ33021234567',
    make: { ru: 'ГАЗ', en: 'GAZ' },
    model: 'ГАЗель Next',
    year: 2023,
    bodyType: 'van',
    payloadKg: 1500,
    volumeM3: 13,
    ownership: 'own',
    status: 'free',
  },
  {
    plateNumber: 'М345ОР77',
    vin: 'XTC653503P1234567',
    make: { ru: 'КАМАЗ', en: 'KAMAZ' },
    model: '54901',
    year: 2023,
    bodyType: 'container',
    payloadKg: 25000,
    volumeM3: 67,
    ownership: 'own',
    status: 'blocked',
    reason: { ru: 'Плановое ТО до пятницы', en: 'Scheduled maintenance until Friday' },
  },
  {
    plateNumber: 'Н678РС50',
    vin: 'XLRTEH4300G123456',
    make: { ru: 'DAF', en: 'DAF' },
    model: 'XF 480',
    year: 2019,
    bodyType: 'refrigerator',
    payloadKg: 18500,
    volumeM3: 80,
    ownership: 'partner',
    status: 'free',
  },
  {
    plateNumber: 'О901СТ77',
    vin: 'X9H47434XM1234567',
    make: { ru: 'Hyundai', en: 'Hyundai' },
    model: 'HD78',
    year: 2021,
    bodyType: 'box',
    payloadKg: 4500,
    volumeM3: 36,
    ownership: 'own',
    status: 'in_transit',
  },
  {
    plateNumber: 'Р234УХ78',
    vin: 'XTC654003R1234567',
    make: { ru: 'КАМАЗ', en: 'KAMAZ' },
    model: '6520',
    year: 2018,
    bodyType: 'flatbed',
    payloadKg: 20000,
    volumeM3: 0,
    ownership: 'own',
    status: 'blocked',
    reason: { ru: 'Истекла страховка ОСАГО', en: 'Motor insurance expired' },
  },
];

export interface SeedProfile {
  isClient: boolean;
  isSupplier: boolean;
  isPartner: boolean;
  services: string[];
  monthlyLoads: number;
  monthlyTonnes: number;
  potentialLoads: number;
  growthPotential: 'low' | 'medium' | 'high';
  otherCarriers: Record<SeedLocale, string[]>;
  notes: Record<SeedLocale, string>;
}

/** Applied to the tenant's first accounts (by name), in this order. */
export const seedProfiles: SeedProfile[] = [
  {
    isClient: true,
    isSupplier: false,
    isPartner: false,
    services: ['ftl', 'refrigerated'],
    monthlyLoads: 42,
    monthlyTonnes: 780,
    potentialLoads: 90,
    growthPotential: 'high',
    otherCarriers: { ru: ['Деловые Линии', 'ПЭК'], en: ['Delovye Linii', 'PEK'] },
    notes: {
      ru: 'Половину рефрижераторных рейсов отдают конкурентам',
      en: 'Half of their refrigerated loads go to competitors',
    },
  },
  {
    isClient: true,
    isSupplier: false,
    isPartner: false,
    services: ['ltl', 'warehousing'],
    monthlyLoads: 15,
    monthlyTonnes: 120,
    potentialLoads: 25,
    growthPotential: 'medium',
    otherCarriers: { ru: ['Байкал Сервис'], en: ['Baikal Service'] },
    notes: { ru: 'Интересуются ответственным хранением', en: 'Interested in contract warehousing' },
  },
  {
    isClient: false,
    isSupplier: true,
    isPartner: false,
    services: ['customs'],
    monthlyLoads: 0,
    monthlyTonnes: 0,
    potentialLoads: 0,
    growthPotential: 'low',
    otherCarriers: { ru: [], en: [] },
    notes: { ru: 'Таможенный брокер', en: 'Customs broker' },
  },
  {
    isClient: false,
    isSupplier: false,
    isPartner: true,
    services: ['ftl', 'international'],
    monthlyLoads: 30,
    monthlyTonnes: 560,
    potentialLoads: 45,
    growthPotential: 'medium',
    otherCarriers: { ru: [], en: [] },
    notes: { ru: 'Субподрядчик на направлении Казахстан', en: 'Subcontractor on the Kazakhstan lane' },
  },
  {
    isClient: true,
    isSupplier: false,
    isPartner: true,
    services: ['container', 'last_mile'],
    monthlyLoads: 60,
    monthlyTonnes: 1100,
    potentialLoads: 70,
    growthPotential: 'low',
    otherCarriers: { ru: ['Монополия'], en: ['Monopoly'] },
    notes: { ru: 'Ключевой клиент, обмен загрузками', en: 'Key account, we swap loads' },
  },
  {
    isClient: true,
    isSupplier: false,
    isPartner: false,
    services: ['ftl'],
    monthlyLoads: 4,
    monthlyTonnes: 70,
    potentialLoads: 40,
    growthPotential: 'high',
    otherCarriers: { ru: ['ПЭК', 'Луч'], en: ['PEK', 'Luch'] },
    notes: { ru: 'Пробные рейсы, тендер в следующем квартале', en: 'Trial loads, tender next quarter' },
  },
];

export interface SeedContract {
  number: string;
  /** Index into the profiled accounts. */
  account: number;
  kind: 'client' | 'supplier' | 'carrier';
  /** Start and end relative to today, in days. */
  startsInDays: number;
  endsInDays: number;
  autoRenew: boolean;
  noticeDays: number;
  notes: Record<SeedLocale, string>;
}

export const seedContracts: SeedContract[] = [
  {
    number: 'ЛГ-2025-014',
    account: 0,
    kind: 'client',
    startsInDays: -340,
    endsInDays: 25,
    autoRenew: false,
    noticeDays: 30,
    notes: {
      ru: 'Рамочный договор на рефрижераторные перевозки',
      en: 'Framework agreement for refrigerated haulage',
    },
  },
  {
    number: 'ЛГ-2025-022',
    account: 1,
    kind: 'client',
    startsInDays: -300,
    endsInDays: 58,
    autoRenew: true,
    noticeDays: 45,
    notes: { ru: 'Сборные грузы и хранение', en: 'Groupage and storage' },
  },
  {
    number: 'ПС-2025-003',
    account: 2,
    kind: 'supplier',
    startsInDays: -200,
    endsInDays: 85,
    autoRenew: true,
    noticeDays: 30,
    notes: { ru: 'Таможенное оформление', en: 'Customs clearance' },
  },
  {
    number: 'ПР-2025-007',
    account: 3,
    kind: 'carrier',
    startsInDays: -150,
    endsInDays: 210,
    autoRenew: false,
    noticeDays: 60,
    notes: { ru: 'Субподряд, направление Казахстан', en: 'Subcontracting, Kazakhstan lane' },
  },
  {
    number: 'ЛГ-2026-001',
    account: 4,
    kind: 'client',
    startsInDays: -20,
    endsInDays: 345,
    autoRenew: true,
    noticeDays: 30,
    notes: {
      ru: 'Контейнерные перевозки и доставка последней мили',
      en: 'Container haulage and last-mile delivery',
    },
  },
];
