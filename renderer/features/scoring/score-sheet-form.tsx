import { Alert, Card } from 'antd';
import { memo, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Checklist } from '../../../shared/checklist';
import type { GradeScale } from '../../../shared/grade-scale';
import type { ScoreSheet } from '../../../shared/model';
import { sheetOutcome, type DraftChoice } from '../../../shared/score-sheet';
import { submissionErrors } from '../../../shared/scoring';
import { db } from '../../db';
import { useSession } from '../session/session';
import { formatInstant } from './format-time';
import type { EvidenceOption } from './indicator-card';
import { SCORING } from './messages';
import { focusInput, scoreInputId } from './score-input';
import { saveDraft } from './score-sheet-writes';
import { ScoreSummary } from './score-summary';
import { SheetBody } from './sheet-body';
import { LockedPanel, SUBMIT_BUTTON_ID, SubmitPanel } from './submit-panel';
import { useSheetEditor } from './use-sheet-editor';

export type SheetCommon = {
  readonly list: Checklist;
  readonly scale: GradeScale;
  readonly evidenceOptions: readonly EvidenceOption[];
};

/** Enter moves to the next indicator's score (skipping N/A ones); after the last, to Submit. */
function focusAfter(list: Checklist, itemId: string): void {
  const indicators = list.categories.flatMap((c) => c.indicators.map((i) => i.id));
  const adjustments = list.adjustments.map((a) => a.id);
  const chain = indicators.includes(itemId) ? indicators : adjustments;
  for (const id of chain.slice(chain.indexOf(itemId) + 1)) {
    if (focusInput(scoreInputId(id))) return;
  }
  document.getElementById(SUBMIT_BUTTON_ID)?.focus();
}

function Layout({ list, sheet, scale, side, children }: { list: Checklist; sheet: ScoreSheet; scale: GradeScale; side: ReactNode; children: ReactNode }): ReactNode {
  const { t } = useTranslation(SCORING);
  const outcome = useMemo(() => sheetOutcome(list, scale, sheet), [list, scale, sheet]);
  const indicatorIds = list.categories.flatMap((c) => c.indicators.map((i) => i.id));
  const done = indicatorIds.filter((id) => sheet.scores.some((s) => s.indicatorId === id && (s.score !== null || s.isNotApplicable))).length;
  return (
    <div className="xp-scoring">
      <div className="xp-scoring-main">{children}</div>
      <aside className="xp-scoring-side">
        <Card size="small" title={t('result')}>
          <ScoreSummary outcome={outcome} done={done} total={indicatorIds.length} />
          {side}
        </Card>
      </aside>
    </div>
  );
}

/** The reviewer's own draft: keyboard-first, autosaved, submitted from the side panel. */
export const EditableSheet = memo(function EditableSheet({ list, scale, evidenceOptions, initial }: SheetCommon & { initial: DraftChoice }): ReactNode {
  const { t } = useTranslation(SCORING);
  const session = useSession();
  const editor = useSheetEditor(initial, (sheet) => saveDraft(db, session, sheet));
  const [isAttempted, setIsAttempted] = useState(false);
  const problems = isAttempted ? submissionErrors(list, editor.sheet) : [];
  const problemKey = problems.map((p) => p.at?.field ?? '').join('\n');
  const problemIds = useMemo(() => new Set(problemKey.split('\n')), [problemKey]);
  const onNext = useCallback((id: string) => focusAfter(list, id), [list]);

  // Resume where the reviewer stopped: the first indicator without a score.
  useEffect(() => {
    const first = list.categories.flatMap((c) => c.indicators).find((i) => !initial.sheet.scores.some((s) => s.indicatorId === i.id && (s.score !== null || s.isNotApplicable)));
    if (first) focusInput(scoreInputId(first.id));
  }, [list, initial]);

  return (
    <Layout list={list} scale={scale} sheet={editor.sheet} side={<SubmitPanel list={list} editor={editor} problems={problems} onAttempt={() => setIsAttempted(true)} />}>
      <Alert type="info" showIcon title={t('keyboardHint')} className="xp-hint" />
      {initial.isReplayed ? <Alert type="warning" showIcon closable title={t('replayed', { time: formatInstant(initial.sheet.updatedAt) })} className="xp-hint" /> : null}
      <SheetBody
        list={list}
        sheet={editor.sheet}
        seed={initial.sheet}
        isLocked={false}
        evidenceOptions={evidenceOptions}
        problemIds={problemIds}
        onPatch={editor.patch}
        onVeto={editor.toggleVeto}
        onNext={onNext}
      />
    </Layout>
  );
});

const ignore = (): void => undefined;
const NO_PROBLEMS: ReadonlySet<string> = new Set();

/** A submitted sheet, or someone else's: every input disabled. */
export function ReadOnlySheet({ list, scale, evidenceOptions, sheet, note }: SheetCommon & { sheet: ScoreSheet; note?: string }): ReactNode {
  return (
    <Layout list={list} scale={scale} sheet={sheet} side={sheet.status === 'submitted' ? <LockedPanel sheet={sheet} /> : null}>
      {note ? <Alert type="info" showIcon title={note} className="xp-hint" /> : null}
      <SheetBody list={list} sheet={sheet} seed={sheet} isLocked evidenceOptions={evidenceOptions} problemIds={NO_PROBLEMS} onPatch={ignore} onVeto={ignore} onNext={ignore} />
    </Layout>
  );
}
