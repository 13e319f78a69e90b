/** Whether local time is German time (always in the CLI; in a browser, the computer's setting). A module of its own: the Werkstatt's page asks without loading the hours libraries. */
export function localZoneIsBerlin(): boolean {
  if (typeof process !== 'undefined' && process.env) return true;
  return Intl.DateTimeFormat().resolvedOptions().timeZone === 'Europe/Berlin';
}
