import { describe, expect, it } from 'vitest';
import { gridKeyMove } from '../../../renderer/features/dossiers/grid-keys';

describe('grid keyboard', () => {
  it.each([
    ['ArrowDown', -1, { kind: 'move', index: 0 }],
    ['ArrowDown', 3, { kind: 'move', index: 4 }],
    ['ArrowDown', 99, { kind: 'move', index: 99 }],
    ['ArrowUp', 0, { kind: 'move', index: 0 }],
    ['ArrowUp', 5, { kind: 'move', index: 4 }],
    ['PageDown', 0, { kind: 'move', index: 9 }],
    ['PageDown', 95, { kind: 'move', index: 99 }],
    ['PageUp', 5, { kind: 'move', index: 0 }],
    ['PageUp', 50, { kind: 'move', index: 41 }],
    ['Home', 70, { kind: 'move', index: 0 }],
    ['End', 0, { kind: 'move', index: 99 }],
    ['Enter', 7, { kind: 'open' }],
    ['Enter', -1, { kind: 'none' }],
    ['a', 7, { kind: 'none' }],
    ['Tab', 7, { kind: 'none' }],
  ] as const)('%s from row %i of 100 (page of 10)', (key, active, expected) => {
    expect(gridKeyMove(key, active, 100, 10)).toEqual(expected);
  });

  it('does nothing in an empty grid, and never leaves a one-row grid', () => {
    for (const key of ['ArrowDown', 'End', 'PageDown', 'Enter']) expect(gridKeyMove(key, -1, 0, 10)).toEqual({ kind: 'none' });
    expect(gridKeyMove('PageDown', 0, 1, 10)).toEqual({ kind: 'move', index: 0 });
    expect(gridKeyMove('Enter', 3, 2, 10)).toEqual({ kind: 'none' });
  });
});
