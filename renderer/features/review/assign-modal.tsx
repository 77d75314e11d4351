import { Alert, Form, Modal, Select, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import type { DossierRow } from '../../db/rows';
import { assignReviewers, listProfiles } from '../../lifecycle';
import { useSession } from '../session/session';
import { REVIEW } from './messages';
import { useModalAction } from './use-modal-action';

// Before profiles are set up the reviewer workstation signs as this name (session.tsx).
const FIRST_RUN_REVIEWER = '评审员甲';

/** Reviewers to offer: reviewer profiles, anyone already assigned in the batch; more can be typed. */
function useReviewerOptions(batchId: string): readonly string[] {
  return (
    useLiveQuery(async () => {
      const [profiles, rows] = await Promise.all([listProfiles(db), db.dossiers.where('batchId').equals(batchId).toArray()]);
      const names = new Set(profiles.filter((p) => p.role === 'reviewer').map((p) => p.id));
      if (profiles.length === 0) names.add(FIRST_RUN_REVIEWER);
      for (const row of rows) for (const r of row.reviewerIds) names.add(r);
      return [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'));
    }, [batchId]) ?? []
  );
}

/** 指派评审员 for one or several dossiers; the list replaces what each had. */
export function AssignModal({ dossiers, onClose }: { readonly dossiers: readonly DossierRow[]; readonly onClose: () => void }): ReactNode {
  const { t } = useTranslation(REVIEW);
  const session = useSession();
  const action = useModalAction();
  const first = dossiers[0];
  const options = useReviewerOptions(first?.batchId ?? '');
  const [reviewers, setReviewers] = useState<string[]>(() => (dossiers.length === 1 && first ? [...first.reviewerIds] : []));
  const submit = async (): Promise<void> => {
    const ids = dossiers.map((d) => d.id);
    const done = await action.run(() => assignReviewers(db, session, { dossierIds: ids, reviewerIds: reviewers }), { success: t('assign.done', { count: ids.length }) });
    if (done) onClose();
  };
  return (
    <Modal open title={t('assign.title')} okText={t('assign.ok')} cancelText={t('assign.cancel')} okButtonProps={{ disabled: reviewers.length === 0 }} confirmLoading={action.isBusy} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph>{dossiers.length === 1 ? t('assign.introOne', { name: first?.enterpriseName }) : t('assign.introMany', { count: dossiers.length })}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('assign.reviewers')} htmlFor="assign-reviewers" extra={t('assign.hint')}>
          <Select
            id="assign-reviewers"
            mode="tags"
            aria-label={t('assign.reviewers')}
            value={reviewers}
            placeholder={t('assign.placeholder')}
            options={options.map((name) => ({ value: name, label: name }))}
            onChange={(values: string[]) => { setReviewers(values); action.clearError(); }}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
      {action.error ? <Alert type="error" showIcon title={action.error} /> : null}
    </Modal>
  );
}
