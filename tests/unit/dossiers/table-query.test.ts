import { describe, expect, it } from 'vitest';
import { labelsOfGrade, parseView, patchFilters, viewToJson, type TableView } from '../../../renderer/features/dossiers/table-query';
import { nineGradeScale } from '../../../shared/resources';

describe('saved view state', () => {
  const view: TableView = { sort: { field: 'score', dir: 'desc' }, filters: { search: '东莞', state: 'notice', grade: 'A', region: '广东省东莞市' }, hidden: ['industry', 'reviewers'] };

  it('round-trips through the stored JSON', () => {
    expect(parseView(viewToJson(view))).toEqual(view);
    const bare: TableView = { sort: { field: 'enterpriseName', dir: 'asc' }, filters: { search: '' }, hidden: [] };
    expect(viewToJson(bare)).toEqual({ sort: { field: 'enterpriseName', dir: 'asc' }, filters: { search: '' }, hidden: [] });
    expect(parseView(viewToJson(bare))).toEqual(bare);
  });

  it.each([
    ['null', null],
    ['a string', 'score desc'],
    ['an array', [1, 2]],
    ['no sort', { filters: { search: '' }, hidden: [] }],
    ['an unindexed sort', { sort: { field: 'industry', dir: 'asc' }, filters: { search: '' }, hidden: [] }],
    ['a bad direction', { sort: { field: 'score', dir: 'up' }, filters: { search: '' }, hidden: [] }],
    ['an unknown state', { sort: { field: 'score', dir: 'asc' }, filters: { search: '', state: 'deleted' }, hidden: [] }],
    ['hidden as a string', { sort: { field: 'score', dir: 'asc' }, filters: { search: '' }, hidden: 'industry' }],
  ])('refuses %s', (_, state) => {
    expect(parseView(state)).toBeNull();
  });

  it('drops columns this build does not have, and fills a missing search', () => {
    expect(parseView({ sort: { field: 'grade', dir: 'asc' }, filters: {}, hidden: ['industry', 'certificate', '__proto__'] })).toEqual({
      sort: { field: 'grade', dir: 'asc' },
      filters: { search: '' },
      hidden: ['industry'],
    });
  });
});

describe('filters', () => {
  it('removes a cleared filter instead of keeping it as undefined', () => {
    const next = patchFilters({ search: 'x', state: 'notice', grade: 'A' }, { state: undefined, region: '北京市' });
    expect(next).toEqual({ search: 'x', grade: 'A', region: '北京市' });
    expect(Object.keys(next)).not.toContain('state');
  });

  it('reads a base grade as every label that counts as it on the scale', () => {
    const labels = ['A', 'A+', 'A-', 'AA', 'AA+', 'AAA', 'AAA★', 'BBB', '待定'];
    expect(labelsOfGrade(labels, 'A', nineGradeScale)).toEqual(['A', 'A+', 'A-']);
    expect(labelsOfGrade(labels, 'AAA', nineGradeScale)).toEqual(['AAA', 'AAA★']);
    expect(labelsOfGrade(labels, 'AA', nineGradeScale)).toEqual(['AA', 'AA+']);
    expect(labelsOfGrade(labels, 'C', nineGradeScale)).toEqual([]);
    expect(labelsOfGrade(labels, '待定', nineGradeScale)).toEqual(['待定']);
    expect(labelsOfGrade(labels, 'A', undefined)).toEqual(['A']);
  });
});
