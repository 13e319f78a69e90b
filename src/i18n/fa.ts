import type { UiStrings } from './de.js';

export const strings: UiStrings = {
  'kit.name': 'راهنما',
  'status.loading': 'در حال بارگیری خدمات …',
  'status.retry': 'دوباره امتحان کنید',
  'status.sample': 'داده‌های نمونه – اطلاعات تماس ساختگی است.',
  'status.stale': 'اتصال به سرور برقرار نیست. اطلاعات تا تاریخ {date} نمایش داده می‌شود.',
  'status.outdated': 'این اطلاعات از {date} به‌روز نیست.',
  'error.title': 'در حال حاضر نمایش خدمات ممکن نیست.',
  'error.network': 'سرور در دسترس نیست. لطفاً اتصال اینترنت خود را بررسی کنید و بعداً دوباره امتحان کنید.',
  'error.http': 'سرور با خطا پاسخ داد ({status}).',
  'error.too-large': 'فایل خدمات بیش از حد بزرگ است.',
  'error.not-json': 'فایل خدمات آسیب دیده است.',
  'error.invalid': 'فایل خدمات دارای خطا است.',
  'error.version': 'فایل خدمات قالب جدیدتری دارد. صفحه باید به‌روزرسانی شود.',
  'error.aborted': 'بارگیری لغو شد.',
  'error.no-feed': 'هیچ منبع داده‌ای تنظیم نشده است (ویژگی «feed» یا «data-feed» در اسکریپت).',
  'error.contact': 'برای پرسش: {contact}',
  'text.fallback': 'فقط به زبان آلمانی موجود است',
  'text.fallbackLs': 'به زبان آلمانی ساده موجود نیست',
};
