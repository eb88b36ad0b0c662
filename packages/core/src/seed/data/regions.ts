import { list } from './list.js';

/** A Russian city the demo customers sit in: its INN region code, phone code, postcodes, streets. */
export interface RussianRegion {
  ru: string;
  en: string;
  innRegion: string;
  phoneCode: string;
  postcodes: readonly string[];
  streets: readonly string[];
  weight: number;
}

export const russianRegions: readonly RussianRegion[] = [
  {
    ru: 'Москва',
    en: 'Moscow',
    innRegion: '77',
    phoneCode: '495',
    weight: 30,
    postcodes: list('101000, 109012, 115054, 119021, 123112, 125009, 127006'),
    streets: list(
      'ул. Тверская, Пресненская наб., ул. Большая Ордынка, Ленинградский пр-т, ул. Новый Арбат, Варшавское ш., ул. Профсоюзная',
    ),
  },
  {
    ru: 'Санкт-Петербург',
    en: 'Saint Petersburg',
    innRegion: '78',
    phoneCode: '812',
    weight: 16,
    postcodes: list('190000, 191025, 196084, 197022'),
    streets: list(
      'Невский пр-т, ул. Марата, Московский пр-т, наб. Обводного канала, Лиговский пр-т, Большой пр-т В.О.',
    ),
  },
  {
    ru: 'Новосибирск',
    en: 'Novosibirsk',
    innRegion: '54',
    phoneCode: '383',
    weight: 8,
    postcodes: list('630007, 630099, 630132'),
    streets: list('Красный пр-т, ул. Кирова, ул. Фрунзе, ул. Большевистская'),
  },
  {
    ru: 'Казань',
    en: 'Kazan',
    innRegion: '16',
    phoneCode: '843',
    weight: 8,
    postcodes: list('420021, 420111, 420107'),
    streets: list('ул. Баумана, ул. Пушкина, пр-т Победы, ул. Петербургская'),
  },
  {
    ru: 'Екатеринбург',
    en: 'Yekaterinburg',
    innRegion: '66',
    phoneCode: '343',
    weight: 8,
    postcodes: list('620014, 620075, 620026'),
    streets: list('ул. Малышева, пр-т Ленина, ул. 8 Марта, ул. Радищева'),
  },
  {
    ru: 'Нижний Новгород',
    en: 'Nizhny Novgorod',
    innRegion: '52',
    phoneCode: '831',
    weight: 5,
    postcodes: list('603005, 603000, 603950'),
    streets: list('ул. Большая Покровская, ул. Родионова, Московское ш.'),
  },
  {
    ru: 'Краснодар',
    en: 'Krasnodar',
    innRegion: '23',
    phoneCode: '861',
    weight: 5,
    postcodes: list('350000, 350063'),
    streets: list('ул. Красная, ул. Северная, ул. Ставропольская'),
  },
  {
    ru: 'Ростов-на-Дону',
    en: 'Rostov-on-Don',
    innRegion: '61',
    phoneCode: '863',
    weight: 4,
    postcodes: list('344002, 344010'),
    streets: list('ул. Большая Садовая, Будённовский пр-т, пр-т Соколова'),
  },
  {
    ru: 'Самара',
    en: 'Samara',
    innRegion: '63',
    phoneCode: '846',
    weight: 3,
    postcodes: list('443010, 443099'),
    streets: list('ул. Молодогвардейская, Московское ш., ул. Куйбышева'),
  },
  {
    ru: 'Красноярск',
    en: 'Krasnoyarsk',
    innRegion: '24',
    phoneCode: '391',
    weight: 3,
    postcodes: list('660049, 660017'),
    streets: list('пр-т Мира, ул. Карла Маркса, ул. Ленина'),
  },
];

/** A foreign city of the international customers: legal form, phone prefix, address parts. */
export interface ForeignCity {
  city: string;
  country: { ru: string; en: string };
  legalForm: string;
  phonePrefix: string;
  postcode: string;
  streets: readonly string[];
}

export const foreignCities: readonly ForeignCity[] = [
  {
    city: 'Berlin',
    country: { ru: 'Германия', en: 'Germany' },
    legalForm: 'GmbH',
    phonePrefix: '+49 30',
    postcode: '10117',
    streets: list('Friedrichstraße, Unter den Linden'),
  },
  {
    city: 'London',
    country: { ru: 'Великобритания', en: 'United Kingdom' },
    legalForm: 'Ltd',
    phonePrefix: '+44 20',
    postcode: 'EC2A 4NE',
    streets: list('Great Eastern Street, Old Street'),
  },
  {
    city: 'Stockholm',
    country: { ru: 'Швеция', en: 'Sweden' },
    legalForm: 'AB',
    phonePrefix: '+46 8',
    postcode: '111 52',
    streets: list('Kungsgatan, Drottninggatan'),
  },
  {
    city: 'Rotterdam',
    country: { ru: 'Нидерланды', en: 'Netherlands' },
    legalForm: 'B.V.',
    phonePrefix: '+31 10',
    postcode: '3011 AD',
    streets: list('Coolsingel, Blaak'),
  },
  {
    city: 'Helsinki',
    country: { ru: 'Финляндия', en: 'Finland' },
    legalForm: 'Oy',
    phonePrefix: '+358 9',
    postcode: '00100',
    streets: list('Mannerheimintie, Aleksanterinkatu'),
  },
  {
    city: 'Dubai',
    country: { ru: 'ОАЭ', en: 'UAE' },
    legalForm: 'FZE',
    phonePrefix: '+971 4',
    postcode: '00000',
    streets: list('Sheikh Zayed Road, Al Wasl Road'),
  },
  {
    city: 'Almaty',
    country: { ru: 'Казахстан', en: 'Kazakhstan' },
    legalForm: 'LLP',
    phonePrefix: '+7 727',
    postcode: '050000',
    streets: list('Abai Avenue, Dostyk Avenue'),
  },
  {
    city: 'Prague',
    country: { ru: 'Чехия', en: 'Czechia' },
    legalForm: 's.r.o.',
    phonePrefix: '+420 2',
    postcode: '110 00',
    streets: list('Národní, Vodičkova'),
  },
];
