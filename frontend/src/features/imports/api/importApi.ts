import { useQuery } from '@tanstack/react-query';
import { ApiError, rawFetch, rawJson, type Problem } from '../../../api/client';
import { importKeys } from '../../../api/queryKeys';
import {
  contentTypeFor,
  importUrl,
  isReport,
  jobIdOf,
  type ImportAnswer,
  type ImportJob,
  type ImportKind,
  type ImportMode,
} from '../utils/importKinds';

/**
 * Posts a whole file to /imports/{kind}. A report comes back at once (200, or 422 when an atomic
 * import refused rows), or a background job to follow (202). Other failures throw ApiError.
 */
export async function postImport(
  kind: ImportKind,
  file: File,
  options: { dryRun: boolean; mode: ImportMode },
): Promise<ImportAnswer> {
  const type = contentTypeFor(file.name);
  if (!type) throw new ApiError(415, { detail: 'Chỉ nhận tệp CSV (.csv) hoặc Excel (.xlsx).' });
  const response = await rawFetch(importUrl(kind, { ...options, size: file.size }), {
    method: 'POST',
    headers: { 'Content-Type': type, Accept: 'application/json, application/problem+json' },
    body: file,
  });
  if (response.status === 202) {
    const job = await rawJson<ImportJob>(response);
    const id = jobIdOf(job, response.headers.get('Location'));
    if (id === null)
      throw new ApiError(502, { detail: 'Máy chủ nhận tệp để chạy nền nhưng không cho biết mã lần nhập.' });
    return { type: 'job', id, job };
  }
  if (response.status === 422) {
    const text = await response.text();
    const body = text ? JSON.parse(text) : {};
    if (isReport(body)) return { type: 'report', report: body };
    throw new ApiError(422, body as Problem);
  }
  return { type: 'report', report: await rawJson(response) };
}

const FINISHED = new Set(['DONE', 'FAILED']);

/** Follows a background import every second until it is done or failed. */
export function useImportJob(id: number | null) {
  return useQuery({
    queryKey: importKeys.job(id),
    enabled: id !== null,
    queryFn: async () => rawJson<ImportJob>(await rawFetch(`/api/v1/imports/${id}`)),
    refetchInterval: (query) => (FINISHED.has(query.state.data?.state ?? '') ? false : 1000),
    staleTime: 0,
    gcTime: 0,
  });
}
