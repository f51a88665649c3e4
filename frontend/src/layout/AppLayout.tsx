import { useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { Button, Drawer, Grid, Layout, Menu, Space, Typography } from 'antd';
import {
  AuditOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  EditOutlined,
  EnvironmentOutlined,
  LogoutOutlined,
  MenuOutlined,
  SafetyCertificateOutlined,
  ApartmentOutlined,
  CheckSquareOutlined,
} from '@ant-design/icons';
import { useSession } from '../auth/SessionContext';
import { roleLabel } from '../auth/session';
import { canEnterAnyOutcome, canSeeAudit } from '../auth/permissions';
import { signOut } from '../auth/keycloak';

const { Header, Sider, Content } = Layout;

/** The frame of every page: the menu (a drawer on a phone), the signed-in user, the page. */
export function AppLayout() {
  const session = useSession();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const [drawer, setDrawer] = useState(false);
  const narrow = !screens.lg;

  const items = [
    { key: '/', icon: <DashboardOutlined />, label: <Link to="/">Tổng quan</Link> },
    { key: '/tinh', icon: <ApartmentOutlined />, label: <Link to="/tinh">Tỉnh, thành phố</Link> },
    { key: '/mo-hinh', icon: <SafetyCertificateOutlined />, label: <Link to="/mo-hinh">Mô hình</Link> },
    { key: '/diem', icon: <EnvironmentOutlined />, label: <Link to="/diem">Điểm nhân rộng</Link> },
    {
      key: '/tinh-hinh-bao-cao',
      icon: <CheckSquareOutlined />,
      label: <Link to="/tinh-hinh-bao-cao">Tình hình báo cáo</Link>,
    },
    ...(canEnterAnyOutcome(session)
      ? [
          { key: '/nhap-ket-qua', icon: <EditOutlined />, label: <Link to="/nhap-ket-qua">Nhập kết quả</Link> },
          { key: '/nhap-tep', icon: <CloudUploadOutlined />, label: <Link to="/nhap-tep">Nhập dữ liệu từ tệp</Link> },
        ]
      : []),
    ...(canSeeAudit(session)
      ? [{ key: '/nhat-ky', icon: <AuditOutlined />, label: <Link to="/nhat-ky">Nhật ký thay đổi</Link> }]
      : []),
  ];
  const selected = items
    .map((i) => i.key)
    .filter((k) =>
      // '/tinh' must not light up for '/tinh-hinh-bao-cao': a key matches itself or its sub-paths.
      k === '/' ? location.pathname === '/' : location.pathname === k || location.pathname.startsWith(`${k}/`),
    );
  const menu = (
    <Menu
      mode="inline"
      theme="dark"
      selectedKeys={selected}
      items={items}
      onClick={() => setDrawer(false)}
      aria-label="Điều hướng chính"
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!narrow && (
        <Sider width={232} theme="dark">
          <div style={{ color: '#fff', padding: '16px 16px 8px', fontWeight: 600, lineHeight: 1.3 }}>
            Mô hình bảo vệ ANTQ
            <div style={{ fontWeight: 400, fontSize: 12, opacity: 0.75 }}>Sổ đăng ký quốc gia</div>
          </div>
          {menu}
        </Sider>
      )}
      {narrow && (
        <Drawer
          open={drawer}
          onClose={() => setDrawer(false)}
          placement="left"
          size={260}
          styles={{ body: { padding: 0, background: '#001529' } }}
          title="Mô hình bảo vệ ANTQ"
        >
          {menu}
        </Drawer>
      )}
      <Layout>
        <Header
          style={{
            background: '#fff',
            padding: narrow ? '0 12px' : '0 16px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 8,
          }}
        >
          {/* On a phone the name may wrap onto two lines but is never cut; the user's details give way first. */}
          <div style={{ display: 'flex', alignItems: 'center', gap: 8, flex: '0 1 auto', minWidth: 0 }}>
            {narrow && <Button icon={<MenuOutlined />} aria-label="Mở menu" onClick={() => setDrawer(true)} />}
            {narrow && (
              <Typography.Text
                strong
                data-testid="app-name"
                style={{ display: 'inline-block', lineHeight: 1.2, whiteSpace: 'normal', maxWidth: 150 }}
              >
                Mô hình bảo vệ ANTQ
              </Typography.Text>
            )}
          </div>
          <Space size="small" wrap={false} style={{ minWidth: 0, flex: '0 1 auto' }} styles={{ item: { minWidth: 0 } }}>
            <div style={{ lineHeight: 1.2, textAlign: 'right', minWidth: 0 }} data-testid="signed-in-user">
              <div>
                <Typography.Text strong ellipsis style={{ maxWidth: '100%' }}>
                  {session.name || session.username}
                </Typography.Text>
              </div>
              <div>
                <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, maxWidth: '100%' }}>
                  {roleLabel(session)}
                  {session.unit ? ` · đơn vị ${session.unit}` : ''}
                </Typography.Text>
              </div>
            </div>
            <Button icon={<LogoutOutlined />} onClick={signOut} aria-label="Đăng xuất">
              {narrow ? '' : 'Đăng xuất'}
            </Button>
          </Space>
        </Header>
        <Content style={{ padding: narrow ? 12 : 24 }}>
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
