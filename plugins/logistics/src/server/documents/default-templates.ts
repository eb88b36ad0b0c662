import type { DocumentKind } from './document.schema.js';

type Text = { title: string; body: string };

/** The built-in texts, used until a tenant saves its own (per kind, in the tenant's language). */
export const defaultTemplates: Record<DocumentKind, Record<'ru' | 'en', Text>> = {
  contract: {
    ru: {
      title: 'Договор перевозки грузов № {{ contract.number }}',
      body: `г. Москва, {{ today }}

{{ carrier.name }} (далее «Перевозчик») и {{ client.name }}, ИНН {{ client.taxId }}, адрес: {{ client.address }} (далее «Заказчик»), заключили настоящий договор о нижеследующем.

1. Предмет договора. Перевозчик обязуется доставлять вверенные ему Заказчиком грузы в пункты назначения по заявкам Заказчика, а Заказчик обязуется оплачивать перевозку.

2. Срок действия. Договор действует с {{ contract.startsOn }} по {{ contract.endsOn }}. Автоматическое продление: {{ contract.autoRenew }}, на {{ contract.renewalTermMonths }} мес.

3. Уведомление. Сторона, не желающая продлевать договор, уведомляет другую сторону не позднее чем за {{ contract.noticeDays }} дн. до окончания срока, то есть до {{ contract.noticeDeadline }}.

4. Прочие условия определяются заявками и приложениями к договору.

Перевозчик: {{ carrier.name }}                    Заказчик: {{ client.name }}`,
    },
    en: {
      title: 'Freight carriage agreement No. {{ contract.number }}',
      body: `Date: {{ today }}

{{ carrier.name }} (the "Carrier") and {{ client.name }}, tax id {{ client.taxId }}, address: {{ client.address }} (the "Customer") agree as follows.

1. Subject. The Carrier carries the Customer's goods to their destinations on the Customer's orders; the Customer pays for the carriage.

2. Term. This agreement runs from {{ contract.startsOn }} to {{ contract.endsOn }}. Automatic renewal: {{ contract.autoRenew }}, for {{ contract.renewalTermMonths }} months.

3. Notice. A party that does not wish to renew gives notice at least {{ contract.noticeDays }} days before the end, that is by {{ contract.noticeDeadline }}.

4. Other terms are set by the orders and annexes to this agreement.

Carrier: {{ carrier.name }}                    Customer: {{ client.name }}`,
    },
  },
  waybill: {
    ru: {
      title: 'Транспортная накладная № {{ shipment.number }}',
      body: `Дата составления: {{ today }}

Грузоотправитель (заказчик): {{ client.name }}, ИНН {{ client.taxId }}, {{ client.address }}

Перевозчик: {{ carrier.name }}

Груз: {{ shipment.cargo }}; масса {{ shipment.weightKg }} кг; объём {{ shipment.volumeM3 }} м³

Транспортное средство: {{ vehicle.model }}, гос. номер {{ vehicle.plateNumber }}

Пункты маршрута:
{{ stops }}

Груз сдал: ____________________          Груз принял: ____________________`,
    },
    en: {
      title: 'Waybill No. {{ shipment.number }}',
      body: `Issued: {{ today }}

Shipper (customer): {{ client.name }}, tax id {{ client.taxId }}, {{ client.address }}

Carrier: {{ carrier.name }}

Cargo: {{ shipment.cargo }}; weight {{ shipment.weightKg }} kg; volume {{ shipment.volumeM3 }} m³

Vehicle: {{ vehicle.model }}, plate {{ vehicle.plateNumber }}

Stops:
{{ stops }}

Handed over by: ____________________          Received by: ____________________`,
    },
  },
};
