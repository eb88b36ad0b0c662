import { list } from './list.js';

// Curated name lists for demo contacts. Russian contacts get a patronymic (отчество) that matches
// their gender; surnames are listed in the masculine form and feminised by `feminineSurname`.

export const russianMaleNames = list(`
  Александр, Дмитрий, Сергей, Андрей, Алексей, Максим, Иван, Михаил, Николай, Павел, Артём, Егор,
  Владимир, Константин, Роман, Игорь, Олег, Виктор, Евгений, Григорий, Юрий, Илья, Тимур, Вадим
`);

export const russianFemaleNames = list(`
  Анна, Елена, Ольга, Наталья, Татьяна, Мария, Екатерина, Ирина, Светлана, Юлия, Ксения, Дарья,
  Анастасия, Марина, Виктория, Полина, Алина, Вера, Людмила, Галина
`);

/** [masculine, feminine] patronymics from the same father's name. */
export const patronymics = [
  ['Александрович', 'Александровна'],
  ['Дмитриевич', 'Дмитриевна'],
  ['Сергеевич', 'Сергеевна'],
  ['Андреевич', 'Андреевна'],
  ['Алексеевич', 'Алексеевна'],
  ['Иванович', 'Ивановна'],
  ['Михайлович', 'Михайловна'],
  ['Николаевич', 'Николаевна'],
  ['Павлович', 'Павловна'],
  ['Владимирович', 'Владимировна'],
  ['Викторович', 'Викторовна'],
  ['Евгеньевич', 'Евгеньевна'],
  ['Юрьевич', 'Юрьевна'],
  ['Игоревич', 'Игоревна'],
  ['Олегович', 'Олеговна'],
  ['Петрович', 'Петровна'],
  ['Борисович', 'Борисовна'],
  ['Анатольевич', 'Анатольевна'],
  ['Геннадьевич', 'Геннадьевна'],
  ['Васильевич', 'Васильевна'],
  ['Ильич', 'Ильинична'],
] as const;

export const russianSurnames = list(`
  Иванов, Смирнов, Кузнецов, Попов, Васильев, Петров, Соколов, Михайлов, Новиков, Фёдоров,
  Морозов, Волков, Алексеев, Лебедев, Семёнов, Егоров, Павлов, Козлов, Степанов, Николаев, Орлов,
  Андреев, Макаров, Никитин, Захаров, Зайцев, Соловьёв, Борисов, Яковлев, Григорьев, Романов,
  Воробьёв, Сергеев, Кузьмин, Фролов, Королёв, Гусев, Киселёв, Ильин, Максимов, Поляков, Сорокин,
  Виноградов, Ковалёв, Белов, Медведев, Антонов, Тарасов, Жуков, Баранов, Филиппов, Комаров,
  Давыдов, Беляев, Богданов, Осипов, Сидоров, Титов, Миронов, Крылов, Щербаков, Калинин,
  Журавлёв, Юдин, Цветков, Хохлов, Чернышёв, Рыбаков, Высоцкий, Вишневский, Шевченко, Черных
`);

/** The feminine form of a Russian surname: Козлов → Козлова, Высоцкий → Высоцкая, Черных → Черных. */
export function feminineSurname(surname: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(surname)) return `${surname}а`;
  if (/(ский|цкий)$/.test(surname)) return `${surname.slice(0, -2)}ая`;
  return surname;
}

export const englishFirstNames = list(`
  James, Emily, Michael, Sarah, David, Laura, Thomas, Sophie, Daniel, Oliver, Emma, Lukas,
  Hannah, Erik, Maria, Peter, Julia, Mark, Kate, Henrik
`);

export const englishLastNames = list(`
  Miller, Schmidt, Johansson, Brown, Wilson, de Vries, Novak, Becker, Taylor, Andersson, Fischer,
  Clarke, Evans, Walker, Larsen, Hughes, Virtanen, Bauer
`);

/** A position and the role the person plays in the customer's buying process (AccountContact.role). */
export interface PositionData {
  position: string;
  role: string;
  /** Heads of the company: the first contact of an account is one of them, and primary. */
  senior: boolean;
}

export const russianPositions: readonly PositionData[] = [
  { position: 'Генеральный директор', role: 'ЛПР', senior: true },
  { position: 'Коммерческий директор', role: 'ЛПР', senior: true },
  { position: 'Технический директор', role: 'ЛПР', senior: true },
  { position: 'Финансовый директор', role: 'Согласующий', senior: false },
  { position: 'Главный бухгалтер', role: 'Бухгалтер', senior: false },
  { position: 'Бухгалтер', role: 'Бухгалтер', senior: false },
  { position: 'Руководитель отдела закупок', role: 'Закупки', senior: false },
  { position: 'Менеджер по закупкам', role: 'Закупки', senior: false },
  { position: 'Главный инженер', role: 'Технический специалист', senior: false },
  { position: 'Инженер-энергетик', role: 'Технический специалист', senior: false },
  { position: 'Начальник АХО', role: 'Инициатор', senior: false },
  { position: 'Юрисконсульт', role: 'Юрист', senior: false },
  { position: 'Офис-менеджер', role: 'Контактное лицо', senior: false },
];

export const englishPositions: readonly PositionData[] = [
  { position: 'CEO', role: 'CEO', senior: true },
  { position: 'Managing Director', role: 'Decision maker', senior: true },
  { position: 'CFO', role: 'Approver', senior: false },
  { position: 'Head of Procurement', role: 'Procurement', senior: false },
  { position: 'Procurement Specialist', role: 'Procurement', senior: false },
  { position: 'Facility Manager', role: 'Champion', senior: false },
  { position: 'Chief Engineer', role: 'Technical buyer', senior: false },
  { position: 'Accountant', role: 'Accounting', senior: false },
  { position: 'Legal Counsel', role: 'Legal', senior: false },
];
