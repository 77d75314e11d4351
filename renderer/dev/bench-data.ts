import { completeCreditCode, creditCodeCheckChar } from '../../shared/credit-code';
import { gradeForScoreOnly, type GradeScale } from '../../shared/grade-scale';
import type { Batch, Dossier, DossierState, Enterprise } from '../../shared/model';
import { newBatch } from '../../shared/resources';
import { toDossierRow, type DossierRow } from '../db/rows';

// Made-up but realistic bench data: a batch of N enterprises with valid GB 32100-2015 codes,
// Chinese names, regions and industries, spread over the workflow like a real batch mid-way.

export const BENCH_BATCH_ID = 'bench-100k';

type Place = { readonly region: string; readonly division: string; readonly short: string };

const PLACES: readonly Place[] = [
  { region: '北京市', division: '110108', short: '北京' },
  { region: '上海市', division: '310115', short: '上海' },
  { region: '天津市', division: '120116', short: '天津' },
  { region: '重庆市', division: '500112', short: '重庆' },
  { region: '广东省广州市', division: '440106', short: '广州' },
  { region: '广东省深圳市', division: '440305', short: '深圳' },
  { region: '广东省东莞市', division: '441900', short: '东莞' },
  { region: '浙江省杭州市', division: '330106', short: '杭州' },
  { region: '浙江省宁波市', division: '330212', short: '宁波' },
  { region: '江苏省南京市', division: '320105', short: '南京' },
  { region: '江苏省苏州市', division: '320505', short: '苏州' },
  { region: '山东省济南市', division: '370102', short: '济南' },
  { region: '山东省青岛市', division: '370212', short: '青岛' },
  { region: '河北省石家庄市', division: '130102', short: '石家庄' },
  { region: '河南省郑州市', division: '410105', short: '郑州' },
  { region: '湖北省武汉市', division: '420106', short: '武汉' },
  { region: '湖南省长沙市', division: '430104', short: '长沙' },
  { region: '四川省成都市', division: '510107', short: '成都' },
  { region: '福建省厦门市', division: '350203', short: '厦门' },
  { region: '安徽省合肥市', division: '340104', short: '合肥' },
  { region: '辽宁省沈阳市', division: '210102', short: '沈阳' },
  { region: '陕西省西安市', division: '610113', short: '西安' },
];

const WORDS = ['华', '中', '泰', '恒', '瑞', '鑫', '宏', '达', '昌', '盛', '联', '信', '安', '康', '科', '创', '博', '远', '永', '嘉', '新', '海', '德', '润', '明', '辰', '凯', '汇', '宇', '洁'];
const TRADES: readonly (readonly [string, string])[] = [
  ['环保设备', '空气净化器、净水'],
  ['电器', '家用电器'],
  ['检测技术', '检验检测'],
  ['新材料', '新材料'],
  ['仪器仪表', '仪器仪表'],
  ['建材', '建筑材料'],
  ['食品', '食品'],
  ['化工', '化工'],
  ['纺织', '纺织服装'],
  ['机械制造', '机械设备'],
  ['电子科技', '电子信息'],
  ['医疗器械', '医疗器械'],
];
const FORMS = ['有限公司', '有限公司', '有限公司', '股份有限公司', '集团有限公司'];
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const REVIEWERS = Array.from({ length: 40 }, (_, i) => `评审员${String(i + 1).padStart(2, '0')}`);

// Where a batch stands mid-way: most dossiers are being scored or graded, few are archived.
const STATE_SHARES: readonly (readonly [DossierState, number])[] = [
  ['applied', 0.08],
  ['returned', 0.03],
  ['screened', 0.1],
  ['scoring', 0.24],
  ['initial_grade', 0.16],
  ['notice', 0.17],
  ['objection', 0.02],
  ['final', 0.15],
  ['archived', 0.05],
];
const SCORED: ReadonlySet<DossierState> = new Set(['initial_grade', 'notice', 'objection', 'final', 'archived']);

/** Deterministic pseudo-random numbers in [0, 1), so every bench run seeds the same batch. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export function benchBatch(count: number): Batch {
  return newBatch({
    id: BENCH_BATCH_ID,
    title: `性能测试批（${count.toLocaleString('zh-CN')} 家）`,
    year: 2026,
    note: '性能测试数据：企业名称与统一社会信用代码均为虚构。Bench data: names and codes are made up.',
    createdAt: '2026-01-05T00:00:00.000Z',
  });
}

export type BenchRecords = { readonly enterprises: Enterprise[]; readonly rows: DossierRow[] };

/** Enterprises and dossier rows `from` .. `from + count - 1` of the bench batch. */
export function benchRecords(from: number, count: number, scale: GradeScale): BenchRecords {
  const enterprises: Enterprise[] = [];
  const rows: DossierRow[] = [];
  for (let i = from; i < from + count; i++) {
    const rand = prng(i * 7919 + 17);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] ?? list[0]!;
    const place = pick(PLACES);
    const [trade, industry] = pick(TRADES);
    const name = `${place.short}${pick(WORDS)}${pick(WORDS)}${trade}${FORMS[i % FORMS.length]}`;
    const org = Array.from({ length: 8 }, () => pick(CODE_CHARS.split(''))).join('');
    const id = `bench-${String(i).padStart(6, '0')}`;
    const enterprise: Enterprise = {
      id: `${id}-e`,
      name: i % 997 === 0 ? `${name}（第${i}号）` : name,
      isSampleCode: true,
      region: place.region,
      industry,
      // About one in 400 was accepted over a checksum warning (a legacy pilot code).
      ...(i % 400 === 3 ? overriddenCode(`91${place.division}${org}`) : { creditCode: completeCreditCode(`91${place.division}${org}`) }),
    };
    enterprises.push(enterprise);
    rows.push(toDossierRow(benchDossier(id, enterprise.id, rand, scale), enterprise));
  }
  return { enterprises, rows };
}

function overriddenCode(prefix16: string): Pick<Enterprise, 'creditCode' | 'creditCodeOverride'> {
  const valid = completeCreditCode(prefix16);
  const wrong = CODE_CHARS.charAt((CODE_CHARS.indexOf(creditCodeCheckChar(valid.slice(0, 17))) + 1) % CODE_CHARS.length);
  return {
    creditCode: valid.slice(0, 17) + wrong,
    creditCodeOverride: { reason: '试点期赋码，校验位与现行算法不符，经核对营业执照原件', by: '工作人员', at: '2026-01-06T09:00:00.000Z' },
  };
}

function benchDossier(id: string, enterpriseId: string, rand: () => number, scale: GradeScale): Dossier {
  let roll = rand();
  const state = STATE_SHARES.find(([, share]) => (roll -= share) < 0)?.[0] ?? 'scoring';
  const reviewerIds = state === 'applied' || state === 'returned' ? [] : [REVIEWERS[Math.floor(rand() * 20) * 2]!, REVIEWERS[Math.floor(rand() * 20) * 2 + 1]!];
  const day = 1 + Math.floor(rand() * 28);
  const base: Dossier = {
    id,
    batchId: BENCH_BATCH_ID,
    enterpriseId,
    evaluationType: 'enterprise',
    state,
    reviewerIds,
    updatedAt: `2026-02-${String(day).padStart(2, '0')}T08:00:00.000Z`,
  };
  if (!SCORED.has(state)) return base;
  // Scores cluster in the 70s–90s, one decimal, as consolidated sheets do.
  const score = Math.round(Math.min(100, Math.max(35, 82 + (rand() + rand() + rand() - 1.5) * 26)) * 10) / 10;
  const grade = gradeForScoreOnly(scale, score);
  const flourish = rand();
  const label = grade === 'AAA' ? (flourish < 0.05 ? 'AAA★' : grade) : flourish < 0.15 ? `${grade}+` : grade;
  return { ...base, score, grade: label };
}
