import { defineMessages } from '../../i18n';

export const OVERVIEW = defineMessages(
  'batch-overview',
  {
    noGrades: '尚无已评定级别的档案',
    noGradesHint: '初评等级批准后，这里显示各级别的档案数量',
  },
  {
    noGrades: 'No dossier has a grade yet',
    noGradesHint: 'Once initial grades are approved, the number of dossiers per grade shows here',
  },
);
