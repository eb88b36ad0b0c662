export type SeedLocale = 'ru' | 'en';
type Text = Record<SeedLocale, string>;

/** Moscow districts with the names agents actually type: other language, short forms, misspellings. */
export const seedDistricts: { name: Text; aliases: string[] }[] = [
  {
    name: { ru: 'Хамовники', en: 'Khamovniki' },
    aliases: ['Хамовники', 'Khamovniki', 'Hamovniki', 'Хамовнический'],
  },
  { name: { ru: 'Арбат', en: 'Arbat' }, aliases: ['Арбат', 'Arbat', 'Арбатский'] },
  {
    name: { ru: 'Пресненский', en: 'Presnensky' },
    aliases: ['Пресненский', 'Presnensky', 'Пресня', 'Presnya', 'Москва-Сити'],
  },
  {
    name: { ru: 'Замоскворечье', en: 'Zamoskvorechye' },
    aliases: ['Замоскворечье', 'Zamoskvorechye', 'Zamoskvorechie'],
  },
  { name: { ru: 'Тверской', en: 'Tverskoy' }, aliases: ['Тверской', 'Tverskoy', 'Tverskoi'] },
  { name: { ru: 'Басманный', en: 'Basmanny' }, aliases: ['Басманный', 'Basmanny', 'Basmanniy'] },
  { name: { ru: 'Дорогомилово', en: 'Dorogomilovo' }, aliases: ['Дорогомилово', 'Dorogomilovo'] },
  { name: { ru: 'Раменки', en: 'Ramenki' }, aliases: ['Раменки', 'Ramenki'] },
  { name: { ru: 'Гагаринский', en: 'Gagarinsky' }, aliases: ['Гагаринский', 'Gagarinsky'] },
  { name: { ru: 'Якиманка', en: 'Yakimanka' }, aliases: ['Якиманка', 'Yakimanka'] },
  { name: { ru: 'Черёмушки', en: 'Cheryomushki' }, aliases: ['Черёмушки', 'Cheryomushki', 'Cheremushki'] },
  { name: { ru: 'Строгино', en: 'Strogino' }, aliases: ['Строгино', 'Strogino'] },
];

export interface SeedObject {
  ListingId: string;
  address: Text;
  UnitNumber: string;
  /** The district as the agent typed it (variants and misspellings on purpose). */
  typedDistrict: Text;
  PostalCode: string;
  PropertySubType: 'Apartment' | 'Condominium' | 'Townhouse';
  ListPrice: number;
  LivingArea: number;
  RoomsTotal: number;
  BedroomsTotal: number;
  EntryLevel: number;
  StoriesTotal: number;
  YearBuilt: number;
  StandardStatus: 'Incomplete' | 'ComingSoon' | 'Active' | 'ActiveUnderContract' | 'Pending' | 'Closed';
  verification: 'Unverified' | 'Verifying' | 'Verified' | 'VerifiedOverdue' | 'Stale' | 'Rejected';
  source: 'own' | 'partner' | 'portal' | 'cold';
  remarks: Text;
  /** Index of the member (agent) listing it. */
  agent: number;
}

export const seedObjects: SeedObject[] = [
  {
    ListingId: 'MSK-1001',
    address: { ru: 'г. Москва, ул. Остоженка, д. 12, кв. 45', en: '12 Ostozhenka St, apt 45, Moscow' },
    UnitNumber: '45',
    typedDistrict: { ru: 'Хамовники', en: 'Khamovniki' },
    PostalCode: '119034',
    PropertySubType: 'Apartment',
    ListPrice: 68_500_000,
    LivingArea: 96.4,
    RoomsTotal: 3,
    BedroomsTotal: 2,
    EntryLevel: 5,
    StoriesTotal: 7,
    YearBuilt: 1914,
    StandardStatus: 'Active',
    verification: 'Verified',
    source: 'own',
    remarks: {
      ru: 'Доходный дом начала века, высокие потолки, вид на храм',
      en: 'Pre-revolution building, high ceilings, view of the cathedral',
    },
    agent: 0,
  },
  {
    ListingId: 'MSK-1002',
    // The same flat, taken in again by another agent from a portal: a duplicate to review.
    address: { ru: 'Москва, Остоженка улица 12, квартира 45', en: 'Ostozhenka street 12, flat 45, Moscow' },
    UnitNumber: '45',
    typedDistrict: { ru: 'Хамовнеки', en: 'Hamovniki' },
    PostalCode: '119034',
    PropertySubType: 'Apartment',
    ListPrice: 67_900_000,
    LivingArea: 96,
    RoomsTotal: 3,
    BedroomsTotal: 2,
    EntryLevel: 5,
    StoriesTotal: 7,
    YearBuilt: 1914,
    StandardStatus: 'Active',
    verification: 'Unverified',
    source: 'portal',
    remarks: {
      ru: 'Объявление с портала, собственник не подтверждён',
      en: 'Portal listing, owner not confirmed',
    },
    agent: 1,
  },
  {
    ListingId: 'MSK-1003',
    address: {
      ru: 'г. Москва, Пресненская наб., д. 8, стр. 1, кв. 312',
      en: '8 Presnenskaya Emb, bldg 1, apt 312, Moscow',
    },
    UnitNumber: '312',
    typedDistrict: { ru: 'Москва-Сити', en: 'Presnya' },
    PostalCode: '123112',
    PropertySubType: 'Condominium',
    ListPrice: 54_000_000,
    LivingArea: 78.5,
    RoomsTotal: 2,
    BedroomsTotal: 1,
    EntryLevel: 31,
    StoriesTotal: 65,
    YearBuilt: 2015,
    StandardStatus: 'Active',
    verification: 'VerifiedOverdue',
    source: 'partner',
    remarks: { ru: 'Апартаменты в башне, панорамные окна', en: 'Tower apartment, floor-to-ceiling windows' },
    agent: 0,
  },
  {
    ListingId: 'MSK-1004',
    address: {
      ru: 'г. Москва, ул. Большая Якиманка, д. 22, кв. 17',
      en: '22 Bolshaya Yakimanka St, apt 17, Moscow',
    },
    UnitNumber: '17',
    typedDistrict: { ru: 'р-н Якиманка', en: 'Yakimanka district' },
    PostalCode: '119180',
    PropertySubType: 'Apartment',
    ListPrice: 41_200_000,
    LivingArea: 71.2,
    RoomsTotal: 3,
    BedroomsTotal: 2,
    EntryLevel: 3,
    StoriesTotal: 9,
    YearBuilt: 1956,
    StandardStatus: 'ActiveUnderContract',
    verification: 'Verified',
    source: 'own',
    remarks: {
      ru: 'Сталинка, раздельные комнаты, задаток получен',
      en: 'Stalin-era building, separate rooms, deposit taken',
    },
    agent: 1,
  },
  {
    ListingId: 'MSK-1005',
    address: { ru: 'г. Москва, ул. Покровка, д. 31, кв. 8', en: '31 Pokrovka St, apt 8, Moscow' },
    UnitNumber: '8',
    typedDistrict: { ru: 'Басманый', en: 'Basmanniy' },
    PostalCode: '105062',
    PropertySubType: 'Apartment',
    ListPrice: 35_750_000,
    LivingArea: 64,
    RoomsTotal: 2,
    BedroomsTotal: 1,
    EntryLevel: 2,
    StoriesTotal: 5,
    YearBuilt: 1899,
    StandardStatus: 'Active',
    verification: 'Stale',
    source: 'cold',
    remarks: { ru: 'Тихий двор, требуется ремонт', en: 'Quiet courtyard, needs renovation' },
    agent: 2,
  },
  {
    ListingId: 'MSK-1006',
    address: {
      ru: 'г. Москва, Мичуринский пр-т, д. 6, корп. 2, кв. 101',
      en: '6 Michurinsky Ave, bldg 2, apt 101, Moscow',
    },
    UnitNumber: '101',
    typedDistrict: { ru: 'Раменки', en: 'Ramenki' },
    PostalCode: '119192',
    PropertySubType: 'Apartment',
    ListPrice: 29_900_000,
    LivingArea: 82.3,
    RoomsTotal: 3,
    BedroomsTotal: 2,
    EntryLevel: 14,
    StoriesTotal: 24,
    YearBuilt: 2008,
    StandardStatus: 'Active',
    verification: 'Verifying',
    source: 'own',
    remarks: {
      ru: 'Рядом МГУ и парк, подземный паркинг',
      en: 'Near the university and the park, underground parking',
    },
    agent: 2,
  },
  {
    ListingId: 'MSK-1007',
    address: { ru: 'г. Москва, ул. Кулакова, д. 20, кв. 56', en: '20 Kulakova St, apt 56, Moscow' },
    UnitNumber: '56',
    typedDistrict: { ru: 'Строгино', en: 'Strogino' },
    PostalCode: '123592',
    PropertySubType: 'Apartment',
    ListPrice: 17_400_000,
    LivingArea: 58.6,
    RoomsTotal: 2,
    BedroomsTotal: 1,
    EntryLevel: 1,
    StoriesTotal: 17,
    YearBuilt: 2004,
    StandardStatus: 'Active',
    verification: 'Unverified',
    source: 'portal',
    remarks: { ru: 'Первый этаж, окна во двор', en: 'Ground floor, windows on the courtyard' },
    agent: 1,
  },
  {
    ListingId: 'MSK-1008',
    address: { ru: 'г. Москва, ул. Вавилова, д. 48, кв. 9', en: '48 Vavilova St, apt 9, Moscow' },
    UnitNumber: '9',
    typedDistrict: { ru: 'Гагаринский р-н', en: 'Gagarinsky' },
    PostalCode: '119334',
    PropertySubType: 'Apartment',
    ListPrice: 24_300_000,
    LivingArea: 54.1,
    RoomsTotal: 2,
    BedroomsTotal: 1,
    EntryLevel: 4,
    StoriesTotal: 12,
    YearBuilt: 1972,
    StandardStatus: 'Pending',
    verification: 'Verified',
    source: 'own',
    remarks: { ru: 'Сделка на регистрации', en: 'Sale in registration' },
    agent: 0,
  },
  {
    ListingId: 'MSK-1009',
    address: { ru: 'г. Москва, Кутузовский пр-т, д. 24, кв. 77', en: '24 Kutuzovsky Ave, apt 77, Moscow' },
    UnitNumber: '77',
    typedDistrict: { ru: 'Дорогомиловский', en: 'Dorogomilovo' },
    PostalCode: '121151',
    PropertySubType: 'Apartment',
    ListPrice: 52_000_000,
    LivingArea: 104,
    RoomsTotal: 4,
    BedroomsTotal: 3,
    EntryLevel: 6,
    StoriesTotal: 10,
    YearBuilt: 1949,
    StandardStatus: 'Closed',
    verification: 'Verified',
    source: 'own',
    remarks: { ru: 'Продана, сделка закрыта', en: 'Sold, deal closed' },
    agent: 2,
  },
  {
    ListingId: 'MSK-1010',
    address: {
      ru: 'г. Москва, ул. Профсоюзная, д. 43, корп. 1, кв. 210',
      en: '43 Profsoyuznaya St, bldg 1, apt 210, Moscow',
    },
    UnitNumber: '210',
    typedDistrict: { ru: 'Черемушки', en: 'Cheremushki' },
    PostalCode: '117420',
    PropertySubType: 'Apartment',
    ListPrice: 19_800_000,
    LivingArea: 61.7,
    RoomsTotal: 2,
    BedroomsTotal: 1,
    EntryLevel: 9,
    StoriesTotal: 16,
    YearBuilt: 1998,
    StandardStatus: 'ComingSoon',
    verification: 'Unverified',
    source: 'partner',
    remarks: { ru: 'Выход на рынок после ремонта', en: 'On the market after renovation' },
    agent: 1,
  },
  {
    ListingId: 'MSK-1011',
    address: { ru: 'г. Москва, Тверская ул., д. 9, кв. 33', en: '9 Tverskaya St, apt 33, Moscow' },
    UnitNumber: '33',
    typedDistrict: { ru: 'Тверской', en: 'Tverskoi' },
    PostalCode: '125009',
    PropertySubType: 'Apartment',
    ListPrice: 47_500_000,
    LivingArea: 88,
    RoomsTotal: 3,
    BedroomsTotal: 2,
    EntryLevel: 4,
    StoriesTotal: 8,
    YearBuilt: 1939,
    StandardStatus: 'Active',
    verification: 'Rejected',
    source: 'cold',
    remarks: { ru: 'Собственник не отвечает три раза подряд', en: 'Owner unreachable three times' },
    agent: 0,
  },
  {
    ListingId: 'MSK-1012',
    address: { ru: 'г. Москва, Новый Арбат, д. 15, кв. 140', en: '15 Novy Arbat St, apt 140, Moscow' },
    UnitNumber: '140',
    typedDistrict: { ru: 'Орбат', en: 'Arbatt' },
    PostalCode: '121099',
    PropertySubType: 'Apartment',
    ListPrice: 38_900_000,
    LivingArea: 69.5,
    RoomsTotal: 2,
    BedroomsTotal: 1,
    EntryLevel: 18,
    StoriesTotal: 26,
    YearBuilt: 1968,
    StandardStatus: 'Incomplete',
    verification: 'Unverified',
    source: 'own',
    remarks: { ru: 'Нужны фото и документы', en: 'Photos and papers still missing' },
    agent: 2,
  },
];

export interface SeedRequirement {
  name: Text;
  districts: string[];
  minPrice: number | null;
  maxPrice: number | null;
  minArea: number | null;
  maxArea: number | null;
  minBedrooms: number | null;
  notFirstFloor: boolean;
  notes: Text;
  agent: number;
  contact: number;
}

export const seedRequirements: SeedRequirement[] = [
  {
    name: { ru: 'Семья Волковых: 2 спальни в центре', en: 'The Volkovs: 2 bedrooms in the centre' },
    districts: ['Хамовники', 'Якиманка', 'Арбат'],
    minPrice: 35_000_000,
    maxPrice: 70_000_000,
    minArea: 70,
    maxArea: null,
    minBedrooms: 2,
    notFirstFloor: true,
    notes: { ru: 'Рядом школа, не первый этаж', en: 'A school nearby, not the ground floor' },
    agent: 0,
    contact: 0,
  },
  {
    name: { ru: 'Инвестор: апартаменты в Сити', en: 'Investor: a City tower apartment' },
    districts: ['Пресненский'],
    minPrice: null,
    maxPrice: 60_000_000,
    minArea: 60,
    maxArea: 120,
    minBedrooms: 1,
    notFirstFloor: true,
    notes: { ru: 'Под сдачу, высокий этаж', en: 'To let, a high floor' },
    agent: 1,
    contact: 1,
  },
  {
    name: { ru: 'Молодая пара: до 25 млн на юго-западе', en: 'Young couple: up to 25m in the south-west' },
    districts: ['Гагаринский', 'Черёмушки', 'Раменки'],
    minPrice: 15_000_000,
    maxPrice: 25_000_000,
    minArea: 50,
    maxArea: 75,
    minBedrooms: 1,
    notFirstFloor: false,
    notes: { ru: 'Ипотека одобрена', en: 'Mortgage approved' },
    agent: 2,
    contact: 2,
  },
  {
    name: {
      ru: 'Пенсионеры: тихий район, первый этаж не страшен',
      en: 'Retired couple: quiet area, ground floor fine',
    },
    districts: ['Строгино'],
    minPrice: null,
    maxPrice: 20_000_000,
    minArea: 50,
    maxArea: null,
    minBedrooms: 1,
    notFirstFloor: false,
    notes: { ru: 'Рядом парк', en: 'Near a park' },
    agent: 1,
    contact: 3,
  },
];
