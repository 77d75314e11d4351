import { DownOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isAllowed, OPERATIONS } from '../../../shared/operations';
import { useSession } from '../session/session';
import { ChangePassphrase } from './change-passphrase';
import { ManageProfiles } from './manage-profiles';
import { PROFILES } from './messages';

type Open = 'change' | 'manage' | null;

/**
 * Who is signed in, for the shell's header: switch to another profile (any role, or another
 * reviewer), change one's own passphrase, and, for supervisors, manage profiles.
 */
export function UserMenu(): ReactNode {
  const { t } = useTranslation(PROFILES);
  const session = useSession();
  const [open, setOpen] = useState<Open>(null);
  // first run: the setup banner speaks for itself; there is nobody to switch to yet
  if (!session.hasProfiles) return null;
  const items = [
    { key: 'switch', label: t('menu.switchUser') },
    { key: 'change', label: t('menu.change') },
    ...(isAllowed(session.role, OPERATIONS.manageProfiles) ? [{ key: 'manage', label: t('menu.manage') }] : []),
  ];
  const onClick = ({ key }: { key: string }): void => {
    if (key === 'switch') session.switchUser();
    else setOpen(key === 'change' ? 'change' : 'manage');
  };
  return (
    <>
      <Dropdown trigger={['click']} menu={{ items, onClick }}>
        <Button aria-label={t('menu.label')} icon={<UserOutlined />}>{session.actor} <DownOutlined /></Button>
      </Dropdown>
      {open === 'change' ? <ChangePassphrase profileId={session.actor} onClose={() => setOpen(null)} /> : null}
      {open === 'manage' ? <ManageProfiles onClose={() => setOpen(null)} /> : null}
    </>
  );
}
