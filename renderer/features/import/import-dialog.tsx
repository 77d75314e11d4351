import { Alert, Button, Modal, Space, Spin, Steps, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { checkMapping } from '../../../shared/import/header';
import type { Batch, EvaluationType } from '../../../shared/model';
import { useSession } from '../session/session';
import { FileStep } from './file-step';
import { MappingStep } from './mapping-step';
import { IMPORT_NS } from './messages';
import { PreviewStep } from './preview-step';
import { ProgressStep } from './progress-step';
import { ResultStep } from './result-step';
import { useImport, type ImportStep } from './use-import';

const STEPS: readonly ImportStep[] = ['file', 'mapping', 'preview', 'importing', 'result'];

export function ImportDialog({ batch, onClose }: { readonly batch: Batch; readonly onClose: () => void }): ReactNode {
  const { t, i18n } = useTranslation(IMPORT_NS);
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const session = useSession();
  const [state, actions] = useImport(batch.id);
  const [evaluationType, setEvaluationType] = useState<EvaluationType>(batch.evaluationTypes[0] ?? 'enterprise');
  const { mapping, accepted, reason } = state;

  const mappingProblems = state.info ? checkMapping(mapping, state.info.headers) : [];
  const toImport = (state.preview?.summary.new ?? 0) + accepted.length;
  const isReasonMissing = accepted.length > 0 && reason.trim() === '';
  const isWorking = state.step === 'importing';
  const report = <Button key="report" onClick={() => void actions.downloadReport()}>{t('actions.report')}</Button>;
  const footers: Record<ImportStep, ReactNode[]> = {
    file: [<Button key="close" onClick={onClose}>{t('actions.close')}</Button>],
    mapping: [
      <Button key="back" onClick={actions.reset}>{t('actions.again')}</Button>,
      <Button key="next" type="primary" disabled={mappingProblems.length > 0} loading={state.busy?.phase === 'checking'} onClick={() => void actions.checkRows(mapping)}>{t('actions.next')}</Button>,
    ],
    preview: [
      report,
      <Button key="back" onClick={() => actions.goTo('mapping')}>{t('actions.back')}</Button>,
      <Button key="start" type="primary" disabled={toImport === 0 || isReasonMissing}
        onClick={() => void actions.commit(evaluationType, accepted.map((row) => ({ row, reason })), { actor: session.actor, role: session.role })}>
        {t('actions.start', { count: toImport })}
      </Button>,
    ],
    importing: [],
    result: [
      ...(state.outcome === 'cancelled' ? [] : [report]),
      <Button key="again" onClick={actions.reset}>{t('actions.again')}</Button>,
      <Button key="finish" type="primary" onClick={onClose}>{t('actions.finish')}</Button>,
    ],
  };

  return (
    <Modal open title={t('title')} width={980} onCancel={isWorking ? undefined : onClose} closable={!isWorking} mask={{ closable: false }} keyboard={!isWorking} footer={footers[state.step]} destroyOnHidden
      // The body scrolls, so the step's buttons stay in view on a laptop screen.
      styles={{ body: { maxHeight: 'calc(100vh - 260px)', overflowY: 'auto', overflowX: 'hidden' } }}>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Steps size="small" current={STEPS.indexOf(state.step)} items={STEPS.map((step) => ({ key: step, title: t(`steps.${step}`) }))} />
        {state.error ? <Alert type="error" showIcon role="alert" title={state.error[lang]} /> : null}
        {state.savedReport ? <Typography.Text type="success">{t('reportSaved', { path: state.savedReport })}</Typography.Text> : null}
        {state.step === 'file' ? <FileStep state={state} onFile={(file) => void actions.chooseFile(file)} onCancel={actions.cancel} /> : null}
        {state.step === 'mapping' && state.info ? (
          <Spin spinning={state.busy?.phase === 'checking'} description={t('mapping.checking')}>
            <MappingStep info={state.info} mapping={mapping} onMapping={actions.setMapping} evaluationTypes={batch.evaluationTypes} evaluationType={evaluationType} onEvaluationType={setEvaluationType} />
            {mappingProblems.map((p) => <Typography.Paragraph key={p.zh} type="danger" style={{ marginTop: 8 }}>{p[lang]}</Typography.Paragraph>)}
          </Spin>
        ) : null}
        {state.step === 'preview' && state.preview ? <PreviewStep preview={state.preview} selected={accepted} onSelected={actions.setAccepted} reason={reason} onReason={actions.setReason} /> : null}
        {state.step === 'importing' ? <ProgressStep busy={state.busy} onCancel={actions.cancel} isCancelling={state.isCancelling} /> : null}
        {state.step === 'result' && state.outcome ? <ResultStep outcome={state.outcome} /> : null}
      </Space>
    </Modal>
  );
}
