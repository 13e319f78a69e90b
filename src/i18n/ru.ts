import type { UiStrings } from './de.js';

export const strings: UiStrings = {
  'kit.name': 'Путеводитель',
  'status.loading': 'Загрузка услуг …',
  'status.retry': 'Повторить попытку',
  'status.sample': 'Пример данных – контактные данные вымышлены.',
  'status.stale': 'Нет соединения с сервером. Показана информация по состоянию на {date}.',
  'status.outdated': 'Эта информация устарела с {date}.',
  'error.title': 'Сейчас невозможно показать услуги.',
  'error.network': 'Сервер недоступен. Проверьте подключение к интернету и попробуйте позже.',
  'error.http': 'Сервер ответил ошибкой ({status}).',
  'error.too-large': 'Файл с услугами слишком большой.',
  'error.not-json': 'Файл с услугами повреждён.',
  'error.invalid': 'Файл с услугами содержит ошибки.',
  'error.version': 'Файл с услугами имеет более новый формат. Страницу нужно обновить.',
  'error.aborted': 'Загрузка отменена.',
  'error.no-feed': 'Источник данных не указан (атрибут «feed» или «data-feed» у скрипта).',
  'error.contact': 'По вопросам: {contact}',
  'text.fallback': 'доступно только на немецком',
  'text.fallbackLs': 'нет на упрощённом немецком',
};
