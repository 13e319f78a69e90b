/** German strings of cost categories, shared by the finder and the directory: ship with the list building blocks. */
export const deKinds = {
  'costcat.free': 'kostenlos',
  'costcat.contribution': 'Kostenbeitrag',
  'costcat.fee': 'gebührenpflichtig',
  'costcat.refundable': 'Kosten können übernommen werden',
  'costcat.donation': 'gegen Spende',
  'filter.cost': 'Kosten',
  'filter.costAny': 'Egal',
} as const;
