import { Grid } from 'antd';
import type { TableProps } from 'antd';
import { Link } from 'react-router-dom';
import { nameOf, useCategories, useProvinces } from '../../../api/lookups';
import { useSession } from '../../../auth/SessionContext';
import { canCreateModel } from '../../../auth/permissions';
import { formatDate, RECOGNITION_LABELS } from '../../../format';
import { PagedTable } from '../../../components/PagedTable';
import { useModels, type Model } from '../api/modelApi';
import { useListFilters } from '../../../hooks/useListQuery';
import { apiParams } from '../../../lib/listQuery';
import { columnsFor, NarrowDetails, WIDE_ONLY } from '../../../components/columns';
import { codeOptions } from '../../../components/FilterSelect';
import { ListPage, ProvinceFilter, SelectFilter, StatusFilter } from '../../../components/ListPage';

const FILTERS = ['q', 'provinceCode', 'categoryCode', 'status', 'recognitionLevel'] as const;

const RECOGNITION_OPTIONS = Object.entries(RECOGNITION_LABELS).map(([value, label]) => ({ value, label }));

/** The catalogue of models: filters and paging live in the URL, the server pages and sorts. */
export default function ModelsPage() {
  const session = useSession();
  const { pager, query, filters, filter } = useListFilters(FILTERS);
  const provinces = useProvinces();
  const categories = useCategories();
  const narrow = !Grid.useBreakpoint().md;

  const params = {
    ...apiParams(query),
    status: filters.status as Model['status'],
    recognitionLevel: filters.recognitionLevel as NonNullable<Model['recognitionLevel']>,
  };
  const list = useModels(params);

  const col = columnsFor<Model>(query.sort);
  const columns: TableProps<Model>['columns'] = [
    col.sorted('Mã', 'code', WIDE_ONLY),
    col.sorted('Tên mô hình', 'name', {
      render: (name: string, model) => (
        <>
          <Link to={`/mo-hinh/${encodeURIComponent(model.code ?? '')}`}>{name}</Link>
          <NarrowDetails show={narrow} status={model.status}>
            {model.code} · {nameOf(provinces.data, model.provinceCode)}
          </NarrowDetails>
        </>
      ),
    }),
    col.sorted('Lĩnh vực', 'categoryCode', { render: (code: string) => nameOf(categories.data, code), ...WIDE_ONLY }),
    col.sorted('Tỉnh, thành phố', 'provinceCode', {
      render: (code: string) => nameOf(provinces.data, code),
      ...WIDE_ONLY,
    }),
    col.plain('Cấp công nhận', 'recognitionLevel', {
      render: (level: string | undefined) => (level ? (RECOGNITION_LABELS[level] ?? level) : 'Chưa công nhận'),
      ...WIDE_ONLY,
    }),
    col.status(WIDE_ONLY),
    col.sorted('Bắt đầu', 'startedOn', { render: (date: string) => formatDate(date), ...WIDE_ONLY }),
  ];

  return (
    <ListPage
      title="Mô hình"
      create={canCreateModel(session) && { to: '/mo-hinh/moi', label: 'Thêm mô hình', testId: 'model-create' }}
      search={{
        ...filter('q'),
        placeholder: 'Tìm theo tên hoặc mã (không dấu cũng được)',
        label: 'Tìm mô hình',
        testId: 'models-search',
      }}
      filters={
        <>
          <ProvinceFilter {...filter('provinceCode')} />
          <SelectFilter
            label="Lọc theo lĩnh vực"
            placeholder="Lĩnh vực"
            searchable
            loading={categories.isPending}
            options={codeOptions(categories.data)}
            {...filter('categoryCode')}
          />
          <StatusFilter {...filter('status')} />
          <SelectFilter
            label="Lọc theo cấp công nhận"
            placeholder="Cấp công nhận"
            options={RECOGNITION_OPTIONS}
            {...filter('recognitionLevel')}
          />
        </>
      }
    >
      <PagedTable<Model, typeof query>
        data-testid="models-table"
        rowKey="code"
        size="middle"
        columns={columns}
        list={list}
        pager={pager}
        unit="mô hình"
        emptyText="Không có mô hình nào khớp bộ lọc"
        scroll={narrow ? undefined : { x: 1000 }}
      />
    </ListPage>
  );
}
