import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../auth/keycloak', () => ({ accessToken: async () => 'token-1' }));

const client = await import('./client');
// `api` is replaced by configureApi: read it from the module each time.
const { ApiError, configureApi, errorMessage, rawFetch, rawJson, unwrap } = client;

const seen: Request[] = [];

beforeEach(() => {
  seen.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(String(input), init);
      seen.push(request);
      if (request.url.includes('/models/NOPE')) {
        return new Response(JSON.stringify({ title: 'Not Found (không tìm thấy)', status: 404 }), {
          status: 404,
          headers: { 'Content-Type': 'application/problem+json' },
        });
      }
      if (request.url.includes('/broken'))
        return new Response('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway' });
      return new Response(JSON.stringify({ items: [], total: 0 }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
  configureApi('http://api.test/api/v1');
});
afterEach(() => vi.unstubAllGlobals());

describe('every API call', () => {
  it('asks for Vietnamese and carries the token, typed or raw', async () => {
    await unwrap(client.api.GET('/api/v1/provinces', { params: { query: { size: 100 } } }));
    await rawFetch('/api/v1/imports/1', { headers: { Accept: 'application/json' } });
    expect(seen).toHaveLength(2);
    for (const request of seen) {
      expect(request.headers.get('Accept-Language')).toBe('vi');
      expect(request.headers.get('Authorization')).toBe('Bearer token-1');
    }
    expect(seen[1].headers.get('Accept')).toBe('application/json');
  });
});

describe('messages shown for errors', () => {
  it("are the API's detail, or a Vietnamese sentence of ours, never the problem's title", async () => {
    const error = await unwrap(client.api.GET('/api/v1/models/{code}', { params: { path: { code: 'NOPE' } } })).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(errorMessage(error)).toBe('Không tìm thấy dữ liệu yêu cầu.');
    expect(errorMessage(new ApiError(422, { detail: 'Mã tỉnh không tồn tại' }))).toBe('Mã tỉnh không tồn tại');
    expect(errorMessage(new ApiError(503, {}))).toBe('Máy chủ đang quá tải. Hãy thử lại sau ít phút.');
  });
  it('do not show a non-problem body or the HTTP reason phrase', async () => {
    const error = await rawJson(await rawFetch('/broken')).catch((e) => e);
    expect(errorMessage(error)).toBe('Máy chủ gặp sự cố (lỗi 502). Hãy thử lại sau.');
  });
  it("replace our code's English errors with Vietnamese", () => {
    expect(errorMessage(new Error("Cannot read properties of undefined (reading 'provinceCode')"))).toMatch(
      /^Đã xảy ra lỗi/,
    );
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe('Không kết nối được tới máy chủ API.');
  });
});
