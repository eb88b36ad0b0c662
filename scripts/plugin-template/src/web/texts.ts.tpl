import { defineTexts } from '@crm/ui';

/** Every text of the screens, in English and Russian (the compiler checks both have the same keys). */
export const texts = defineTexts({
  en: {
    title: 'Items',
    name: 'Name',
    status: 'Status',
    created: 'Created',
    add: 'Add',
    empty: 'No items yet',
  },
  ru: {
    title: 'Записи',
    name: 'Название',
    status: 'Статус',
    created: 'Создана',
    add: 'Добавить',
    empty: 'Записей пока нет',
  },
});
