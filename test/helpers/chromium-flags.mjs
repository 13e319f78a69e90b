// How every test and benchmark starts the system Chromium (Debian package; no browser
// download): shared by web-test-runner's config and the Node-side checks.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// --no-sandbox: CI runs as root. The network flags keep Chromium from calling home on a
// machine whose only network is the package registries.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
