import { Descriptions, Select, Space, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_KEYS, FIELD_LABELS, REQUIRED_FIELDS, type FieldKey } from '../../../shared/import/fields';
import type { ColumnMapping } from '../../../shared/import/header';
import { columnLetter } from '../../../shared/import/sheet';
import type { EvaluationType } from '../../../shared/model';
import { IMPORT_NS } from './messages';
import type { SheetInfo } from './protocol';

type Props = {
  readonly info: SheetInfo;
  readonly mapping: ColumnMapping;
  readonly onMapping: (mapping: ColumnMapping) => void;
  readonly evaluationTypes: readonly EvaluationType[];
  readonly evaluationType: EvaluationType;
  readonly onEvaluationType: (type: EvaluationType) => void;
};

const NONE = 0;

export function MappingStep({ info, mapping, onMapping, evaluationTypes, evaluationType, onEvaluationType }: Props): ReactNode {
  const { t, i18n } = useTranslation(IMPORT_NS);
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const columns = info.headers.map((header, i) => ({ value: i + 1, label: `${columnLetter(i + 1)} · ${header || '—'}` }));
  const options = [{ value: NONE, label: t('mapping.notImported') }, ...columns];
  const sampleOf = (field: FieldKey): string => {
    const col = mapping[field];
    return col === undefined ? '' : info.sample.map((row) => row[col - 1] ?? '').filter(Boolean).join(' / ');
  };
  const setField = (field: FieldKey, col: number): void => {
    const next: Partial<Record<FieldKey, number>> = { ...mapping };
    if (col === NONE) delete next[field];
    else next[field] = col;
    onMapping(next);
  };
  const where = [
    t('mapping.fileInfo', { file: info.fileName }),
    info.sheetName ? t('mapping.sheet', { sheet: info.sheetName }) : '',
    info.encoding ? t('mapping.encoding', { encoding: info.encoding }) : '',
    t('mapping.headerRow', { row: info.headerRow, count: info.dataRows }),
  ].filter(Boolean);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{where.join(' · ')}</Typography.Text>
      <Table
        size="small"
        pagination={false}
        rowKey="field"
        dataSource={FIELD_KEYS.map((field) => ({ field }))}
        columns={[
          {
            key: 'field', title: t('mapping.field'), width: 200,
            render: (_, { field }) => (
              <Space>
                {lang === 'en' ? FIELD_LABELS[field].en : FIELD_LABELS[field].zh}
                {REQUIRED_FIELDS.includes(field) ? <Tag color="red">{t('mapping.required')}</Tag> : null}
              </Space>
            ),
          },
          {
            key: 'column', title: t('mapping.column'), width: 280,
            render: (_, { field }) => (
              <Select
                aria-label={FIELD_LABELS[field].zh}
                style={{ width: 260 }}
                value={mapping[field] ?? NONE}
                options={options}
                onChange={(col: number) => setField(field, col)}
              />
            ),
          },
          { key: 'sample', title: t('mapping.sample'), ellipsis: true, render: (_, { field }) => sampleOf(field) },
        ]}
      />
      <Descriptions size="small" column={1} items={[{
        key: 'type', label: t('mapping.evaluationType'),
        children: (
          <Select
            aria-label={t('mapping.evaluationType')}
            style={{ width: 200 }}
            value={evaluationType}
            onChange={onEvaluationType}
            options={evaluationTypes.map((type) => ({ value: type, label: i18n.t(`batch.evaluationType.${type}`, { ns: 'translation' }) }))}
          />
        ),
      }]} />
    </Space>
  );
}
