// What each role may do, as data. The database write path refuses an operation outside the
// actor's role (renderer/db/write.ts), so hiding a button is never the only guard.
import { userError, type UserError } from './errors';
import type { Role } from './model';

export type Operation = {
  readonly zh: string;
  readonly en: string;
  /** Roles allowed to perform it; absent = any role. */
  readonly roles?: readonly Role[];
};

const STAFF: readonly Role[] = ['staff', 'supervisor'];
const SUPERVISOR: readonly Role[] = ['supervisor'];
const REVIEWER: readonly Role[] = ['reviewer', 'supervisor'];

export const OPERATIONS = {
  createBatch: { zh: '新建批次', en: 'Create batch', roles: STAFF },
  editBatch: { zh: '编辑批次', en: 'Edit batch', roles: STAFF },
  importApplications: { zh: '导入申报企业', en: 'Import applications', roles: STAFF },
  editEnterprise: { zh: '编辑企业信息', en: 'Edit enterprise', roles: STAFF },
  addAttachment: { zh: '添加附件', en: 'Add attachment' },
  removeAttachment: { zh: '删除附件', en: 'Remove attachment', roles: STAFF },
  saveScoreDraft: { zh: '保存评分', en: 'Save scores', roles: REVIEWER },
  submitScoreSheet: { zh: '提交评分表', en: 'Submit score sheet', roles: REVIEWER },
  reopenScoreSheet: { zh: '退回重评', en: 'Reopen score sheet', roles: SUPERVISOR },
  saveView: { zh: '保存视图', en: 'Save view' },
  // Evaluation lifecycle (renderer/lifecycle)
  screenDossier: { zh: '初审', en: 'Screen an application', roles: STAFF },
  resubmitDossier: { zh: '登记重新申报', en: 'Record a resubmitted application', roles: STAFF },
  assignReviewers: { zh: '指派评审员', en: 'Assign reviewers', roles: SUPERVISOR },
  acceptScores: { zh: '确认汇总得分', en: 'Accept the consolidated score', roles: SUPERVISOR },
  overrideAssessment: { zh: '调整得分或等级', en: 'Override a score or grade', roles: SUPERVISOR },
  approveGrades: { zh: '批准初评等级', en: 'Approve initial grades', roles: SUPERVISOR },
  excludeDossier: { zh: '不列入公示', en: 'Exclude from the notice', roles: SUPERVISOR },
  startNotice: { zh: '开始公示', en: 'Start the public notice', roles: SUPERVISOR },
  recordObjection: { zh: '登记异议', en: 'Record an objection', roles: STAFF },
  decideObjection: { zh: '处理异议', en: 'Decide an objection', roles: SUPERVISOR },
  issueCorrectedNotice: { zh: '发布更正公示', en: 'Issue a corrected notice', roles: SUPERVISOR },
  finaliseBatch: { zh: '终评并编发证书', en: 'Finalise and number certificates', roles: SUPERVISOR },
  manageCertificateSerials: { zh: '设置证书流水号', en: 'Set certificate serials', roles: SUPERVISOR },
  downgradeCertificate: { zh: '降低信用等级', en: 'Downgrade a rating', roles: SUPERVISOR },
  revokeCertificate: { zh: '撤销信用等级', en: 'Revoke a rating', roles: SUPERVISOR },
  manageSigningKeys: { zh: '管理签名密钥与证书', en: 'Manage signing keys and certificates', roles: SUPERVISOR },
  manageProfiles: { zh: '管理用户与口令', en: 'Manage profiles and passphrases', roles: SUPERVISOR },
  changePassphrase: { zh: '修改本人口令', en: 'Change your passphrase' },
  signIn: { zh: '登录', en: 'Sign in' },
} as const satisfies Record<string, Operation>;

const ROLE_LABELS: Readonly<Record<Role, { zh: string; en: string }>> = {
  reviewer: { zh: '评审员', en: 'reviewer' },
  staff: { zh: '工作人员', en: 'staff' },
  supervisor: { zh: '主管', en: 'supervisor' },
};

export function isAllowed(role: Role, operation: Operation): boolean {
  return operation.roles === undefined || operation.roles.includes(role);
}

/** The refusal a user sees, naming their role, the operation and who may do it. */
export function refusalError(role: Role, operation: Operation): UserError {
  const who = ROLE_LABELS[role];
  const allowed = operation.roles ?? [];
  return userError(
    'role.refused',
    `当前角色“${who.zh}”无权执行“${operation.zh}”，需由${allowed.map((r) => ROLE_LABELS[r].zh).join('或')}操作`,
    `Your role (${who.en}) may not ${operation.en.toLowerCase()}; this needs ${allowed.map((r) => ROLE_LABELS[r].en).join(' or ')}`,
  );
}
