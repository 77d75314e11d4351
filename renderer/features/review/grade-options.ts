// Grade labels a supervisor may pick on a scale: each base grade, then with each modifier and each
// badge (AAA, AAA+, AAA-, AAA★ …), best first; the data layer parses and normalises the choice.
import type { GradeScale } from '../../../shared/grade-scale';
import { compareGrades } from '../../../shared/lifecycle/certificate-state';

export function gradeLabels(scale: GradeScale): string[] {
  return scale.grades.flatMap((g) => [g.name, ...scale.modifiers.map((m) => `${g.name}${m.symbol}`), ...scale.badges.map((b) => `${g.name}${b.symbol}`)]);
}

/** Labels strictly below `current` (for a downgrade). */
export function gradesBelow(scale: GradeScale, current: string): string[] {
  return gradeLabels(scale).filter((label) => compareGrades(scale, label, current) > 0);
}
