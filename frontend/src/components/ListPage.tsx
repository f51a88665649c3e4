import type { ReactNode } from 'react';
import { Col, Row, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useProvinces } from '../api/lookups';
import { codeOptions, FilterSelect } from './FilterSelect';
import { LinkButton } from './LinkButton';
import { PageTitle } from './PageTitle';
import { SearchBox } from './SearchBox';
import { STATUS_OPTIONS } from './StatusTag';

/** A filter's cell in a list page's filter row: a quarter of the row on a wide screen, half on a phone. */
export function FilterCell({ wide, children }: { wide?: boolean; children: ReactNode }) {
  return wide ? (
    <Col xs={24} md={12} xl={8}>
      {children}
    </Col>
  ) : (
    <Col xs={12} md={6} xl={4}>
      {children}
    </Col>
  );
}

/** A choice among a list's filters, in its cell of the filter row. */
export function SelectFilter(props: Parameters<typeof FilterSelect>[0]) {
  return (
    <FilterCell>
      <FilterSelect {...props} />
    </FilterCell>
  );
}

type FilterProps = { value: string | undefined; onChange: (value: string | undefined) => void };

/** The province filter of the models and points lists. */
export function ProvinceFilter(props: FilterProps) {
  const provinces = useProvinces();
  return (
    <SelectFilter
      label="Lọc theo tỉnh"
      placeholder="Tỉnh, thành phố"
      searchable
      loading={provinces.isPending}
      options={codeOptions(provinces.data)}
      {...props}
    />
  );
}

/** The status filter of the models and points lists. */
export function StatusFilter(props: FilterProps) {
  return <SelectFilter label="Lọc theo trạng thái" placeholder="Trạng thái" options={STATUS_OPTIONS} {...props} />;
}

/** A list page's title, with its "add" button for those who may add. */
function ListHeader({
  title,
  create,
}: {
  title: string;
  create?: { to: string; label: string; testId: string } | false;
}) {
  return (
    <Row justify="space-between" align="middle" gutter={[8, 8]}>
      <Col>
        <PageTitle>{title}</PageTitle>
      </Col>
      {create && (
        <Col>
          <LinkButton to={create.to} type="primary" icon={<PlusOutlined />} data-testid={create.testId}>
            {create.label}
          </LinkButton>
        </Col>
      )}
    </Row>
  );
}

/**
 * A list page: ListHeader, the filter row (the search box first, as wide as two filters), then the list. `search`
 * is bound to the text filter like the other filters (useListFilters' `filter('q')`).
 */
export function ListPage({
  search: { value, onChange, ...search },
  filters,
  children,
  ...header
}: Parameters<typeof ListHeader>[0] & {
  search: FilterProps & { placeholder: string; label: string; testId: string };
  filters: ReactNode;
  children: ReactNode;
}) {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ListHeader {...header} />
      <Row gutter={[8, 8]}>
        <FilterCell wide>
          <SearchBox value={value} onSearch={onChange} {...search} />
        </FilterCell>
        {filters}
      </Row>
      {children}
    </Space>
  );
}
