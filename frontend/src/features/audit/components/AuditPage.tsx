import { useSearchParams } from 'react-router-dom';
import { Result, Space, Typography } from 'antd';
import type { Schemas } from '../../../api/client';
import { useAuditLog } from '../api/auditApi';
import { useSession } from '../../../auth/SessionContext';
import { canSeeAudit } from '../../../auth/permissions';
import { ErrorState } from '../../../components/States';
import { AuditFilters, type AuditFilterValues } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { PageTitle } from '../../../components/PageTitle';

const FILTER_KEYS = ['entity', 'key', 'user', 'from', 'to'] as const;
const DEFAULT_SIZE = 20;

/** "Nhật ký thay đổi": who changed what and when, newest first, filtered and paged by the server. */
export default function AuditPage() {
  const session = useSession();
  if (!canSeeAudit(session)) {
    return (
      <Result
        status="403"
        title="Bạn không có quyền xem nhật ký"
        subTitle="Nhật ký thay đổi dành cho quản trị viên trung ương và cán bộ cấp tỉnh."
      />
    );
  }
  return <AuditLog provinceScoped={session.writeScope === 'PROVINCE'} />;
}

function AuditLog({ provinceScoped }: { provinceScoped: boolean }) {
  // Filters and page live in the URL, so a filtered view can be shared or reloaded.
  const [params, setParams] = useSearchParams();
  const filters: AuditFilterValues = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? undefined]));
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const size = Math.min(500, Math.max(1, Number(params.get('size') ?? DEFAULT_SIZE) || DEFAULT_SIZE));
  const sort = params.get('sort') === 'occurredAt' ? 'occurredAt' : undefined;

  const query = {
    ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v)),
    page,
    size,
    ...(sort ? { sort } : {}),
  };
  const audit = useAuditLog(query);

  const update = (patch: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    // A history entry per change, as in every list: Back returns to the previous page or filter.
    setParams(next);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <PageTitle gap={4}>Nhật ký thay đổi</PageTitle>
        <Typography.Text type="secondary">
          Mọi lần tạo, sửa, xoá qua bảng điều khiển, API hay nhập tệp{provinceScoped ? ' trong tỉnh của bạn' : ''}. Mở
          một dòng để xem giá trị trước và sau.
        </Typography.Text>
      </div>
      <AuditFilters
        value={filters}
        onChange={(f) => update({ ...Object.fromEntries(FILTER_KEYS.map((k) => [k, f[k]])), page: undefined })}
      />
      {audit.isError && !audit.data ? (
        <ErrorState error={audit.error} onRetry={() => audit.refetch()} />
      ) : (
        <AuditTable
          data={audit.data as Schemas['AuditEntryPage'] | undefined}
          loading={audit.isFetching}
          page={page}
          size={size}
          oldestFirst={sort === 'occurredAt'}
          onPage={(p, s) => update({ page: p || undefined, size: s === DEFAULT_SIZE ? undefined : s })}
          onSort={(oldestFirst) => update({ sort: oldestFirst ? 'occurredAt' : undefined, page: undefined })}
        />
      )}
    </Space>
  );
}
