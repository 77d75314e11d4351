import { AppstoreOutlined, DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Empty, Form, Input, Modal, Popconfirm, Popover, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OPERATIONS, type Operation } from '../../../shared/operations';
import { db, write } from '../../db';
import type { SavedView } from '../../db/rows';
import { useSession } from '../session/session';
import { DOSSIERS } from './messages';
import { parseView, viewToJson, type TableView } from './table-query';

// Removing a view is part of managing one's own views: any role, like saving.
const DELETE_VIEW = { zh: '删除视图', en: 'Delete view' } as const satisfies Operation;
const NAME_LIMIT = 40;

// write() has already told the shell, which shows the failure; nothing more to do here.
const shownByShell = (): undefined => undefined;

type Props = {
  readonly batchId: string;
  readonly view: TableView;
  readonly appliedId: string | undefined;
  readonly onApply: (view: TableView, id: string) => void;
};

/** The batch's saved views: apply, delete, save the current one. Memoised: scrolling leaves it be. */
export const SavedViews = memo(function SavedViews({ batchId, view, appliedId, onApply }: Props): ReactNode {
  const { t } = useTranslation(DOSSIERS);
  const { message } = App.useApp();
  const session = useSession();
  const [isOpen, setIsOpen] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const views = useLiveQuery(() => db.savedViews.where('batchId').equals(batchId).sortBy('name'), [batchId]) ?? [];
  const applied = views.find((v) => v.id === appliedId);

  const apply = (saved: SavedView): void => {
    const parsed = parseView(saved.state);
    if (parsed === null) {
      void message.error(t('viewUnreadable', { name: saved.name }));
      return;
    }
    onApply(parsed, saved.id);
    setIsOpen(false);
  };
  const remove = async (saved: SavedView): Promise<void> => {
    await write(db, session, DELETE_VIEW, (scope) => scope.remove('savedViews', saved.id), { tables: ['savedViews'] });
    void message.success(t('viewDeleted', { name: saved.name }));
  };

  const list = (
    <div className="xp-dt-views">
      {views.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noViews')} /> : null}
      <ul aria-label={t('views')}>
        {views.map((saved) => (
          <li key={saved.id} className={saved.id === appliedId ? 'is-applied' : ''}>
            <Button type="text" className="xp-dt-view-name" aria-label={t('viewApply', { name: saved.name })} onClick={() => apply(saved)}>
              {saved.name}
            </Button>
            <Popconfirm title={t('viewDeleteConfirm', { name: saved.name })} okText={t('delete')} cancelText={t('cancel')} okButtonProps={{ danger: true }} onConfirm={() => remove(saved).catch(shownByShell)}>
              <Button type="text" size="small" icon={<DeleteOutlined />} aria-label={t('viewDelete', { name: saved.name })} />
            </Popconfirm>
          </li>
        ))}
      </ul>
      <Button block icon={<SaveOutlined />} onClick={() => { setIsOpen(false); setIsSaving(true); }}>
        {t('viewSave')}
      </Button>
    </div>
  );
  return (
    <>
      <Popover content={list} title={t('views')} trigger="click" placement="bottomRight" open={isOpen} onOpenChange={setIsOpen}>
        <Button icon={<AppstoreOutlined />} aria-label={applied ? t('viewsApplied', { name: applied.name }) : t('views')}>
          {t('views')}
          {applied ? <Typography.Text className="xp-dt-applied">· {applied.name}</Typography.Text> : null}
        </Button>
      </Popover>
      {isSaving ? <SaveViewModal batchId={batchId} view={view} views={views} onClose={() => setIsSaving(false)} onSaved={(id) => onApply(view, id)} /> : null}
    </>
  );
});

type SaveProps = {
  readonly batchId: string;
  readonly view: TableView;
  readonly views: readonly SavedView[];
  readonly onClose: () => void;
  readonly onSaved: (id: string) => void;
};

function SaveViewModal({ batchId, view, views, onClose, onSaved }: SaveProps): ReactNode {
  const { t } = useTranslation(DOSSIERS);
  const { message } = App.useApp();
  const session = useSession();
  const [form] = Form.useForm<{ name: string }>();
  const name = Form.useWatch('name', form)?.trim() ?? '';
  const same = views.find((v) => v.name === name);
  const save = async ({ name: typed }: { name: string }): Promise<void> => {
    const trimmed = typed.trim();
    // A view of the same name in this batch is replaced, keeping its id.
    const id = views.find((v) => v.name === trimmed)?.id ?? crypto.randomUUID();
    const row: SavedView = { id, batchId, name: trimmed, state: viewToJson(view), updatedAt: new Date().toISOString() };
    await write(db, session, OPERATIONS.saveView, (scope) => scope.put('savedViews', row), { tables: ['savedViews'] });
    void message.success(t('viewSaved', { name: trimmed }));
    onSaved(id);
    onClose();
  };
  return (
    <Modal open title={t('viewSaveTitle')} okText={t('save')} cancelText={t('cancel')} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('viewSaves')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => save(values).catch(shownByShell)}>
        <Form.Item
          name="name"
          label={t('viewName')}
          extra={same ? t('viewOverwrite') : undefined}
          rules={[
            { required: true, whitespace: true, message: t('viewNameRequired') },
            { max: NAME_LIMIT, message: t('viewNameTooLong') },
          ]}
        >
          <Input autoFocus maxLength={NAME_LIMIT + 10} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
