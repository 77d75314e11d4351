// The sidebar's way to 验证签名 and 签名密钥, under the batches.
import { KeyOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SIGNING } from './messages';

export function SigningNav(): ReactNode {
  const { t } = useTranslation(SIGNING);
  const navigate = useNavigate();
  return (
    <nav aria-label={t('nav.section')} style={{ padding: '0 16px 12px' }}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Button block icon={<SafetyCertificateOutlined />} onClick={() => navigate('/verify')}>{t('nav.verify')}</Button>
        <Button block icon={<KeyOutlined />} onClick={() => navigate('/keys')}>{t('nav.keys')}</Button>
      </Space>
    </nav>
  );
}
