import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Form, Input, Modal, Select, Space, Table } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicProfile } from '../../../shared/lifecycle/types';
import type { Role } from '../../../shared/model';
import { db } from '../../db';
import { createProfile, listProfiles, resetPassphrase } from '../../lifecycle';
import { useModalAction } from '../review/use-modal-action';
import { formatInstant } from '../scoring/format-time';
import { useSession } from '../session/session';
import { PROFILES } from './messages';

const ROLES: readonly Role[] = ['supervisor', 'staff', 'reviewer'];

/** Add a profile, or set someone's passphrase (forgotten); the data layer allows supervisors only. */
function ProfileForm({ resetting, onClose }: { readonly resetting?: PublicProfile; readonly onClose: () => void }): ReactNode {
  const { t } = useTranslation(PROFILES);
  const { t: g } = useTranslation();
  const session = useSession();
  const action = useModalAction();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('reviewer');
  const [passphrase, setPassphrase] = useState('');
  const submit = async (): Promise<void> => {
    const done = resetting
      ? await action.run(() => resetPassphrase(db, session, resetting.id, passphrase), { success: t('manage.resetDone', { name: resetting.id }) })
      : await action.run(() => createProfile(db, session, { id: name, role, passphrase }), { success: t('manage.added', { name }) });
    if (done) onClose();
  };
  return (
    <Modal open title={resetting ? t('manage.resetTitle', { name: resetting.id }) : t('manage.add')} okText={t('manage.ok')} cancelText={t('manage.cancel')} confirmLoading={action.isBusy} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      <Form layout="vertical">
        {resetting ? null : (
          <>
            <Form.Item label={t('manage.name')} htmlFor="profile-name" required>
              <Input id="profile-name" value={name} onChange={(e) => { setName(e.target.value); action.clearError(); }} />
            </Form.Item>
            <Form.Item label={t('manage.role')} htmlFor="profile-role">
              <Select id="profile-role" aria-label={t('manage.role')} value={role} onChange={setRole} options={ROLES.map((r) => ({ value: r, label: g(`roles.${r}`) }))} />
            </Form.Item>
          </>
        )}
        <Form.Item label={t('manage.passphrase')} htmlFor="profile-passphrase" required>
          <Input.Password id="profile-passphrase" autoComplete="new-password" value={passphrase} onChange={(e) => { setPassphrase(e.target.value); action.clearError(); }} />
        </Form.Item>
      </Form>
      {action.error ? <Alert type="error" showIcon title={action.error} /> : null}
    </Modal>
  );
}

/** 用户与口令: who may sign in at this workstation, in which role. */
export function ManageProfiles({ onClose }: { readonly onClose: () => void }): ReactNode {
  const { t } = useTranslation(PROFILES);
  const { t: g } = useTranslation();
  const profiles = useLiveQuery(() => listProfiles(db), []);
  const [form, setForm] = useState<{ readonly resetting?: PublicProfile } | null>(null);
  return (
    <Drawer open size={640} title={t('manage.title')} onClose={onClose} extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({})}>{t('manage.add')}</Button>}>
      <Table<PublicProfile>
        size="small"
        rowKey="id"
        pagination={false}
        loading={profiles === undefined}
        dataSource={profiles ?? []}
        columns={[
          { key: 'name', title: t('manage.name'), render: (_, p) => p.id },
          { key: 'role', title: t('manage.role'), render: (_, p) => g(`roles.${p.role}`) },
          { key: 'created', title: t('manage.created'), render: (_, p) => formatInstant(p.createdAt) },
          { key: 'actions', title: t('manage.actions'), render: (_, p) => <Space><Button size="small" type="link" onClick={() => setForm({ resetting: p })}>{t('manage.reset')}</Button></Space> },
        ]}
      />
      {form ? <ProfileForm {...form} onClose={() => setForm(null)} /> : null}
    </Drawer>
  );
}
