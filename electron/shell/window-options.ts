/** The custom protocol the renderer loads from: never file://, never remote content. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://studio`;
