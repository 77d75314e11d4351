import { Alert, Button, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreditCodeValidation } from '../../../shared/credit-code';
import type { CreditCodeOverride } from '../../../shared/model';
import { db } from '../../db';
import { formatInstant } from '../scoring/format-time';
import { DOSSIER_DETAIL } from './messages';

type Props = {
  readonly enterpriseId: string;
  readonly validation: CreditCodeValidation;
  /** The override that applies to the code as typed now, if any. */
  readonly override: CreditCodeOverride | null;
  readonly isOverrideSaved: boolean;
  readonly isEditable: boolean;
  readonly onOverride: () => void;
  readonly onWithdraw: () => void;
};

/** Under the code: a checksum warning with its "use anyway" action, the recorded override, a duplicate. */
export function CreditCodeNotes({ enterpriseId, validation, override, isOverrideSaved, isEditable, onOverride, onWithdraw }: Props): ReactNode {
  const { t, i18n } = useTranslation(DOSSIER_DETAIL);
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const code = validation.kind === 'malformed' ? null : validation.code;
  const twin = useLiveQuery(async () => (code ? db.enterprises.where('creditCode').equals(code).filter((e) => e.id !== enterpriseId).first() : undefined), [code, enterpriseId]);
  const notes: ReactNode[] = [];

  if (validation.kind === 'checksum_warning' && override) {
    notes.push(
      <Alert
        key="override"
        type="info"
        showIcon
        title={
          <Space wrap>
            {t('form.overrideRecorded')}
            {isOverrideSaved ? null : <Typography.Text type="warning">（{t('form.overridePending')}）</Typography.Text>}
          </Space>
        }
        description={t('form.overrideDetail', { reason: override.reason, by: override.by, at: formatInstant(override.at) })}
        action={isEditable ? <Button size="small" onClick={onWithdraw}>{t('form.overrideWithdraw')}</Button> : undefined}
      />,
    );
  } else if (validation.kind === 'checksum_warning') {
    notes.push(
      <Alert
        key="checksum"
        type="warning"
        showIcon
        role="alert"
        title={t('form.checksumTitle')}
        description={
          <>
            {validation.warnings.map((w) => <div key={w.code}>{w[lang]}</div>)}
            <Typography.Text type="secondary">{t('form.checksumHint')}</Typography.Text>
          </>
        }
        action={isEditable ? <Button size="small" danger onClick={onOverride}>{t('form.override')}</Button> : undefined}
      />,
    );
  }
  if (twin) notes.push(<Alert key="twin" type="warning" showIcon title={t('form.duplicate', { name: twin.name })} />);
  return notes.length > 0 ? <Space orientation="vertical" style={{ width: '100%', marginTop: 8 }}>{notes}</Space> : null;
}
