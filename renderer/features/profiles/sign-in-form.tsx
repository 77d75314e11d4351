import { Alert, Button, Form, Input, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/model';
import { db } from '../../db';
import type { Actor } from '../../db/write';
import { listProfiles, signIn } from '../../lifecycle';
import { useModalAction } from '../review/use-modal-action';
import { PROFILES } from './messages';

type Props = {
  /** Only profiles of this role (a role switch); every profile when absent. */
  readonly role?: Role;
  /** The profile to offer first. */
  readonly preferred?: string;
  readonly onSignedIn: (actor: Actor) => void;
  readonly onCancel?: () => void;
};

/** Profile + passphrase; the data layer verifies it and audits the attempt, right or wrong. */
export function SignInForm({ role, preferred, onSignedIn, onCancel }: Props): ReactNode {
  const { t } = useTranslation(PROFILES);
  const { t: g } = useTranslation();
  const action = useModalAction();
  const profiles = useLiveQuery(() => listProfiles(db), []);
  const offered = (profiles ?? []).filter((p) => role === undefined || p.role === role);
  const [picked, setPicked] = useState<string | undefined>();
  const [passphrase, setPassphrase] = useState('');
  const profileId = picked ?? offered.find((p) => p.id === preferred)?.id ?? offered[0]?.id;
  const submit = async (): Promise<void> => {
    if (!profileId) return;
    const actor = await action.run(() => signIn(db, profileId, passphrase));
    if (actor) onSignedIn(actor);
    else setPassphrase('');
  };
  if (profiles !== undefined && offered.length === 0) {
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert type="warning" showIcon title={t('signIn.noProfile', { role: role ? g(`roles.${role}`) : '' })} />
        {onCancel ? <Button onClick={onCancel}>{t('signIn.cancel')}</Button> : null}
      </Space>
    );
  }
  return (
    <Form layout="vertical" onFinish={() => void submit()}>
      <Typography.Paragraph type="secondary">{t('signIn.intro')}</Typography.Paragraph>
      <Form.Item label={t('signIn.user')} htmlFor="sign-in-user">
        <Select
          id="sign-in-user"
          aria-label={t('signIn.user')}
          value={profileId}
          onChange={(id: string) => { setPicked(id); action.clearError(); }}
          options={offered.map((p) => ({ value: p.id, label: `${p.id}（${g(`roles.${p.role}`)}）` }))}
        />
      </Form.Item>
      <Form.Item label={t('signIn.passphrase')} htmlFor="sign-in-passphrase">
        <Input.Password id="sign-in-passphrase" autoFocus autoComplete="current-password" value={passphrase} onChange={(e) => { setPassphrase(e.target.value); action.clearError(); }} />
      </Form.Item>
      {action.isBusy ? <Alert type="info" showIcon title={t('signIn.checking')} style={{ marginBottom: 16 }} /> : null}
      {action.error ? <Alert type="error" showIcon title={action.error} style={{ marginBottom: 16 }} /> : null}
      <Space style={{ justifyContent: 'flex-end', width: '100%' }}>
        {onCancel ? <Button onClick={onCancel}>{t('signIn.cancel')}</Button> : null}
        <Button type="primary" htmlType="submit" loading={action.isBusy} disabled={!profileId || passphrase === ''}>{t('signIn.ok')}</Button>
      </Space>
    </Form>
  );
}
