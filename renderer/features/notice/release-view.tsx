import { Alert, Descriptions, Modal, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeRelease } from '../../../shared/lifecycle/types';
import { NOTICE } from './messages';

type Line = { readonly key: string; readonly number: number; readonly name: string; readonly grade: string; readonly creditCode?: string; readonly certificateNumber?: string };

/** A release as published: its period, its corrections and the result table it printed. */
export function ReleaseView({ release, onClose }: { readonly release: NoticeRelease; readonly onClose: () => void }): ReactNode {
  const { t } = useTranslation(NOTICE);
  const { t: g } = useTranslation();
  const { snapshot } = release;
  const kind = t(`releases.kind.${release.kind}`);
  const hasCertificates = snapshot.results.some((s) => s.rows.some((r) => r.certificateNumber));
  return (
    <Modal open width={760} title={t('releases.viewTitle', { kind, revision: release.revision, date: release.issuedOn })} footer={null} onCancel={onClose} destroyOnHidden>
      <Descriptions
        size="small"
        column={2}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'batch', label: g('batch.title'), children: `${snapshot.association.name} ${snapshot.batchTitle}` },
          { key: 'period', label: t('period.title'), children: t('period.range', { start: snapshot.noticePeriod.start, end: snapshot.noticePeriod.end }) },
        ]}
      />
      {snapshot.objections ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('releases.objections', snapshot.objections)} /> : null}
      {release.corrections.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('releases.correctionsTitle')}
          description={<ul className="xp-blockers">{release.corrections.map((c) => <li key={c.dossierId}>{t('corrections.item', { name: c.name, from: c.publishedGrade, to: c.newGrade ?? t('corrections.unlisted') })}</li>)}</ul>}
        />
      ) : null}
      {snapshot.results.map((section) => {
        const lines: Line[] = section.rows.map((r, i) => ({ key: `${i}-${r.name}`, number: i + 1, ...r }));
        return (
          <Table<Line>
            key={section.evaluationType}
            size="small"
            bordered
            pagination={false}
            style={{ marginBottom: 16 }}
            title={() => <Typography.Text strong>{t('releases.section', { type: g(`batch.evaluationType.${section.evaluationType}`), count: lines.length })}</Typography.Text>}
            dataSource={lines}
            columns={[
              { key: 'number', title: t('listing.number'), width: 64, render: (_, l) => l.number },
              { key: 'name', title: t('listing.enterprise'), render: (_, l) => l.name },
              { key: 'grade', title: t('listing.grade'), width: 100, render: (_, l) => l.grade },
              ...(hasCertificates ? [{ key: 'cert', title: t('certificates.number'), width: 180, render: (_: unknown, l: Line) => <span className="xp-num">{l.certificateNumber ?? ''}</span> }] : []),
            ]}
          />
        );
      })}
    </Modal>
  );
}
