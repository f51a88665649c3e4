import Keycloak from 'keycloak-js';
import type { RuntimeConfig } from '../config';

let keycloak: Keycloak | null = null;

/** Signs in through Keycloak (authorization code + PKCE S256); the page is left for the login form when needed. */
export async function signIn(config: RuntimeConfig): Promise<Keycloak> {
  keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    responseMode: 'fragment',
  });
  return keycloak;
}

/** A token valid for at least 30 more seconds (refreshed when needed). */
export async function accessToken(): Promise<string> {
  if (!keycloak) throw new Error('Chưa đăng nhập');
  try {
    await keycloak.updateToken(30);
  } catch {
    await keycloak.login();
  }
  return keycloak.token ?? '';
}

export function signOut(): void {
  keycloak?.logout({ redirectUri: window.location.origin + '/' });
}

export function tokenName(): string {
  const parsed = keycloak?.tokenParsed as { name?: string; preferred_username?: string } | undefined;
  return parsed?.name ?? parsed?.preferred_username ?? '';
}
