import type { ProductType } from '../server/shared/product-types.js';

/** Demo data of the bank plugin, in both languages of the product. */
export type SeedLocale = 'ru' | 'en';
type Text = Record<SeedLocale, string>;

export const seedTiers = [
  {
    key: 'vip',
    name: { ru: 'VIP / Private Banking', en: 'VIP / Private Banking' },
    customerCategory: 'private_banking',
    serviceLevel: 'dedicated',
    contactIntervalDays: 30,
    meetingIntervalDays: 90,
    rank: 1,
  },
  {
    key: 'premium',
    name: { ru: 'Премиум', en: 'Premium' },
    customerCategory: 'affluent',
    serviceLevel: 'priority',
    contactIntervalDays: 60,
    meetingIntervalDays: 180,
    rank: 2,
  },
  {
    key: 'sme',
    name: { ru: 'Малый бизнес', en: 'Small business' },
    customerCategory: 'sme',
    serviceLevel: 'priority',
    contactIntervalDays: 45,
    meetingIntervalDays: 180,
    rank: 3,
  },
  {
    key: 'mass',
    name: { ru: 'Массовый', en: 'Mass retail' },
    customerCategory: 'mass',
    serviceLevel: 'remote',
    contactIntervalDays: 180,
    meetingIntervalDays: null,
    rank: 4,
  },
] as const;

export interface SeedClient {
  tier: (typeof seedTiers)[number]['key'];
  segment: Text;
  region: Text;
  insight: Text;
  /** Days since the last contact (null: never contacted). */
  lastContactDaysAgo: number | null;
  products: {
    type: ProductType;
    openedDaysAgo: number;
    balance: number;
    creditLimit?: number;
    closed?: boolean;
  }[];
  /** Monthly revenue and cost to serve for the last three months. */
  revenue: number;
  costToServe: number;
}

const retail = { ru: 'Розница', en: 'Retail' };
const premium = { ru: 'Премиум', en: 'Premium' };
const moscow = { ru: 'Москва', en: 'Moscow' };
const spb = { ru: 'Санкт-Петербург', en: 'Saint Petersburg' };

/** Individual clients (the first contacts of the demo workspace, in order). */
export const seedIndividuals: SeedClient[] = [
  {
    tier: 'vip',
    segment: premium,
    region: moscow,
    insight: {
      ru: 'Продаёт бизнес, ищет доверительное управление',
      en: 'Selling a business; looking for wealth management',
    },
    lastContactDaysAgo: 40,
    products: [
      { type: 'current_account', openedDaysAgo: 900, balance: 4_850_000 },
      { type: 'deposit', openedDaysAgo: 400, balance: 25_000_000 },
      { type: 'investment', openedDaysAgo: 200, balance: 12_400_000 },
    ],
    revenue: 145_000,
    costToServe: 18_000,
  },
  {
    tier: 'premium',
    segment: premium,
    region: spb,
    insight: {
      ru: 'Ипотека через 2 года, интересуется страхованием',
      en: 'Mortgage in 2 years; asks about insurance',
    },
    lastContactDaysAgo: 20,
    products: [
      { type: 'current_account', openedDaysAgo: 600, balance: 380_000 },
      { type: 'mortgage', openedDaysAgo: 550, balance: -7_200_000 },
    ],
    revenue: 42_000,
    costToServe: 6_500,
  },
  {
    tier: 'mass',
    segment: retail,
    region: moscow,
    insight: { ru: 'Новый клиент: открыл только счёт', en: 'New client: opened a current account only' },
    lastContactDaysAgo: null,
    products: [{ type: 'current_account', openedDaysAgo: 16, balance: 54_000 }],
    revenue: 900,
    costToServe: 650,
  },
  {
    tier: 'mass',
    segment: retail,
    region: spb,
    insight: { ru: 'Зарплатный клиент', en: 'Payroll client' },
    lastContactDaysAgo: 200,
    products: [
      { type: 'debit_card', openedDaysAgo: 700, balance: 61_000 },
      { type: 'credit_card', openedDaysAgo: 300, balance: -35_000, creditLimit: 150_000 },
    ],
    revenue: 3_100,
    costToServe: 1_100,
  },
  {
    tier: 'premium',
    segment: premium,
    region: moscow,
    insight: { ru: 'Открыл вклад 3 недели назад', en: 'Opened a term deposit 3 weeks ago' },
    lastContactDaysAgo: 21,
    products: [{ type: 'deposit', openedDaysAgo: 21, balance: 3_000_000 }],
    revenue: 11_000,
    costToServe: 4_000,
  },
  {
    tier: 'mass',
    segment: retail,
    region: moscow,
    insight: { ru: 'Закрыл кредит, остатки падают', en: 'Paid off a loan; balances falling' },
    lastContactDaysAgo: 400,
    products: [
      { type: 'debit_card', openedDaysAgo: 1200, balance: 2_300 },
      { type: 'consumer_loan', openedDaysAgo: 1100, balance: 0, closed: true },
    ],
    revenue: 150,
    costToServe: 700,
  },
];

/** Organisation clients (the first accounts of the demo workspace). */
export const seedOrganisations: SeedClient[] = [
  {
    tier: 'sme',
    segment: { ru: 'Малый бизнес', en: 'SME' },
    region: moscow,
    insight: { ru: 'Сезонная потребность в оборотных средствах', en: 'Seasonal working-capital needs' },
    lastContactDaysAgo: 50,
    products: [
      { type: 'current_account', openedDaysAgo: 800, balance: 2_150_000 },
      { type: 'overdraft', openedDaysAgo: 300, balance: -400_000, creditLimit: 1_000_000 },
    ],
    revenue: 68_000,
    costToServe: 9_000,
  },
  {
    tier: 'sme',
    segment: { ru: 'Малый бизнес', en: 'SME' },
    region: spb,
    insight: { ru: 'Рассматривает зарплатный проект', en: 'Considering a payroll project' },
    lastContactDaysAgo: 10,
    products: [{ type: 'current_account', openedDaysAgo: 15, balance: 640_000 }],
    revenue: 7_500,
    costToServe: 3_500,
  },
];

export const seedHousehold = {
  name: { ru: 'Семья (демо)', en: 'Family (demo)' },
  notes: { ru: 'Общий бюджет, решения принимают вместе', en: 'Shared budget; decide together' },
};

export const seedRules: { name: Text; priority: number; segment?: Text; clientType?: 'organisation' }[] = [
  {
    name: { ru: 'VIP и премиум: частный банкинг', en: 'VIP and premium: private banking' },
    priority: 10,
    segment: premium,
  },
  { name: { ru: 'Малый бизнес', en: 'Small business' }, priority: 20, clientType: 'organisation' },
  { name: { ru: 'Остальные: розница', en: 'Everyone else: retail' }, priority: 100 },
];

export const seedCampaign = {
  name: { ru: 'Накопительный счёт: осень', en: 'Savings account: autumn' },
  productType: 'savings' as const,
  holdoutPercent: 20,
  responseWindowDays: 30,
};
