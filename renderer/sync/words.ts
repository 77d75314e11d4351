// What sync tells people, in sentences (zh / en): summaries, and failures as plain words.
import type { DecisionCounts } from './plan';
import { XinpingError } from '../../shared/errors';

export type Words = { readonly zh: string; readonly en: string };

export function importSummary(from: string, c: DecisionCounts): Words {
  const changed = c.create + c['fast-forward'];
  const zh = [`已导入 ${from} 的数据包：新增 ${c.create} 条、更新 ${c['fast-forward']} 条、未变 ${c.unchanged} 条`];
  const en = [`Imported ${from}'s bundle: ${c.create} new, ${c['fast-forward']} updated, ${c.unchanged} unchanged`];
  if (c['keep-mine'] > 0) {
    zh.push(`${c['keep-mine']} 条本机版本较新，保留本机`);
    en.push(`${c['keep-mine']} kept because the version here is newer`);
  }
  if (c.conflict > 0) {
    zh.push(`${c.conflict} 条两边都有修改，需要您决定保留哪一份`);
    en.push(`${c.conflict} changed on both sides and need your decision`);
  }
  if (changed === 0 && c.conflict === 0) {
    zh.push('本机数据没有变化');
    en.push('nothing here changed');
  }
  return { zh: `${zh.join('；')}。`, en: `${en.join('; ')}.` };
}

/** A failure as the user should read it: the hub's or our own message, else the network's. */
export function describeFailure(cause: unknown): Words {
  if (cause instanceof XinpingError) return { zh: cause.detail.zh, en: cause.detail.en };
  const message = cause instanceof Error ? cause.message : String(cause);
  if (/fetch failed|ECONNREFUSED|ECONNRESET|network|socket|terminated|other side closed|aborted/i.test(message)) {
    return { zh: '无法连接评价中心或连接中断，稍后将自动重试', en: 'could not reach the hub, or the connection dropped; it will be retried automatically' };
  }
  return { zh: `上传失败：${message}`, en: `the upload failed: ${message}` };
}
