import type { CustomFieldObjectType, CustomFieldType } from '../../custom-fields/custom-field-types.js';
import { contactSources, segments } from './companies.js';

export type DemoLocale = 'ru' | 'en';

export interface DemoCustomField {
  objectType: CustomFieldObjectType;
  key: string;
  label: string;
  type: CustomFieldType;
  options: string[];
  sensitive: boolean;
}

/** Custom fields the demo tenant defines; values are filled in by the record builders. */
export function demoCustomFieldDefinitions(locale: DemoLocale): DemoCustomField[] {
  const ru = locale === 'ru';
  return [
    {
      objectType: 'account',
      key: 'segment',
      label: ru ? 'Сегмент' : 'Segment',
      type: 'select',
      options: segments[locale].map(([name]) => name),
      sensitive: false,
    },
    {
      objectType: 'account',
      key: 'creditLimit',
      label: ru ? 'Кредитный лимит' : 'Credit limit',
      type: 'money',
      options: [],
      sensitive: true,
    },
    {
      objectType: 'contact',
      key: 'source',
      label: ru ? 'Источник' : 'Source',
      type: 'select',
      options: [...contactSources[locale]],
      sensitive: false,
    },
    {
      objectType: 'deal',
      key: 'discountPercent',
      label: ru ? 'Скидка, %' : 'Discount, %',
      type: 'number',
      options: [],
      sensitive: false,
    },
  ];
}

/** Tags, mixed-language on purpose as in a real tenant. */
export const demoTags = [
  { key: 'vip', name: 'VIP', color: '#d4a017' },
  { key: 'partner', name: 'Партнёр', color: '#2e7d32' },
  { key: 'horizon', name: 'Horizon', color: '#1565c0' },
] as const;
