import { Card, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/model';
import type { Actor } from '../../db/write';
import { PROFILES } from './messages';
import { SignInForm } from './sign-in-form';

type Props = { readonly role?: Role; readonly preferred?: string; readonly onSignedIn: (actor: Actor) => void; readonly onCancel: () => void };

/** Switching to a role (or to another person) once profiles exist: their passphrase first. */
export function SignInDialog({ role, preferred, onSignedIn, onCancel }: Props): ReactNode {
  const { t } = useTranslation(PROFILES);
  const { t: g } = useTranslation();
  return (
    <Modal open title={role ? t('signIn.title', { role: g(`roles.${role}`) }) : t('signIn.titleAny')} footer={null} onCancel={onCancel} destroyOnHidden width={440}>
      <SignInForm {...(role ? { role } : {})} {...(preferred ? { preferred } : {})} onSignedIn={onSignedIn} onCancel={onCancel} />
    </Modal>
  );
}

/** Nobody is signed in on a workstation with profiles (a fresh start): the app waits behind this. */
export function SignInScreen({ preferred, onSignedIn }: { readonly preferred?: string; readonly onSignedIn: (actor: Actor) => void }): ReactNode {
  const { t } = useTranslation(PROFILES);
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f5f5' }}>
      <Card style={{ width: 420 }} title={<div><Typography.Title level={4} style={{ margin: 0 }}>{t('screen.title')}</Typography.Title><Typography.Text type="secondary">{t('screen.subtitle')}</Typography.Text></div>}>
        <SignInForm {...(preferred ? { preferred } : {})} onSignedIn={onSignedIn} />
      </Card>
    </div>
  );
}
