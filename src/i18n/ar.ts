import type { UiStrings } from './de.js';

export const strings: UiStrings = {
  'kit.name': 'دليل',
  'status.loading': 'جارٍ تحميل الخدمات …',
  'status.retry': 'حاول مرة أخرى',
  'status.sample': 'بيانات تجريبية – بيانات الاتصال غير حقيقية.',
  'status.stale': 'لا يوجد اتصال بالخادم. المعلومات المعروضة حسب تاريخ {date}.',
  'status.outdated': 'هذه المعلومات لم تعد محدّثة منذ {date}.',
  'error.title': 'لا يمكن عرض الخدمات حاليًا.',
  'error.network': 'لا يمكن الوصول إلى الخادم. يرجى التحقق من اتصالك بالإنترنت والمحاولة لاحقًا.',
  'error.http': 'أجاب الخادم بخطأ ({status}).',
  'error.too-large': 'ملف الخدمات كبير جدًا.',
  'error.not-json': 'ملف الخدمات تالف.',
  'error.invalid': 'ملف الخدمات يحتوي على أخطاء.',
  'error.version': 'ملف الخدمات بتنسيق أحدث. يجب تحديث الصفحة.',
  'error.aborted': 'تم إلغاء التحميل.',
  'error.no-feed': 'لم يتم تحديد مصدر للبيانات (السمة "feed" أو "data-feed" في السكربت).',
  'error.contact': 'للاستفسار: {contact}',
  'text.fallback': 'متوفر باللغة الألمانية فقط',
  'text.fallbackLs': 'غير متوفر بلغة ألمانية مبسّطة',
};
