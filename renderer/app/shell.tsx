import { Breadcrumb, Layout, Segmented, Select, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import type { Role } from '../../shared/model';
import { BatchNav } from '../features/batches/batch-nav';
import { UserMenu } from '../features/profiles/user-menu';
import { useBreadcrumbs } from '../features/batches/use-breadcrumbs';
import { useSession } from '../features/session/session';
import { SigningNav } from '../features/signing/signing-nav';
import { LANGUAGES, setLanguage, type Language } from '../i18n';
import { useWriteErrorNotifications } from './write-errors';

const ROLES: readonly Role[] = ['reviewer', 'staff', 'supervisor'];

export function Shell(): ReactNode {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const crumbs = useBreadcrumbs();
  useWriteErrorNotifications();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, paddingInline: 24 }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }}>
          <Link to="/" style={{ color: 'inherit' }}>{t('app.name')}</Link>
        </Typography.Title>
        <Typography.Text style={{ color: 'rgba(255,255,255,.75)' }}>{t('app.subtitle')}</Typography.Text>
        <Space style={{ marginInlineStart: 'auto' }}>
          <UserMenu />
          <Typography.Text style={{ color: '#fff' }}>{t('app.role')}</Typography.Text>
          <Select
            aria-label={t('app.role')}
            value={session.role}
            onChange={(role: Role) => session.switchRole(role)}
            options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            style={{ width: 120 }}
          />
          <Segmented<Language>
            aria-label={t('app.language')}
            value={i18n.language === 'en' ? 'en' : 'zh-CN'}
            onChange={setLanguage}
            options={LANGUAGES.map((lng) => ({ value: lng, label: lng === 'en' ? 'English' : '中文' }))}
          />
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={260} theme="light" style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
          <BatchNav />
          <SigningNav />
        </Layout.Sider>
        <Layout.Content style={{ padding: '16px 24px' }}>
          <Breadcrumb style={{ marginBottom: 16 }} items={crumbs.map((c) => ({ title: c.to ? <Link to={c.to}>{c.label}</Link> : c.label }))} />
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
