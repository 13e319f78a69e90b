/** German strings of the Gemeinde choice on a Land index (components/shared/choose-gemeinde.ts): loaded only there. */
export const deLand = {
  'error.gemeinde': 'Bitte wählen Sie Ihre Gemeinde. Dann sehen Sie die Angebote in Ihrem Kreis und in der Nähe.',
  'land.choose': 'Ihre Gemeinde',
  'land.pick': 'Bitte wählen',
} as const;
