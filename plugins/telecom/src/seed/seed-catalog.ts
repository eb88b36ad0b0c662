import type { OfferingPriceInput } from '../server/offerings/offering.schema.js';
import type { LifecycleStatus } from '../server/offerings/offering-lifecycle.js';

/** Demo data of the telecom plugin, in both languages of the product. */
export type SeedLocale = 'ru' | 'en';
type Text = Record<SeedLocale, string>;

export interface SeedOffering {
  key: string;
  name: Text;
  description: Text;
  lifecycleStatus: LifecycleStatus;
  marketSegment: string[];
  isSellable?: boolean;
  /** Keys of the offerings a bundle is made of. */
  bundle?: string[];
  prices: (locale: SeedLocale) => OfferingPriceInput[];
}

const rub = (value: number) => ({ taxIncludedAmount: { unit: 'RUB', value }, taxRate: 20 });
const monthly =
  (name: Text, value: number) =>
  (l: SeedLocale): OfferingPriceInput => ({
    name: name[l],
    priceType: 'recurring',
    recurringChargePeriodType: 'month',
    recurringChargePeriodLength: 1,
    price: rub(value),
  });
const allowance =
  (usageType: 'data' | 'voice' | 'sms', amount: number, units: string, name: Text) =>
  (l: SeedLocale): OfferingPriceInput => ({
    name: name[l],
    priceType: 'allowance',
    usageType,
    unitOfMeasure: { amount, units },
    price: rub(0),
  });
const usage =
  (usageType: 'data' | 'voice' | 'sms', value: number, units: string, name: Text) =>
  (l: SeedLocale): OfferingPriceInput => ({
    name: name[l],
    priceType: 'usage',
    usageType,
    unitOfMeasure: { amount: 1, units },
    price: rub(value),
  });
const all =
  (...parts: ((l: SeedLocale) => OfferingPriceInput)[]) =>
  (l: SeedLocale) =>
    parts.map((p) => p(l));

const fee = { ru: 'Абонентская плата', en: 'Monthly fee' };
const overData = { ru: 'Интернет сверх пакета, за 1 ГБ', en: 'Data beyond the allowance, per GB' };
const overVoice = { ru: 'Звонки сверх пакета, за минуту', en: 'Calls beyond the allowance, per minute' };
const overSms = { ru: 'SMS сверх пакета', en: 'SMS beyond the allowance' };
const gb = (n: number) => ({ ru: `${n} ГБ интернета`, en: `${n} GB of data` });
const min = (n: number) => ({ ru: `${n} минут`, en: `${n} minutes` });
const sms = (n: number) => ({ ru: `${n} SMS`, en: `${n} SMS` });
// No upper bound exists in a TMF Quantity: "unlimited" calls are an allowance no one reaches.
const unlimitedCalls = { ru: 'Безлимитные звонки по России', en: 'Unlimited calls within Russia' };

export const seedOfferings: SeedOffering[] = [
  {
    key: 'start5',
    name: { ru: 'Старт 5 ГБ', en: 'Start 5 GB' },
    description: { ru: 'Архивный тариф: 5 ГБ и 200 минут', en: 'Legacy tariff: 5 GB and 200 minutes' },
    lifecycleStatus: 'Retired',
    marketSegment: ['b2c'],
    prices: all(
      monthly(fee, 300),
      allowance('data', 5, 'GB', gb(5)),
      allowance('voice', 200, 'min', min(200)),
      usage('data', 120, 'GB', overData),
      usage('voice', 2.5, 'min', overVoice),
      usage('sms', 2, 'SMS', overSms),
    ),
  },
  {
    key: 'basic10',
    name: { ru: 'Базовый 10 ГБ', en: 'Basic 10 GB' },
    description: { ru: '10 ГБ, 300 минут и 100 SMS', en: '10 GB, 300 minutes and 100 SMS' },
    lifecycleStatus: 'Launched',
    marketSegment: ['b2c'],
    prices: all(
      monthly(fee, 390),
      allowance('data', 10, 'GB', gb(10)),
      allowance('voice', 300, 'min', min(300)),
      allowance('sms', 100, 'SMS', sms(100)),
      usage('data', 90, 'GB', overData),
      usage('voice', 2, 'min', overVoice),
      usage('sms', 1.5, 'SMS', overSms),
    ),
  },
  {
    key: 'unlimited30',
    name: { ru: 'Безлимит 30 ГБ', en: 'Unlimited 30 GB' },
    description: {
      ru: 'Безлимитные звонки по России и 30 ГБ интернета',
      en: 'Unlimited calls within Russia and 30 GB of data',
    },
    lifecycleStatus: 'Launched',
    marketSegment: ['b2c'],
    prices: all(
      monthly(fee, 650),
      allowance('data', 30, 'GB', gb(30)),
      allowance('voice', 100_000, 'min', unlimitedCalls),
      allowance('sms', 100, 'SMS', sms(100)),
      usage('data', 50, 'GB', overData),
      usage('sms', 1.5, 'SMS', overSms),
    ),
  },
  {
    key: 'max60',
    name: { ru: 'Максимум 60 ГБ', en: 'Maximum 60 GB' },
    description: { ru: 'Безлимитные звонки и 60 ГБ интернета', en: 'Unlimited calls and 60 GB of data' },
    lifecycleStatus: 'Launched',
    marketSegment: ['b2c'],
    prices: all(
      monthly(fee, 990),
      allowance('data', 60, 'GB', gb(60)),
      allowance('voice', 100_000, 'min', unlimitedCalls),
      allowance('sms', 300, 'SMS', sms(300)),
      usage('data', 40, 'GB', overData),
    ),
  },
  {
    key: 'business20',
    name: { ru: 'Бизнес 20 ГБ', en: 'Business 20 GB' },
    description: {
      ru: 'Для сотрудников компаний: 20 ГБ, 1000 минут, выделенная линия поддержки',
      en: 'For company staff: 20 GB, 1000 minutes, a dedicated support line',
    },
    lifecycleStatus: 'Launched',
    marketSegment: ['b2b'],
    prices: all(
      monthly(fee, 790),
      allowance('data', 20, 'GB', gb(20)),
      allowance('voice', 1000, 'min', min(1000)),
      usage('data', 70, 'GB', overData),
      usage('voice', 1.5, 'min', overVoice),
    ),
  },
  {
    key: 'home500',
    name: { ru: 'Домашний интернет 500 Мбит/с', en: 'Home internet 500 Mbit/s' },
    description: { ru: 'Оптика до квартиры, роутер в аренду', en: 'Fibre to the flat, router included' },
    lifecycleStatus: 'Launched',
    marketSegment: ['b2c'],
    prices: (l) => [
      monthly(fee, 700)(l),
      {
        name: l === 'ru' ? 'Подключение' : 'Installation',
        priceType: 'oneTime',
        price: rub(1000),
      },
    ],
  },
  {
    key: 'family',
    name: { ru: 'Семейный пакет', en: 'Family package' },
    description: {
      ru: 'Мобильная связь и домашний интернет со скидкой 15 %',
      en: 'Mobile and home internet with a 15 % discount',
    },
    lifecycleStatus: 'In design',
    marketSegment: ['b2c'],
    bundle: ['unlimited30', 'home500'],
    prices: all(monthly(fee, 1150)),
  },
  {
    key: 'fiveG',
    name: { ru: '5G Тест-драйв', en: '5G Test drive' },
    description: { ru: 'Пилот 5G в Москве', en: '5G pilot in Moscow' },
    lifecycleStatus: 'In test',
    marketSegment: ['b2c'],
    prices: all(monthly(fee, 0), allowance('data', 100, 'GB', gb(100))),
  },
];

/** Monthly usage of a demo line: data GB, voice minutes, SMS. */
export interface SeedLine {
  /** Index into the first accounts (by name). */
  account: number;
  offering: string;
  serial: string;
  months: [number, number, number][];
}

export const seedLines: SeedLine[] = [
  // A light user on the legacy tariff: pays for overage of minutes; Basic 10 GB is cheaper.
  {
    account: 0,
    offering: 'start5',
    serial: '+79161234501',
    months: [
      [7.2, 340, 20],
      [8.1, 410, 15],
      [6.5, 380, 10],
    ],
  },
  // A heavy data user on Basic: overage of data makes Unlimited 30 GB cheaper.
  {
    account: 0,
    offering: 'basic10',
    serial: '+79161234502',
    months: [
      [22, 250, 30],
      [25, 280, 40],
      [19, 300, 25],
    ],
  },
  // Well matched: no offer.
  {
    account: 1,
    offering: 'unlimited30',
    serial: '+79161234503',
    months: [
      [26, 900, 5],
      [28, 1100, 3],
      [24, 950, 4],
    ],
  },
  // Pays for Maximum but uses little: Unlimited 30 GB saves 340 a month.
  {
    account: 1,
    offering: 'max60',
    serial: '+79161234504',
    months: [
      [12, 600, 0],
      [15, 700, 2],
      [11, 500, 1],
    ],
  },
  {
    account: 2,
    offering: 'business20',
    serial: '+79161234505',
    months: [
      [14, 820, 10],
      [18, 960, 12],
      [16, 900, 8],
    ],
  },
];

export interface SeedTicket {
  account: number;
  line?: string;
  name: Text;
  severity: 'critical' | 'major' | 'minor';
  status: 'acknowledged' | 'inProgress' | 'pending' | 'resolved' | 'closed';
  /** How long ago it was raised, in hours. */
  ageHours: number;
  channel: 'phone' | 'email' | 'web' | 'chat';
}

export const seedTickets: SeedTicket[] = [
  {
    account: 0,
    line: '+79161234502',
    name: { ru: 'Нет мобильного интернета в Химках', en: 'No mobile data in Khimki' },
    severity: 'major',
    status: 'inProgress',
    ageHours: 30,
    channel: 'phone',
  },
  {
    account: 0,
    line: '+79161234502',
    name: { ru: 'Списание за роуминг без поездки', en: 'Roaming charge without a trip' },
    severity: 'minor',
    status: 'pending',
    ageHours: 60,
    channel: 'email',
  },
  {
    account: 0,
    line: '+79161234501',
    name: { ru: 'Обрывы звонков дома', en: 'Dropped calls at home' },
    severity: 'major',
    status: 'acknowledged',
    ageHours: 4,
    channel: 'chat',
  },
  {
    account: 1,
    line: '+79161234503',
    name: { ru: 'Медленный интернет вечером', en: 'Slow data in the evening' },
    severity: 'minor',
    status: 'resolved',
    ageHours: 100,
    channel: 'web',
  },
  {
    account: 2,
    line: '+79161234505',
    name: { ru: 'Не работает корпоративная АТС', en: 'The company PBX is down' },
    severity: 'critical',
    status: 'inProgress',
    ageHours: 6,
    channel: 'phone',
  },
  {
    account: 2,
    name: { ru: 'Запрос детализации за квартал', en: 'Itemised bill for the quarter' },
    severity: 'minor',
    status: 'closed',
    ageHours: 200,
    channel: 'email',
  },
];
