import type { UiStrings } from './de.js';

export const strings: UiStrings = {
  'kit.name': 'Путівник',
  'status.loading': 'Завантаження послуг …',
  'status.retry': 'Спробувати ще раз',
  'status.sample': 'Приклад даних – контактні дані вигадані.',
  'status.stale': 'Немає з’єднання із сервером. Показано інформацію станом на {date}.',
  'status.outdated': 'Ця інформація неактуальна з {date}.',
  'error.title': 'Наразі неможливо показати послуги.',
  'error.network': 'Сервер недоступний. Перевірте підключення до інтернету та спробуйте пізніше.',
  'error.http': 'Сервер відповів помилкою ({status}).',
  'error.too-large': 'Файл із послугами завеликий.',
  'error.not-json': 'Файл із послугами пошкоджено.',
  'error.invalid': 'Файл із послугами містить помилки.',
  'error.version': 'Файл із послугами має новіший формат. Сторінку потрібно оновити.',
  'error.aborted': 'Завантаження скасовано.',
  'error.no-feed': 'Джерело даних не вказано (атрибут «feed» або «data-feed» у скрипті).',
  'error.contact': 'З питаннями: {contact}',
  'text.fallback': 'доступно лише німецькою',
  'text.fallbackLs': 'немає спрощеною німецькою',
};
