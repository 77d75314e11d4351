import { LockOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Popconfirm, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Checklist } from '../../../shared/checklist';
import type { UserError } from '../../../shared/errors';
import type { ScoreSheet } from '../../../shared/model';
import { isAllowed, OPERATIONS } from '../../../shared/operations';
import { submissionErrors } from '../../../shared/scoring';
import { db } from '../../db';
import { useSession } from '../session/session';
import { formatInstant } from './format-time';
import { SCORING } from './messages';
import { focusInput, scoreInputId } from './score-input';
import { clearJournal } from './score-journal';
import { reopenSheet, submitSheet } from './score-sheet-writes';
import { AutosaveStatus } from './score-summary';
import type { SheetEditor } from './use-sheet-editor';

export const SUBMIT_BUTTON_ID = 'score-submit';

function revealProblem(error: UserError): void {
  const id = error.at?.field ?? '';
  if (focusInput(scoreInputId(id))) return;
  document.querySelector(`[data-indicator="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'center' });
}

/** Submit with its blocking problems listed, and the autosave status. */
type SubmitProps = {
  readonly list: Checklist;
  readonly editor: SheetEditor;
  /** What blocks submission, once the user has tried to submit (live, so the list shrinks as it is fixed). */
  readonly problems: readonly UserError[];
  readonly onAttempt: () => void;
};

export function SubmitPanel({ list, editor, problems, onAttempt }: SubmitProps): ReactNode {
  const { t, i18n } = useTranslation(SCORING);
  const { modal, message } = App.useApp();
  const session = useSession();
  const lang = i18n.language === 'en' ? 'en' : 'zh';

  const submit = (): void => {
    onAttempt();
    if (submissionErrors(list, editor.sheet).length > 0) return;
    modal.confirm({
      title: t('submitConfirmTitle'),
      content: t('submitConfirmBody'),
      okText: t('submitOk'),
      cancelText: t('cancel'),
      onOk: async () => {
        editor.autosave.cancel(); // the submit writes the whole sheet; a late draft save would be refused
        const submitted = await submitSheet(db, session, list, editor.sheet).catch(() => null); // the shell shows write errors
        if (submitted === null) return;
        clearJournal(localStorage, submitted.id);
        void message.success(t('submitted'));
      },
    });
  };

  return (
    <div className="xp-submit">
      <AutosaveStatus store={editor.autosave.status} />
      <Button id={SUBMIT_BUTTON_ID} type="primary" size="large" block icon={<SendOutlined />} onClick={submit}>
        {t('submit')}
      </Button>
      {problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('submitBlocked', { count: problems.length })}
          description={
            <ul className="xp-problems">
              {problems.map((problem, i) => (
                <li key={`${problem.code}-${problem.at?.field ?? i}`}>
                  <Typography.Link onClick={() => revealProblem(problem)}>{problem[lang]}</Typography.Link>
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
    </div>
  );
}

/** A submitted sheet: when, that it is locked, and 退回重评 (refused by the data layer unless supervisor). */
export function LockedPanel({ sheet }: { sheet: ScoreSheet }): ReactNode {
  const { t } = useTranslation(SCORING);
  const { message } = App.useApp();
  const session = useSession();
  const reopen = (): Promise<void> =>
    reopenSheet(db, session, sheet.id).then(
      () => void message.success(t('reopened')),
      () => undefined, // refused or failed: the shell shows the write error
    );
  const button = (
    <Button danger icon={<RollbackOutlined />} onClick={isAllowed(session.role, OPERATIONS.reopenScoreSheet) ? undefined : () => void reopen()}>
      {t('reopen')}
    </Button>
  );
  return (
    <div className="xp-submit">
      <Alert type="success" showIcon icon={<LockOutlined />} title={t('locked', { time: formatInstant(sheet.submittedAt ?? sheet.updatedAt) })} description={t('lockedHint')} />
      {isAllowed(session.role, OPERATIONS.reopenScoreSheet) ? (
        <Popconfirm title={t('reopenConfirm')} okText={t('reopenOk')} cancelText={t('cancel')} onConfirm={reopen}>
          {button}
        </Popconfirm>
      ) : (
        <Tooltip title={t('reopenNeedsSupervisor')}>{button}</Tooltip>
      )}
    </div>
  );
}
