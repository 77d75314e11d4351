// Which row a key press makes active in the dossier grid (WAI-ARIA grid pattern, rows only).

export type GridMove = { readonly kind: 'move'; readonly index: number } | { readonly kind: 'open' } | { readonly kind: 'none' };

/** `active` is the active row (or -1 for none), `page` the rows a viewport holds. */
export function gridKeyMove(key: string, active: number, total: number, page: number): GridMove {
  if (total <= 0) return { kind: 'none' };
  const at = (index: number): GridMove => ({ kind: 'move', index: Math.min(total - 1, Math.max(0, index)) });
  const step = Math.max(1, page - 1);
  switch (key) {
    case 'ArrowDown':
      return at(active < 0 ? 0 : active + 1);
    case 'ArrowUp':
      return at(active < 0 ? 0 : active - 1);
    case 'PageDown':
      return at(active < 0 ? step : active + step);
    case 'PageUp':
      return at(active - step);
    case 'Home':
      return at(0);
    case 'End':
      return at(total - 1);
    case 'Enter':
      return active >= 0 && active < total ? { kind: 'open' } : { kind: 'none' };
    default:
      return { kind: 'none' };
  }
}
