// Audit actions and tables as people read them. Unknown actions show their code: the log is
// never hidden behind a missing label.
type Label = { readonly zh: string; readonly en: string };

export const ACTION_LABELS: Readonly<Record<string, Label>> = {
  create: { zh: '新建', en: 'Created' },
  update: { zh: '修改', en: 'Updated' },
  delete: { zh: '删除', en: 'Deleted' },
  'batch.import': { zh: '导入申报企业', en: 'Applications imported' },
  'sync.import': { zh: '导入同步数据', en: 'Sync data imported' },
  'dossier.screen.pass': { zh: '初审通过', en: 'Passed first review' },
  'dossier.screen.return': { zh: '初审退回', en: 'Returned at first review' },
  'dossier.resubmit': { zh: '重新申报', en: 'Resubmitted' },
  'dossier.assign': { zh: '指派评审员', en: 'Reviewers assigned' },
  'score.draft': { zh: '保存评分草稿', en: 'Score draft saved' },
  'score.submit': { zh: '提交评分表', en: 'Score sheet submitted' },
  'score.reopen': { zh: '评分表退回重评', en: 'Score sheet reopened' },
  'dossier.score.accept': { zh: '确认汇总得分', en: 'Consolidated score accepted' },
  'dossier.rescore': { zh: '退回重评', en: 'Sent back for rescoring' },
  'dossier.override': { zh: '调整得分或等级', en: 'Score or grade overridden' },
  'dossier.grade.approve': { zh: '批准初评等级', en: 'Initial grade approved' },
  'dossier.exclude': { zh: '不列入公示', en: 'Excluded from the notice' },
  'dossier.reinstate': { zh: '恢复列入公示', en: 'Reinstated to the notice' },
  'dossier.notice': { zh: '进入公示', en: 'Listed in the notice' },
  'batch.notice.start': { zh: '开始公示', en: 'Notice started' },
  'batch.notice.restart': { zh: '重新计算公示期', en: 'Notice period restarted' },
  'notice.release': { zh: '发布公示', en: 'Notice released' },
  'notice.correction.flag': { zh: '标记待更正', en: 'Correction flagged' },
  'notice.correction.withdraw': { zh: '撤销待更正', en: 'Correction withdrawn' },
  'notice.correction.release': { zh: '发布更正公示', en: 'Corrected notice released' },
  'notice.correction.resolve': { zh: '更正已公示', en: 'Correction published' },
  'objection.record': { zh: '登记异议', en: 'Objection recorded' },
  'objection.uphold': { zh: '异议成立', en: 'Objection upheld' },
  'objection.reject': { zh: '异议不成立', en: 'Objection rejected' },
  'certificate.serials.reserve': { zh: '预留证书流水号', en: 'Certificate serials reserved' },
  'certificate.serials.set': { zh: '设置证书流水号', en: 'Certificate serials set' },
  'certificate.serials.range': { zh: '登记流水号段', en: 'Serial range recorded' },
  'certificate.issue': { zh: '编发证书', en: 'Certificate issued' },
  'certificate.downgrade': { zh: '降低信用等级', en: 'Rating downgraded' },
  'certificate.revoke': { zh: '撤销信用等级', en: 'Rating revoked' },
  'dossier.finalise': { zh: '终评', en: 'Finalised' },
  'batch.finalise': { zh: '批次终评', en: 'Batch finalised' },
  'announcement.release': { zh: '发布公告', en: 'Announcement released' },
  'document.store': { zh: '保存文件', en: 'Document stored' },
  'profile.create': { zh: '建立用户', en: 'Profile created' },
  'profile.sign-in': { zh: '登录', en: 'Signed in' },
  'profile.sign-in.failed': { zh: '登录失败（口令错误）', en: 'Sign-in failed (wrong passphrase)' },
  'profile.passphrase.change': { zh: '修改口令', en: 'Passphrase changed' },
  'profile.passphrase.reset': { zh: '重置口令', en: 'Passphrase reset' },
};

export const ENTITY_LABELS: Readonly<Record<string, Label>> = {
  enterprises: { zh: '企业', en: 'Enterprises' },
  batches: { zh: '批次', en: 'Batches' },
  dossiers: { zh: '评价档案', en: 'Dossiers' },
  scoreSheets: { zh: '评分表', en: 'Score sheets' },
  screenings: { zh: '初审记录', en: 'First reviews' },
  assessments: { zh: '评定', en: 'Assessments' },
  objections: { zh: '异议', en: 'Objections' },
  noticeReleases: { zh: '公示与公告', en: 'Releases' },
  noticeCorrections: { zh: '公示更正', en: 'Corrections' },
  certificates: { zh: '证书', en: 'Certificates' },
  certificateCounters: { zh: '证书流水号', en: 'Serial counters' },
  documents: { zh: '文件', en: 'Documents' },
  attachments: { zh: '附件', en: 'Attachments' },
  checklists: { zh: '指标体系', en: 'Checklists' },
  gradeScales: { zh: '等级标准', en: 'Grade scales' },
  settings: { zh: '设置', en: 'Settings' },
  keys: { zh: '签章密钥', en: 'Signing keys' },
  profiles: { zh: '用户', en: 'Profiles' },
};

/** Groups offered in the action filter: a prefix matches every action under it. */
export const ACTION_GROUPS: Readonly<Record<string, Label>> = {
  'dossier.screen': { zh: '初审', en: 'First review' },
  score: { zh: '评分', en: 'Scoring' },
  dossier: { zh: '档案（全部）', en: 'Dossiers (all)' },
  notice: { zh: '公示', en: 'Notice' },
  objection: { zh: '异议', en: 'Objections' },
  certificate: { zh: '证书', en: 'Certificates' },
  profile: { zh: '用户与登录', en: 'Profiles and sign-in' },
};

export function labelOf(table: Readonly<Record<string, Label>>, key: string, lang: 'zh' | 'en'): string {
  return table[key]?.[lang] ?? key;
}
