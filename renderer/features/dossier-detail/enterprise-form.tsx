import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Card, Form, Input, Space } from 'antd';
import { useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import { Controller, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyCreditCodeOverride, validateCreditCode } from '../../../shared/credit-code';
import type { CreditCodeOverride, Enterprise } from '../../../shared/model';
import { isAllowed, OPERATIONS } from '../../../shared/operations';
import { db } from '../../db';
import { putEnterprise } from '../../db/records';
import { write } from '../../db/write';
import { useSession } from '../session/session';
import { CreditCodeNotes } from './credit-code-notes';
import { enterpriseFormSchema, enterpriseFromForm, formValues, type EnterpriseFormInput, type EnterpriseFormOutput } from './enterprise-schema';
import { DOSSIER_DETAIL } from './messages';
import { OverrideModal } from './override-modal';

const FORM_STYLE: CSSProperties = { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', columnGap: 24, maxWidth: 880 };
const CODE_STYLE: CSSProperties = { fontFamily: 'ui-monospace, SFMono-Regular, Consolas, monospace', maxWidth: 360, letterSpacing: 0.5 };

type PendingOverride = { readonly code: string; readonly value: CreditCodeOverride };

const FIELDS: readonly { name: FieldPath<EnterpriseFormInput>; isWide?: boolean }[] = [
  { name: 'name', isWide: true },
  { name: 'creditCode', isWide: true },
  { name: 'region' },
  { name: 'industry' },
  { name: 'contactName' },
  { name: 'contactPhone' },
];

/** 企业信息: validated as typed; saved through putEnterprise so the dossier rows stay in step. */
export function EnterpriseForm({ enterprise }: { enterprise: Enterprise }): ReactNode {
  const { t, i18n } = useTranslation(DOSSIER_DETAIL);
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const session = useSession();
  const schema = useMemo(() => enterpriseFormSchema(lang), [lang]);
  const { control, handleSubmit, setError, reset, formState } = useForm<EnterpriseFormInput, unknown, EnterpriseFormOutput>({
    resolver: zodResolver(schema),
    mode: 'onChange',
    values: formValues(enterprise),
    resetOptions: { keepDirtyValues: true },
  });
  const [override, setOverride] = useState<PendingOverride | null>(enterprise.creditCodeOverride ? { code: enterprise.creditCode, value: enterprise.creditCodeOverride } : null);
  const [isAsking, setIsAsking] = useState(false);
  const canEdit = isAllowed(session.role, OPERATIONS.editEnterprise);
  const typed = useWatch({ control, name: 'creditCode' });
  const validation = validateCreditCode(typed);
  const current = override && validation.kind !== 'malformed' && override.code === validation.code ? override.value : null;
  const isOverrideChanged = (current?.at ?? null) !== (enterprise.creditCodeOverride?.at ?? null);
  const normalisedHint = validation.kind !== 'malformed' && typed !== validation.code ? t('form.normalised', { code: validation.code }) : undefined;

  const save = handleSubmit(async (values) => {
    const check = validateCreditCode(values.creditCode);
    let accepted: CreditCodeOverride | undefined;
    if (check.kind === 'checksum_warning') {
      const result = current ? applyCreditCodeOverride(check, current) : null;
      if (!result?.ok) {
        setError('creditCode', { type: 'checksum', message: result ? result.error[lang] : t('form.overrideRequired') }, { shouldFocus: true });
        return;
      }
      accepted = result.value.override;
    }
    const next = enterpriseFromForm(enterprise, values, accepted);
    try {
      await write(db, session, OPERATIONS.editEnterprise, (scope) => putEnterprise(scope, next), { tables: ['enterprises', 'dossiers'] });
    } catch {
      return; // the shell shows the failed write
    }
    reset(formValues(next));
    void message.success(t('form.saved'));
  });

  return (
    <Card size="small">
      {canEdit ? null : <Alert type="info" showIcon title={t('form.readOnly', { role: i18n.t(`roles.${session.role}`) })} style={{ marginBottom: 16 }} />}
      <Form layout="vertical" component="div" disabled={!canEdit} style={FORM_STYLE}>
        {FIELDS.map(({ name, isWide }) => (
          <Controller
            key={name}
            name={name}
            control={control}
            render={({ field, fieldState }) => (
              <div style={isWide ? { gridColumn: '1 / -1' } : undefined}>
                <Form.Item
                  label={t(`form.${name}`)}
                  htmlFor={`enterprise-${name}`}
                  required={name !== 'contactName' && name !== 'contactPhone'}
                  validateStatus={fieldState.error ? 'error' : undefined}
                  help={fieldState.error?.message ?? (name === 'creditCode' ? normalisedHint : undefined)}
                  style={name === 'creditCode' ? { marginBottom: 8 } : undefined}
                >
                  <Input id={`enterprise-${name}`} {...field} maxLength={name === 'creditCode' ? 40 : 100} style={name === 'creditCode' ? CODE_STYLE : undefined} />
                </Form.Item>
                {name === 'creditCode' ? (
                  <div style={{ marginBottom: 24, maxWidth: 640 }}>
                    <CreditCodeNotes
                      enterpriseId={enterprise.id}
                      validation={validation}
                      override={current}
                      isOverrideSaved={current !== null && enterprise.creditCodeOverride?.at === current.at}
                      isEditable={canEdit}
                      onOverride={() => setIsAsking(true)}
                      onWithdraw={() => setOverride(null)}
                    />
                  </div>
                ) : null}
              </div>
            )}
          />
        ))}
      </Form>
      <Space>
        <Button type="primary" icon={<SaveOutlined />} disabled={!canEdit || formState.isSubmitting || !(formState.isDirty || isOverrideChanged)} loading={formState.isSubmitting} onClick={() => void save()}>
          {t('form.save')}
        </Button>
        <Button icon={<UndoOutlined />} disabled={!canEdit || !formState.isDirty} onClick={() => reset(formValues(enterprise))}>
          {t('form.reset')}
        </Button>
      </Space>
      {isAsking && validation.kind === 'checksum_warning' ? (
        <OverrideModal
          code={validation.code}
          warnings={validation.warnings}
          by={session.actor}
          onCancel={() => setIsAsking(false)}
          onConfirm={(value) => {
            setOverride({ code: validation.code, value });
            setIsAsking(false);
          }}
        />
      ) : null}
    </Card>
  );
}
