/** Where the API and Keycloak are: answered by the serving process (see vite.config.ts). */
export interface RuntimeConfig {
  apiUrl: string;
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

export async function loadConfig(): Promise<RuntimeConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`Không đọc được cấu hình (/config.json: ${response.status})`);
  return response.json();
}
