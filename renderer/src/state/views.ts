// The app's top-level views, switched in the header once a project is open. Kept apart from the
// store so components can name them without pulling in the store.
export const VIEWS = ['design', 'candidates', 'compare', 'review'] as const;
/** The References view is reachable with or without a project, from the header, beside the work views. */
export type View = (typeof VIEWS)[number] | 'references';
