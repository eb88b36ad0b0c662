import { list } from './list.js';

// The demo company, «Северный ветер» (North Wind), sells, installs and services ventilation and
// climate equipment: its deals are named after what it sells.

export const dealProducts = {
  ru: list(`
    Поставка приточно-вытяжных установок, Монтаж системы вентиляции, Проектирование системы кондиционирования,
    Сервисное обслуживание (годовой контракт), Модернизация отопления склада, Поставка чиллеров,
    Пусконаладка климатического оборудования, Поставка тепловых завес, Аудит энергоэффективности здания,
    Поставка VRF-системы, Вентиляция производственного цеха, Дымоудаление и противопожарная вентиляция
  `),
  en: list(`
    Air handling units supply, Ventilation system installation, HVAC design, Annual maintenance contract,
    Chiller supply, Commissioning of climate equipment, Energy efficiency audit, VRF system supply,
    Smoke extraction system
  `),
};

export const lostReasons = {
  ru: list(`
    Выбрали конкурента, Высокая цена, Нет бюджета в этом году, Проект заморожен,
    Не устроили сроки поставки, Клиент перестал выходить на связь
  `),
  en: list('Chose a competitor, Price too high, No budget this year, Project on hold, Lead time too long'),
};

/** Role of a contact in a deal (DealContact.role), by language. */
export const dealContactRoles = {
  ru: list('ЛПР, Влияет на решение, Согласующий, Технический эксперт'),
  en: list('Decision maker, Influencer, Approver, Technical evaluator'),
};

/**
 * Relative number of deals per stage position of the default pipeline (4 open stages, won, lost);
 * every stage also gets at least one deal whatever the scale.
 */
export const stageWeights = [14, 11, 10, 8, 10, 7] as const;

/** Discounts (the deal's `discountPercent` custom field) sales reps actually give. */
export const discountPercents = [0, 3, 5, 7, 10, 12, 15] as const;
