import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Where the API and Keycloak are is decided when the dashboard is served, not when it is built,
 * so one build runs under `make run`, the end-to-end tests and a server: /config.json is answered
 * from the environment of the serving process.
 */
function runtimeConfig(): Plugin {
  const handler = (
    req: { url?: string },
    res: { setHeader: (k: string, v: string) => void; end: (s: string) => void },
    next: () => void,
  ) => {
    if (req.url?.split('?')[0] !== '/config.json') return next();
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Cache-Control', 'no-store');
    res.end(
      JSON.stringify({
        apiUrl: process.env.API_URL ?? 'http://localhost:8080/api/v1',
        keycloakUrl: process.env.KEYCLOAK_URL ?? 'http://localhost:8180',
        realm: process.env.KEYCLOAK_REALM ?? 'antq',
        clientId: process.env.KEYCLOAK_CLIENT ?? 'antq-dashboard',
      }),
    );
  };
  return {
    name: 'antq-runtime-config',
    configureServer: (server) => {
      server.middlewares.use(handler);
    },
    configurePreviewServer: (server) => {
      server.middlewares.use(handler);
    },
  };
}

export default defineConfig({
  plugins: [react(), runtimeConfig()],
  server: { port: Number(process.env.DASHBOARD_PORT ?? 5173), strictPort: true },
  preview: { port: Number(process.env.DASHBOARD_PORT ?? 5173), strictPort: true, host: 'localhost' },
  build: { chunkSizeWarningLimit: 1500 },
  test: { environment: 'jsdom', include: ['src/**/*.test.{ts,tsx}'], setupFiles: ['src/setupTests.ts'] },
});
