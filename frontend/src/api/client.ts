import createClient, { type Middleware } from 'openapi-fetch';
import type { paths, components } from './schema';
import { accessToken } from '../auth/keycloak';

export type Schemas = components['schemas'];

/** The query parameters the contract declares for GET on a path, so a request's query is type-checked. */
export type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;

/** An RFC 9457 problem as the API answers it; `code` is the stable machine-readable name of the error. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: { field?: string; message?: string; value?: unknown; index?: number; code?: string }[];
  [key: string]: unknown;
}

/**
 * The language of every API call: the API words its problems in Vietnamese only when asked to, and the UI shows
 * those words as they are.
 */
export const API_LANGUAGE = 'vi';

/** Our own Vietnamese sentence for a status, for answers that carry no message of their own. */
export function statusMessage(status: number): string {
  const known: Record<number, string> = {
    400: 'Yêu cầu không hợp lệ.',
    401: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    403: 'Bạn không có quyền thực hiện thao tác này.',
    404: 'Không tìm thấy dữ liệu yêu cầu.',
    406: 'Máy chủ không trả lời được ở định dạng yêu cầu.',
    409: 'Dữ liệu xung đột với dữ liệu đã có.',
    412: 'Dữ liệu vừa được người khác sửa. Hãy tải lại rồi thực hiện lại.',
    413: 'Tệp hoặc yêu cầu quá lớn.',
    415: 'Định dạng dữ liệu gửi lên không được hỗ trợ.',
    422: 'Dữ liệu không hợp lệ.',
    429: 'Có quá nhiều yêu cầu. Hãy thử lại sau ít phút.',
    503: 'Máy chủ đang quá tải. Hãy thử lại sau ít phút.',
  };
  return (
    known[status] ??
    (status >= 500 ? `Máy chủ gặp sự cố (lỗi ${status}). Hãy thử lại sau.` : `Máy chủ trả lời lỗi ${status}.`)
  );
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    // The problem's title is generic and, from some servers, English: the detail or our own sentence instead.
    super(problem.detail || statusMessage(status));
  }
}

let baseUrl = '';
export let api = createClient<paths>();

/** The headers of every API call: the token and the language. */
async function apiHeaders(headers: Headers): Promise<Headers> {
  headers.set('Authorization', `Bearer ${await accessToken()}`);
  headers.set('Accept-Language', API_LANGUAGE);
  return headers;
}

const auth: Middleware = {
  async onRequest({ request }) {
    await apiHeaders(request.headers);
    return request;
  },
};

export function configureApi(apiUrl: string) {
  // The contract's paths start with /api/v1; the configured URL ends with it.
  baseUrl = apiUrl.replace(/\/api\/v1\/?$/, '');
  api = createClient<paths>({ baseUrl });
  api.use(auth);
}

export function apiBase(): string {
  return baseUrl;
}

/** Unwraps an openapi-fetch answer: the data, or an ApiError carrying the problem. */
export async function unwrap<T>(promise: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await promise;
  if (!response.ok) {
    // A body that is not a problem document (a proxy's page, plain text) is not shown: our own sentence instead.
    const problem = (error && typeof error === 'object' ? error : {}) as Problem;
    throw new ApiError(response.status, problem);
  }
  return data as T;
}

/** For calls the typed client does not cover (file bodies, downloads): fetch with the token. */
export async function rawFetch(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(baseUrl + path, { ...init, headers: await apiHeaders(new Headers(init.headers)) });
}

/** Reads a JSON answer of rawFetch, throwing ApiError with the problem on failure. */
export async function rawJson<T>(response: Response): Promise<T> {
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // A proxy's HTML error page, say: its words are not for the reader.
    body = undefined;
  }
  if (!response.ok) throw new ApiError(response.status, (body && typeof body === 'object' ? body : {}) as Problem);
  return body as T;
}

/** A Vietnamese sentence for any error, for alerts. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return statusMessage(401);
    return error.problem.detail || statusMessage(error.status);
  }
  if (error instanceof TypeError) return 'Không kết nối được tới máy chủ API.';
  // Errors of our own code are worded for developers (often in English): the reader gets a Vietnamese sentence.
  return 'Đã xảy ra lỗi không mong muốn. Hãy tải lại trang.';
}
