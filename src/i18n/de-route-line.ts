/** German strings of the travel-time answer in words (route-view.ts): ship with every element that shows it. */
export const deRouteLine = {
  'route.minutes': 'ca. {minutes} Min.',
  'route.minutesRange': 'ca. {low}–{high} Min.',
  'route.transit': '{time} mit Bus und Bahn',
  'route.walk': 'zu Fuß {time}',
  'route.bike': 'mit dem Fahrrad {time}',
  'route.departures': '{count, plural, =0 {keine Fahrt} one {# Fahrt} other {# Fahrten}} {from}–{to}',
  'route.transfers': '{count, plural, one {# × umsteigen} other {# × umsteigen}}',
  'route.lastReturn': 'letzte Rückfahrt {time}',
  'route.noReturn': 'keine Rückfahrt am selben Tag',
  'route.unreachable': 'Mit Bus und Bahn zwischen {from} und {to} nicht erreichbar',
  'route.noData': 'Keine Fahrplandaten für diese Strecke',
  'route.tierTimetable': 'laut Fahrplan',
  'route.tierSynthetic': 'Beispiel-Fahrplan',
  'route.tierEstimate': 'Schätzung',
  'route.targetMet': 'im Planungsziel ({minutes} Min.)',
  'route.targetMissed': 'länger als das Planungsziel ({minutes} Min.)',
} as const;
