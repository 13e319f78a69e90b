import type { Server } from 'node:http';
/** Starts the demo server (demo/ at /, dist/ at /dist/) and resolves once it listens. */
export function startServer(port?: number, host?: string): Promise<Server>;
