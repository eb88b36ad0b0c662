import { list } from './list.js';

/** An industry with the name endings its Russian companies take and the word its foreign ones use. */
export interface IndustryData {
  ru: string;
  en: string;
  russianSuffixes: readonly string[];
  foreignWord: string;
}

export const industries: readonly IndustryData[] = [
  {
    ru: 'Производство',
    en: 'Manufacturing',
    russianSuffixes: list('Пром, Маш, Металл'),
    foreignWord: 'Industries',
  },
  {
    ru: 'Логистика',
    en: 'Logistics',
    russianSuffixes: list('Логистик, Транс, Экспедиция'),
    foreignWord: 'Freight',
  },
  {
    ru: 'Розничная торговля',
    en: 'Retail',
    russianSuffixes: list('Маркет, Трейд, Ритейл'),
    foreignWord: 'Trading',
  },
  {
    ru: 'ИТ и телеком',
    en: 'IT & telecom',
    russianSuffixes: list('Софт, Тех, Телеком'),
    foreignWord: 'Software',
  },
  {
    ru: 'Строительство',
    en: 'Construction',
    russianSuffixes: list('Строй, Девелопмент, СтройИнвест'),
    foreignWord: 'Construction',
  },
  {
    ru: 'Сельское хозяйство',
    en: 'Agriculture',
    russianSuffixes: list('Агро, АгроХолдинг'),
    foreignWord: 'Agro',
  },
  { ru: 'Фармацевтика', en: 'Pharmaceuticals', russianSuffixes: list('Фарм, Мед'), foreignWord: 'Pharma' },
  { ru: 'Энергетика', en: 'Energy', russianSuffixes: list('Энерго, ЭнергоСервис'), foreignWord: 'Energy' },
  {
    ru: 'Финансы',
    en: 'Financial services',
    russianSuffixes: list('Финанс, Капитал'),
    foreignWord: 'Capital',
  },
  {
    ru: 'Пищевая промышленность',
    en: 'Food & beverage',
    russianSuffixes: list('Продукт, Фуд'),
    foreignWord: 'Foods',
  },
  {
    ru: 'Гостиницы и рестораны',
    en: 'Hospitality',
    russianSuffixes: list('Отель, Сервис'),
    foreignWord: 'Hospitality',
  },
];

/** Roots of made-up Russian company names («Вектор-Логистик», «ГранитСтрой»). */
export const russianNameRoots = list(`
  Вектор, Гранит, Сфера, Меридиан, Орион, Байкал, Ладога, Атлант, Импульс, Кристалл, Прогресс, Дельта,
  Енисей, Волга, Каскад, Квант, Магистраль, Феникс, Эталон, Сапфир, Зенит, Восход, Полюс, Амур, Альтаир,
  Горизонт, Континент, Старт, Лидер, Союз, Элемент, Ресурс, Паритет, Терра, Онега, Камелот
`);

/** Russian legal forms by how common they are among the customers of a B2B supplier. */
export const russianLegalForms: readonly (readonly [string, number])[] = [
  ['ООО', 70],
  ['АО', 22],
  ['ПАО', 8],
];

/** Roots of made-up international company names (“Nordic Freight AB”). */
export const foreignNameRoots = list(`
  Nordic, Baltic, Horizon, Alpine, Danube, Caspian, Atlas, Blue Harbor, Meridian, Evergreen,
  Silverline, Northstar, Westbridge, Lakeside
`);

/** Customer segments (the `segment` custom field) with the share of accounts in each. */
export const segments = {
  ru: [
    ['Малый бизнес', 40],
    ['Средний бизнес', 40],
    ['Крупный бизнес', 20],
  ],
  en: [
    ['SMB', 40],
    ['Mid-market', 40],
    ['Enterprise', 20],
  ],
} as const satisfies Record<'ru' | 'en', readonly (readonly [string, number])[]>;

/** Where contacts came from (the `source` custom field). */
export const contactSources = {
  ru: list('Сайт, Выставка, Рекомендация, Холодный звонок, Партнёр, Вебинар'),
  en: list('Website, Trade show, Referral, Cold call, Partner, Webinar'),
};
