// What counts as "the app": its own index.html on disk, or the dev server during `electron-vite dev`.
export type AppOrigin = {
  /** file:// URL of out/renderer/index.html. */
  readonly indexUrl: string;
  /** Origin of the development server, when the renderer is served by one. */
  readonly devServerOrigin?: string;
};

export function isAppUrl(raw: string, app: AppOrigin): boolean {
  const url = parse(raw);
  if (!url) return false;
  if (url.protocol === 'file:') {
    const index = parse(app.indexUrl);
    // Path equality after WHATWG normalisation: `..` segments and other files on disk do not pass.
    return index !== undefined && index.protocol === 'file:' && url.host === index.host && url.pathname === index.pathname;
  }
  if (app.devServerOrigin === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) return false;
  return url.origin === parse(app.devServerOrigin)?.origin;
}

function parse(raw: string): URL | undefined {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}
