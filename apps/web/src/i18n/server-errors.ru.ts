import type { Translation } from './en.js';

/** The server's errors in Russian (see server-errors.en.ts). */
export const serverErrorsRu: Translation['serverErrors'] = {
  code: {
    BAD_REQUEST: 'Проверьте отмеченные поля',
    UNAUTHORIZED: 'Войдите снова',
    FORBIDDEN: 'Недостаточно прав',
    NOT_FOUND: 'Не найдено: запись удалена или нет доступа',
    CONFLICT: 'Запись изменили за это время, или она ещё используется',
    PAYLOAD_TOO_LARGE: 'Файл или запрос слишком большой',
    UNSUPPORTED_MEDIA_TYPE: 'Такой тип файла или запроса не поддерживается',
    RATE_LIMITED: 'Слишком много попыток; повторите позже',
    INTERNAL: 'Что-то пошло не так на сервере',
    NETWORK: 'Нет связи с сервером',
  },
  field: {
    required: 'Обязательное поле',
    tooShortText: 'Не короче {{count}} симв.',
    tooLongText: 'Не длиннее {{count}} симв.',
    tooSmallNumber: 'Не меньше {{count}}',
    tooBigNumber: 'Не больше {{count}}',
    tooFewItems: 'Добавьте не меньше {{count}}',
    tooManyItems: 'Не больше {{count}}',
    wholeNumber: 'Нужно целое число',
    wrongType: 'Неподходящий тип значения',
    email: 'Неверный адрес эл. почты',
    uuid: 'Неверный идентификатор',
    url: 'Неверный веб-адрес',
    date: 'Неверная дата',
    option: 'Выберите одно из предложенных значений',
    unknownKey: 'Здесь не принимается',
    invalid: 'Недопустимое значение',
  },
};
