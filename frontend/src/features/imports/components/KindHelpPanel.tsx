import { Button, Collapse, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { helpFor, templateCsv, type ColumnHelp, type ImportKind } from '../utils/importKinds';

/** Saves a generated text as a file, without a round trip to the server. */
function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The columns a kind expects, and a header-only template to fill in. */
export function KindHelpPanel({ kind }: { kind: ImportKind }) {
  const help = helpFor(kind);
  const required = help.columns.filter((c) => c.required);
  const optional = help.columns.filter((c) => !c.required);
  const names = (cols: ColumnHelp[]) =>
    cols.map((c) => (
      <Tag key={c.name} style={{ marginBottom: 4 }}>
        <code>{c.name}</code>
      </Tag>
    ));

  return (
    <div
      data-testid="import-help"
      style={{ background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 6, padding: 12 }}
    >
      <Typography.Paragraph style={{ marginBottom: 8 }}>{help.summary}</Typography.Paragraph>
      <div>
        <Typography.Text strong>Cột bắt buộc: </Typography.Text>
        {names(required)}
      </div>
      <div>
        <Typography.Text strong>Cột tùy chọn: </Typography.Text>
        {names(optional)}
      </div>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0' }}>
        Tên cột có thể là tên trường (như trên) hoặc tiêu đề tiếng Việt (vd. “{help.columns[0].header}”), không phân
        biệt hoa thường, dấu.
      </Typography.Paragraph>
      <Button
        icon={<DownloadOutlined />}
        size="small"
        onClick={() => download(`mau-nhap-${kind}.csv`, templateCsv(kind), 'text/csv;charset=utf-8')}
      >
        Tải tệp mẫu (CSV)
      </Button>
      <Collapse
        ghost
        size="small"
        style={{ marginTop: 8 }}
        items={[
          {
            key: 'columns',
            label: 'Chi tiết các cột',
            children: (
              <Table<ColumnHelp>
                size="small"
                rowKey="name"
                pagination={false}
                scroll={{ x: true }}
                dataSource={help.columns}
                columns={[
                  { title: 'Tên cột', dataIndex: 'name', key: 'name', render: (v: string) => <code>{v}</code> },
                  { title: 'Tiêu đề tiếng Việt', dataIndex: 'header', key: 'header' },
                  {
                    title: 'Bắt buộc',
                    dataIndex: 'required',
                    key: 'required',
                    render: (v?: boolean) => (v ? 'Có' : ''),
                  },
                  { title: 'Ghi chú', dataIndex: 'note', key: 'note' },
                ]}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
