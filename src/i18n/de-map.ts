/** German strings inside the map: load with the map. */
export const deMap = {
  'map.region': 'Karte der Angebote',
  'map.zoomIn': 'Hineinzoomen',
  'map.zoomOut': 'Herauszoomen',
  'map.panNorth': 'Karte nach Norden verschieben',
  'map.panSouth': 'Karte nach Süden verschieben',
  'map.panEast': 'Karte nach Osten verschieben',
  'map.panWest': 'Karte nach Westen verschieben',
  'map.cluster': '{count} Angebote – hineinzoomen',
  'map.noTiles': 'Ohne Hintergrundkarte: Die Punkte zeigen die Gemeinden.',
} as const;
