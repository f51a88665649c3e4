import createClient, { type Middleware } from 'openapi-fetch';
import type { paths, components } from './schema';
import { accessToken } from '../auth/keycloak';

export type Schemas = components['schemas'];

/** An RFC 9457 problem as the API answers it. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { field?: string; message?: string; value?: unknown; index?: number }[];
  [key: string]: unknown;
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly problem: Problem) {
    super(problem.detail || problem.title || `Lỗi ${status}`);
  }
}

let baseUrl = '';
export let api = createClient<paths>();

const auth: Middleware = {
  async onRequest({ request }) {
    request.headers.set('Authorization', `Bearer ${await accessToken()}`);
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
    const problem = (error && typeof error === 'object' ? error : { detail: String(error ?? '') }) as Problem;
    throw new ApiError(response.status, problem);
  }
  return data as T;
}

/** For calls the typed client does not cover (file bodies, downloads): fetch with the token. */
export async function rawFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('Authorization', `Bearer ${await accessToken()}`);
  return fetch(baseUrl + path, { ...init, headers });
}

/** Reads a JSON answer of rawFetch, throwing ApiError with the problem on failure. */
export async function rawJson<T>(response: Response): Promise<T> {
  const text = await response.text();
  const body = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new ApiError(response.status, (body ?? { detail: response.statusText }) as Problem);
  return body as T;
}

/** A Vietnamese sentence for any error, for alerts. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.';
    return error.problem.detail || error.problem.title || `Máy chủ trả lời lỗi ${error.status}`;
  }
  if (error instanceof TypeError) return 'Không kết nối được tới máy chủ API.';
  return error instanceof Error ? error.message : String(error);
}
