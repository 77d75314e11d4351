import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Modal, Select, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicProfile } from '../../../shared/lifecycle/types';
import type { Role } from '../../../shared/model';
import { db } from '../../db';
import { setupProfiles } from '../../lifecycle';
import { useModalAction } from '../review/use-modal-action';
import { PROFILES } from './messages';

const ROLES: readonly Role[] = ['supervisor', 'staff', 'reviewer'];

type Row = { readonly key: number; readonly id: string; readonly role: Role; readonly passphrase: string; readonly confirm: string };

type Props = {
  /** Signs the first supervisor in once the profiles are stored. */
  readonly onDone: (profiles: readonly PublicProfile[]) => void;
  readonly onCancel: () => void;
};

/** First run: the supervisor creates everyone's profile and passphrase in one go. */
export function SetupDialog({ onDone, onCancel }: Props): ReactNode {
  const { t } = useTranslation(PROFILES);
  const { t: g } = useTranslation();
  const action = useModalAction();
  const [rows, setRows] = useState<Row[]>(() => [
    { key: 1, id: t('setup.defaults.supervisor'), role: 'supervisor', passphrase: '', confirm: '' },
    { key: 2, id: t('setup.defaults.staff'), role: 'staff', passphrase: '', confirm: '' },
    { key: 3, id: t('setup.defaults.reviewerA'), role: 'reviewer', passphrase: '', confirm: '' },
    { key: 4, id: t('setup.defaults.reviewerB'), role: 'reviewer', passphrase: '', confirm: '' },
  ]);
  const [mismatch, setMismatch] = useState<string | null>(null);
  const patch = (key: number, change: Partial<Row>): void => {
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r)));
    setMismatch(null);
    action.clearError();
  };
  const submit = async (): Promise<void> => {
    const wrong = rows.findIndex((r) => r.passphrase !== r.confirm);
    if (wrong >= 0) {
      setMismatch(t('setup.mismatch', { n: wrong + 1, name: rows[wrong]?.id ?? '' }));
      return;
    }
    const created = await action.run(() => setupProfiles(db, rows.map(({ id, role, passphrase }) => ({ id, role, passphrase }))));
    if (created) onDone(created);
  };
  const nextKey = Math.max(0, ...rows.map((r) => r.key)) + 1;
  return (
    <Modal open width={820} title={t('setup.title')} okText={t('setup.ok')} cancelText={t('setup.cancel')} confirmLoading={action.isBusy} onOk={() => void submit()} onCancel={onCancel} destroyOnHidden mask={{ closable: false }}>
      <Typography.Paragraph type="secondary">{t('setup.intro')}</Typography.Paragraph>
      <div style={{ display: 'grid', gridTemplateColumns: '1.2fr 1fr 1.2fr 1.2fr 32px', gap: 8, alignItems: 'center' }}>
        <Typography.Text strong>{t('setup.name')}</Typography.Text>
        <Typography.Text strong>{t('setup.role')}</Typography.Text>
        <Typography.Text strong>{t('setup.passphrase')}</Typography.Text>
        <Typography.Text strong>{t('setup.confirm')}</Typography.Text>
        <span />
        {rows.map((row, i) => (
          <FragmentRow key={row.key} n={i + 1} row={row} canRemove={rows.length > 1} roleLabel={(r) => g(`roles.${r}`)} onPatch={(c) => patch(row.key, c)} onRemove={() => setRows((all) => all.filter((r) => r.key !== row.key))} />
        ))}
      </div>
      <Button type="dashed" icon={<PlusOutlined />} style={{ marginTop: 12 }} onClick={() => setRows((all) => [...all, { key: nextKey, id: '', role: 'reviewer', passphrase: '', confirm: '' }])}>
        {t('setup.add')}
      </Button>
      <Space orientation="vertical" style={{ width: '100%', marginTop: 12 }}>
        {action.isBusy ? <Alert type="info" showIcon title={t('setup.deriving')} /> : null}
        {mismatch ? <Alert type="error" showIcon title={mismatch} /> : null}
        {action.error ? <Alert type="error" showIcon title={action.error} /> : null}
      </Space>
    </Modal>
  );
}

type RowProps = {
  readonly n: number;
  readonly row: Row;
  readonly canRemove: boolean;
  readonly roleLabel: (role: Role) => string;
  readonly onPatch: (change: Partial<Row>) => void;
  readonly onRemove: () => void;
};

function FragmentRow({ n, row, canRemove, roleLabel, onPatch, onRemove }: RowProps): ReactNode {
  const { t } = useTranslation(PROFILES);
  return (
    <>
      <Input aria-label={t('setup.rowName', { n })} value={row.id} onChange={(e) => onPatch({ id: e.target.value })} />
      <Select aria-label={t('setup.rowRole', { n })} value={row.role} options={ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} onChange={(role: Role) => onPatch({ role })} />
      <Input.Password aria-label={t('setup.rowPassphrase', { n })} autoComplete="new-password" value={row.passphrase} onChange={(e) => onPatch({ passphrase: e.target.value })} />
      <Input.Password aria-label={t('setup.rowConfirm', { n })} autoComplete="new-password" value={row.confirm} onChange={(e) => onPatch({ confirm: e.target.value })} />
      <Button type="text" icon={<DeleteOutlined />} aria-label={t('setup.remove', { n })} disabled={!canRemove} onClick={onRemove} />
    </>
  );
}
