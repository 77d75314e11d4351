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
