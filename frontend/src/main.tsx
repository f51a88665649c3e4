import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, prefetchLanding, preloadPage } from './App';
import { loadConfig } from './config';
import { signIn } from './auth/keycloak';
import { configureApi, errorMessage } from './api/client';
import { fetchSession } from './api/lookups';

const root = createRoot(document.getElementById('root')!);

function fatal(message: string) {
  root.render(
    <div role="alert" style={{ fontFamily: 'system-ui, sans-serif', padding: 32, maxWidth: 640 }}>
      <h1 style={{ fontSize: 20 }}>Không mở được ứng dụng</h1>
      <p>{message}</p>
      <button onClick={() => window.location.reload()}>Tải lại trang</button>
    </div>,
  );
}

async function start() {
  preloadPage(window.location.pathname);
  const config = await loadConfig();
  try {
    await signIn(config);
  } catch {
    fatal(`Không kết nối được máy chủ đăng nhập Keycloak (${config.keycloakUrl}). Hãy kiểm tra Keycloak đã chạy chưa.`);
    return;
  }
  configureApi(config.apiUrl);
  prefetchLanding(window.location);
  let session;
  try {
    session = await fetchSession();
  } catch (e) {
    fatal(`Không kết nối được API (${config.apiUrl}): ${errorMessage(e)}`);
    return;
  }
  root.render(
    <StrictMode>
      <App session={session} />
    </StrictMode>,
  );
}

start().catch((e) => fatal(e instanceof Error ? e.message : String(e)));
