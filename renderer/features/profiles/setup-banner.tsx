import { KeyOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/model';
import { PROFILES } from './messages';

/** First run: nothing stops anyone acting as any role until the supervisor sets passphrases. */
export function SetupBanner({ role, onSetUp, onDismiss }: { readonly role: Role; readonly onSetUp: () => void; readonly onDismiss: () => void }): ReactNode {
  const { t } = useTranslation(PROFILES);
  const isSupervisor = role === 'supervisor';
  return (
    <Alert
      banner
      role="status"
      type="warning"
      title={t('banner.text')}
      action={
        <Space>
          <Tooltip title={isSupervisor ? undefined : t('banner.needsSupervisor')}>
            <Button size="small" type="primary" icon={<KeyOutlined />} disabled={!isSupervisor} onClick={onSetUp}>{t('banner.setUp')}</Button>
          </Tooltip>
          <Button size="small" type="text" onClick={onDismiss}>{t('banner.dismiss')}</Button>
        </Space>
      }
    />
  );
}
