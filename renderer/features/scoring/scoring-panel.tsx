import { Alert, Empty, Select, Space, Spin, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Batch, ScoreSheet } from '../../../shared/model';
import { isAllowed, OPERATIONS } from '../../../shared/operations';
import { chooseDraft, newScoreSheet, scoreSheetId } from '../../../shared/score-sheet';
import { db } from '../../db';
import { useSession, type Session } from '../session/session';
import type { EvidenceOption } from './indicator-card';
import { SCORING } from './messages';
import { readJournal } from './score-journal';
import { findSheet } from './score-sheet-writes';
import { EditableSheet, ReadOnlySheet, type SheetCommon } from './score-sheet-form';
import { useScoringResources } from './use-scoring-resources';
import './scoring.css';

/** Which sheets this role may see, and which one it sees first. */
function sheetChoices(session: Session, own: ScoreSheet | null, all: readonly ScoreSheet[]): { options: string[]; first: string | undefined } {
  const canScore = isAllowed(session.role, OPERATIONS.saveScoreDraft);
  // Reviewers score independently: they never see a colleague's sheet.
  const others = session.role === 'reviewer' ? [] : all.filter((s) => s.reviewerId !== session.actor);
  const options = [...(canScore ? [session.actor] : []), ...others.map((s) => s.reviewerId)];
  const submitted = others.find((s) => s.status === 'submitted');
  const first = session.role === 'reviewer' || own ? session.actor : (submitted?.reviewerId ?? others[0]?.reviewerId ?? (canScore ? session.actor : undefined));
  return { options, first };
}

function OwnSheet({ own, dossierId, hash, ...common }: { own: ScoreSheet | null; dossierId: string; hash: string } & SheetCommon): ReactNode {
  const session = useSession();
  const [initial] = useState(() => {
    const fresh = newScoreSheet(dossierId, session.actor, hash, new Date());
    return chooseDraft(own, readJournal(localStorage, scoreSheetId(dossierId, session.actor)), fresh);
  });
  return <EditableSheet {...common} initial={initial} />;
}

type PanelProps = { readonly batch: Batch; readonly dossierId: string };

/**
 * Keyed by dossier and actor: useLiveQuery keeps its last result when its deps change, and a sheet
 * of the previous dossier or person must never seed this one's editor (it would be saved over it).
 */
export function ScoringPanel(props: PanelProps): ReactNode {
  const { actor } = useSession();
  return <ScoringPanelFor key={`${props.dossierId}\n${actor}`} {...props} />;
}

function ScoringPanelFor({ batch, dossierId }: PanelProps): ReactNode {
  const { t, i18n } = useTranslation(SCORING);
  const session = useSession();
  const resources = useScoringResources(batch);
  const own = useLiveQuery(() => findSheet(db, dossierId, session.actor), [dossierId, session.actor]);
  const all = useLiveQuery(() => db.scoreSheets.where('dossierId').equals(dossierId).toArray(), [dossierId]);
  const attachments = useLiveQuery(() => db.attachments.where('dossierId').equals(dossierId).sortBy('addedAt'), [dossierId]);
  const [picked, setPicked] = useState<string | undefined>();
  const evidenceOptions = useMemo((): EvidenceOption[] => (attachments ?? []).map((a) => ({ value: a.id, label: a.name })), [attachments]);

  if (resources.kind === 'failed') return <Alert type="error" showIcon title={resources.message} />;
  const isOwnCurrent = own === null || (own !== undefined && own.dossierId === dossierId && own.reviewerId === session.actor);
  if (resources.kind === 'loading' || !isOwnCurrent || all === undefined || attachments === undefined) return <Spin />;
  const { list, scale, hash } = resources;
  const { options, first } = sheetChoices(session, own, all);
  const selected = picked !== undefined && options.includes(picked) ? picked : first;
  const common = { list, scale, evidenceOptions };
  const byReviewer = new Map(all.map((s) => [s.reviewerId, s]));
  const optionLabel = (reviewer: string): ReactNode => {
    const status = byReviewer.get(reviewer)?.status;
    return (
      <Space size={4}>
        {reviewer === session.actor ? t('mySheet', { reviewer }) : t('sheetOf', { reviewer })}
        {status ? <Tag color={status === 'submitted' ? 'green' : 'default'}>{status === 'submitted' ? t('statusSubmitted') : t('statusDraft')}</Tag> : null}
      </Space>
    );
  };

  const body = ((): ReactNode => {
    if (selected === undefined) return <Empty description={<>{t('noSheets')}<br />{t('staffCannotScore')}</>} />;
    if (selected !== session.actor) {
      const sheet = byReviewer.get(selected);
      return sheet ? <ReadOnlySheet key={sheet.id} {...common} sheet={sheet} note={sheet.status === 'submitted' ? undefined : t('readOnlyOther', { reviewer: selected })} /> : null;
    }
    if (own?.status === 'submitted') return <ReadOnlySheet key={`${own.id}:locked`} {...common} sheet={own} />;
    return <OwnSheet key={`${scoreSheetId(dossierId, session.actor)}:edit`} {...common} own={own} dossierId={dossierId} hash={hash} />;
  })();

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div className="xp-scoring-bar">
        <Typography.Text type="secondary">{t('checklist', { name: (i18n.language === 'en' ? list.nameEn : undefined) ?? list.name, version: list.version })}</Typography.Text>
        {options.length > 1 ? (
          <Select aria-label={t('sheetPicker')} value={selected} onChange={setPicked} style={{ minWidth: 260 }} options={options.map((reviewer) => ({ value: reviewer, label: optionLabel(reviewer) }))} />
        ) : null}
      </div>
      {body}
    </Space>
  );
}
