import { list } from './list.js';

// Wording of the demo activities, in the language of the customer they concern.

export interface ActivityTexts {
  callSubjects: readonly string[];
  plannedCallSubjects: readonly string[];
  /** [outcome, weight, whether the call was answered]. */
  callOutcomes: readonly (readonly [string, number, boolean])[];
  callNotes: readonly string[];
  meetingSubjects: readonly string[];
  meetingNotes: readonly string[];
  taskSubjects: readonly string[];
  noteSubjects: readonly string[];
  noteBodies: readonly string[];
  /** [subject, body] of e-mails to customers. */
  emails: readonly (readonly [string, string])[];
  /** Newsletters and invitations sent by marketing. */
  campaignSubjects: readonly string[];
  /** Calls of the support desk. */
  supportSubjects: readonly string[];
}

export const activityTexts: Record<'ru' | 'en', ActivityTexts> = {
  ru: {
    callSubjects: list(`
      Звонок: уточнение потребностей, Звонок по коммерческому предложению, Повторный звонок,
      Входящий звонок: вопрос по срокам поставки, Звонок: согласование графика монтажа, Звонок ЛПР
    `),
    plannedCallSubjects: list(
      'Позвонить: обсудить КП, Позвонить: напомнить об оплате, Позвонить после встречи',
    ),
    callOutcomes: [
      ['Дозвонились', 45, true],
      ['Не дозвонились', 20, false],
      ['Перезвонить позже', 15, true],
      ['Назначена встреча', 12, true],
      ['Отказ', 8, true],
    ],
    callNotes: list(`
      Клиент подтвердил интерес и ждёт КП до пятницы., Просят пересчитать смету с отечественным оборудованием.,
      Бюджет согласован на следующий квартал., Главный инженер хочет посмотреть объект-референс.,
      Договорились о выезде на замеры.
    `),
    meetingSubjects: list(`
      Встреча: презентация решения, Выезд на объект: замеры, Встреча с ЛПР, Онлайн-демонстрация,
      Переговоры по условиям договора, Технический совет с главным инженером
    `),
    meetingNotes: list(`
      Показали расчёт окупаемости; клиент просит скидку 7%., Осмотрели венткамеру; нужна замена двух установок.,
      Согласовали спецификацию и сроки., Юристы клиента пришлют правки к договору.
    `),
    taskSubjects: list(`
      Подготовить КП, Отправить договор на согласование, Выставить счёт, Согласовать спецификацию,
      Запросить реквизиты, Подготовить расчёт окупаемости, Отправить акт выполненных работ,
      Организовать выезд инженера
    `),
    noteSubjects: list('Заметка по клиенту, Итоги переговоров, Важно, Контекст сделки'),
    noteBodies: list(`
      Решение принимает совет директоров; следующий созыв в конце месяца.,
      Работают с конкурентом по обслуживанию; договор истекает через два месяца.,
      Оплата только по факту поставки; отсрочка 30 дней.,
      Просили не звонить до 11:00.
    `),
    emails: [
      [
        'Коммерческое предложение',
        'Добрый день! Направляем обновлённое предложение с учётом нашего обсуждения.',
      ],
      ['Договор поставки: проект', 'Во вложении проект договора; ждём ваших комментариев до конца недели.'],
      ['Счёт на оплату', 'Направляем счёт по договору; срок оплаты — пять банковских дней.'],
      [
        'Спецификация оборудования',
        'Во вложении спецификация, пересчитанная по результатам замеров на объекте.',
      ],
      ['Акт выполненных работ', 'Направляем акт выполненных работ на подписание.'],
      [
        'Ответ на запрос цены',
        'Стоимость поставки и монтажа — в приложенном расчёте; цены действительны 30 дней.',
      ],
    ],
    campaignSubjects: list(`
      Приглашение на вебинар «Энергоэффективная вентиляция», Новости «Северного ветра»: склад в Казани,
      Сезонное обслуживание кондиционеров: скидка 10%
    `),
    supportSubjects: list(`
      Обращение: шум в приточной установке, Обращение: ошибка контроллера, Гарантийный случай: замена фильтров
    `),
  },
  en: {
    callSubjects: list(
      'Discovery call, Call about the proposal, Follow-up call, Inbound call: delivery lead time, Call with the CFO',
    ),
    plannedCallSubjects: list(
      'Call: discuss the proposal, Call: payment reminder, Follow-up call after the meeting',
    ),
    callOutcomes: [
      ['Connected', 45, true],
      ['No answer', 20, false],
      ['Call back later', 15, true],
      ['Meeting booked', 12, true],
      ['Not interested', 8, true],
    ],
    callNotes: list(`
      Interested; expects the proposal by Friday., Wants a quote in EUR with delivery to Rotterdam.,
      Budget approved for next quarter., Asked for a reference site visit.
    `),
    meetingSubjects: list(
      'Solution presentation, Site survey, Meeting with the decision maker, Online demo, Contract negotiation',
    ),
    meetingNotes: list(`
      Presented the payback calculation; they ask for a 5% discount., Agreed on the specification and timeline.,
      Their legal team will send comments on the contract.
    `),
    taskSubjects: list(
      'Prepare the proposal, Send the contract for review, Issue the invoice, Confirm the specification, Book an engineer visit',
    ),
    noteSubjects: list('Account note, Negotiation summary, Important'),
    noteBodies: list(`
      The board decides; next meeting at the end of the month., Current service contract with a competitor ends in Q3.,
      Payment on delivery only; 30-day terms.
    `),
    emails: [
      ['Commercial proposal', 'Hello! Please find attached the proposal updated after our call.'],
      ['Draft supply contract', 'The draft contract is attached; we look forward to your comments.'],
      ['Invoice', 'Please find the invoice attached; payment is due within 14 days.'],
      ['Equipment specification', 'Attached is the specification revised after the site survey.'],
      [
        'Price request: our answer',
        'Supply and installation costs are in the attached estimate, valid for 30 days.',
      ],
    ],
    campaignSubjects: list(
      'Webinar invitation: energy-efficient ventilation, North Wind news: new warehouse in Kazan',
    ),
    supportSubjects: list(
      'Ticket: noise in the air handling unit, Ticket: controller error, Warranty case: filter replacement',
    ),
  },
};
