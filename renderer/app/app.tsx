import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createHashRouter, RouterProvider } from 'react-router';
import { BatchPage } from '../features/batches/batch-page';
import { HomePage } from '../features/batches/home-page';
import { AuditPage } from '../features/audit/audit-page';
import { DossierPage } from '../features/dossier-detail/dossier-page';
import { NoticePage } from '../features/notice/notice-page';
import { ReviewPage } from '../features/review/review-page';
import { SessionProvider } from '../features/session/session';
import { KeysPage } from '../features/signing/keys-page';
import { VerifyPage } from '../features/signing/verify-page';
import { SyncPage } from '../features/sync/sync-page';
import { SyncRunner } from '../features/sync/sync-runner';
import { i18n } from '../i18n';
import { Shell } from './shell';
import { useStartup } from './startup';

// Hash routing: the same build works from file:// (Electron) and http:// (web).
const router = createHashRouter([
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'batches/:batchId', element: <BatchPage /> },
      { path: 'batches/:batchId/dossiers/:dossierId', element: <DossierPage /> },
      { path: 'batches/:batchId/review', element: <ReviewPage /> },
      { path: 'batches/:batchId/notice', element: <NoticePage /> },
      { path: 'batches/:batchId/sync', element: <SyncPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: 'verify', element: <VerifyPage /> },
      { path: 'keys', element: <KeysPage /> },
    ],
  },
]);

function Localised({ children }: { children: ReactNode }): ReactNode {
  const { i18n: current } = useTranslation();
  const [language, setLanguage] = useState(current.language);
  useEffect(() => {
    const onChange = (lng: string): void => setLanguage(lng);
    current.on('languageChanged', onChange);
    return () => current.off('languageChanged', onChange);
  }, [current]);
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} button={{ autoInsertSpace: false }} theme={{ token: { colorPrimary: '#b71c1c', borderRadius: 4 } }}>
      {children}
    </ConfigProvider>
  );
}

function Ready({ children }: { children: ReactNode }): ReactNode {
  const { t } = useTranslation();
  const state = useStartup();
  if (state.kind === 'loading') return <div style={{ padding: 48 }}>{t('app.loading')}</div>;
  if (state.kind === 'failed') return <div role="alert" style={{ padding: 48 }}>{state.message}</div>;
  return children;
}

export function App(): ReactNode {
  return (
    <I18nextProvider i18n={i18n}>
      <Localised>
        <AntApp>
          <SessionProvider>
            <Ready>
              <SyncRunner />
              <RouterProvider router={router} />
            </Ready>
          </SessionProvider>
        </AntApp>
      </Localised>
    </I18nextProvider>
  );
}
