import type { UiStrings } from './de.js';

export const strings: UiStrings = {
  'kit.name': 'Rehber',
  'status.loading': 'Hizmetler yükleniyor …',
  'status.retry': 'Tekrar dene',
  'status.sample': 'Örnek veriler – iletişim bilgileri hayalidir.',
  'status.stale': 'Sunucuya bağlantı yok. {date} tarihli bilgiler gösteriliyor.',
  'status.outdated': 'Bu bilgiler {date} tarihinden beri güncel değil.',
  'error.title': 'Hizmetler şu anda gösterilemiyor.',
  'error.network': 'Sunucuya ulaşılamıyor. Lütfen internet bağlantınızı kontrol edip daha sonra tekrar deneyin.',
  'error.http': 'Sunucu bir hatayla yanıt verdi ({status}).',
  'error.too-large': 'Hizmet dosyası çok büyük.',
  'error.not-json': 'Hizmet dosyası bozuk.',
  'error.invalid': 'Hizmet dosyası hatalar içeriyor.',
  'error.version': 'Hizmet dosyası daha yeni bir biçimde. Sayfanın güncellenmesi gerekiyor.',
  'error.aborted': 'Yükleme iptal edildi.',
  'error.no-feed': 'Veri kaynağı ayarlanmamış (betikte "feed" veya "data-feed" özniteliği).',
  'error.contact': 'Sorularınız için: {contact}',
  'text.fallback': 'yalnızca Almanca mevcut',
  'text.fallbackLs': 'kolay Almancada mevcut değil',
};
